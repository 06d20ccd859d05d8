import { describe, expect, it } from "vitest";
import { ContextLengthExceededError } from "../../core/errors.ts";
import { seededRandom } from "../../core/random.ts";
import { MAX_JUMPS } from "./narrow-bracket.ts";
import { FakeProbeHost, type FakeHostTruth } from "./fake-probe-host.ts";
import { probeContext } from "./probe-context.ts";
import { type CostBound, estimateProbeCost } from "./probe-cost.ts";
import type { ProbeContextOptions } from "./probe-options.ts";

const SIDES = ["front", "middle", "back"] as const;
const POSITIONS = ["start", "middle", "end"] as const;

/** A host drawn at random: limit, ratio, cut, counts and one miss each optional. */
function randomTruth(random: () => number, maxTokens: number): FakeHostTruth {
  const size = () => Math.round(300 * (maxTokens / 300) ** random());
  const truth: FakeHostTruth = { ratio: 0.7 + random() * 0.6, reportsTokens: random() < 0.5, statesLimit: random() < 0.5 };
  if (random() < 0.7) truth.rejectAbove = size();
  if (random() < 0.5) truth.truncate = { keepTokens: size(), side: SIDES[Math.floor(random() * 3)] ?? "front" };
  if (random() < 0.5) truth.misses = { [1 + Math.floor(random() * 20)]: POSITIONS[Math.floor(random() * 3)] ?? "start" };
  return truth;
}

async function spend(truth: FakeHostTruth, options: ProbeContextOptions): Promise<CostBound> {
  const host = new FakeProbeHost(truth);
  // A host that rejects even the smallest prompt ends the probe early, still within the bound.
  await probeContext(host, options).catch((error: unknown) => {
    if (!(error instanceof ContextLengthExceededError)) throw error;
  });
  return { calls: host.asked.length, promptTokens: host.asked.reduce((total, tokens) => total + tokens, 0) };
}

function cutsNothing(truth: FakeHostTruth, maxTokens: number): boolean {
  const largestSent = Math.min(truth.rejectAbove ?? Number.POSITIVE_INFINITY, maxTokens * (truth.ratio ?? 1));
  return truth.truncate === undefined || truth.truncate.keepTokens >= largestSent;
}

describe("estimateProbeCost", () => {
  it("bounds what the probe spends, on many hosts with and without cuts, and the no-cut bound is nearly reached", async () => {
    const random = seededRandom(20260501);
    const optionSets: ProbeContextOptions[] = [
      { maxTokens: 16 * 1024 * 1024 },
      { maxTokens: 15_000_000, claimedTokens: 10_000_000 },
      { maxTokens: 200_000, startTokens: 1024, precision: 0.02 },
    ];
    for (const options of optionSets) {
      const estimate = estimateProbeCost(options);
      let mostWithoutCut = 0;
      for (let i = 0; i < 150; i++) {
        const truth = randomTruth(random, options.maxTokens);
        const spent = await spend(truth, options);
        const label = JSON.stringify({ options, truth });
        expect(spent.calls, label).toBeLessThanOrEqual(estimate.calls);
        expect(spent.promptTokens, label).toBeLessThanOrEqual(estimate.promptTokens);
        if (!cutsNothing(truth, options.maxTokens)) continue;
        expect(spent.calls, label).toBeLessThanOrEqual(estimate.withoutCut.calls);
        expect(spent.promptTokens, label).toBeLessThanOrEqual(estimate.withoutCut.promptTokens);
        mostWithoutCut = Math.max(mostWithoutCut, spent.calls);
      }
      expect(mostWithoutCut).toBeGreaterThanOrEqual(estimate.withoutCut.calls * 0.8);
    }
  });

  it("is reached without a cut by a full bisection of the top bracket and a miss at the check size", async () => {
    const options = { maxTokens: 16 * 1024 * 1024 };
    const truth: FakeHostTruth = { rejectAbove: 4_250_000, statesLimit: false, reportsTokens: false };
    const clean = new FakeProbeHost(truth);
    const result = await probeContext(clean, options);
    const checkCall = result.steps.find((step) => step.accepted && step.localTokens === result.acceptedLocalTokens)?.call;
    const spent = await spend({ ...truth, misses: { [checkCall ?? 0]: "middle" } }, options);
    // Every call the bound allows but the two jumps to a stated limit, which this host never states.
    expect(spent.calls).toBe(estimateProbeCost(options).withoutCut.calls - MAX_JUMPS);
  });

  it("bounds the costliest cut found: a model miss that sends the kept-length search the wrong way first", async () => {
    const options = { maxTokens: 16 * 1024 * 1024 };
    const truth: FakeHostTruth = { ratio: 0.94, reportsTokens: false, rejectAbove: 1_170_012, truncate: { keepTokens: 49_861, side: "back" }, misses: { 2: "end" } };
    const spent = await spend(truth, options);
    const estimate = estimateProbeCost(options);
    expect(spent.calls).toBeLessThanOrEqual(estimate.calls);
    expect(spent.calls).toBeGreaterThan(estimate.calls * 0.65);
  });

  it("keeps the bound for a 16M search within a few dozen calls", () => {
    const estimate = estimateProbeCost({ maxTokens: 16 * 1024 * 1024 });
    expect(estimate.withoutCut.calls).toBeLessThanOrEqual(20);
    expect(estimate.calls).toBeLessThanOrEqual(45);
    expect(estimate.withoutCut.promptTokens).toBeLessThan(estimate.promptTokens);
  });

  it("grows with the ceiling and with the precision asked", () => {
    const base = estimateProbeCost({ maxTokens: 1_000_000 });
    expect(estimateProbeCost({ maxTokens: 4_000_000 }).promptTokens).toBeGreaterThan(base.promptTokens);
    expect(estimateProbeCost({ maxTokens: 1_000_000, precision: 0.001 }).calls).toBeGreaterThan(base.calls);
  });
});
