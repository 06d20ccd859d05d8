import { describe, expect, it } from "vitest";
import { ConfigError, ContextLengthExceededError } from "../../core/errors.ts";
import { FakeProbeHost, type FakeHostTruth } from "./fake-probe-host.ts";
import { probeContext } from "./probe-context.ts";

const M = 1024 * 1024;

function within(actual: number | undefined, expected: number, share: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected) / expected).toBeLessThanOrEqual(share);
}

async function probe(truth: FakeHostTruth, maxTokens = 16 * M, claimedTokens?: number) {
  const host = new FakeProbeHost(truth);
  const result = await probeContext(host, { maxTokens, claimedTokens });
  expect(result.calls).toBe(host.asked.length);
  expect(result.steps.map((step) => step.requestedTokens)).toEqual(host.asked);
  return { result, host };
}

describe("probeContext on hosts that reject long prompts", () => {
  it("finds a stated limit with a jump checked either side, and sees no cut", async () => {
    const { result } = await probe({ rejectAbove: 131_072, ratio: 1.25 });
    within(result.acceptedTokens, 131_072, 0.02);
    expect(result.acceptedTokens).toBeLessThanOrEqual(131_072);
    within(result.acceptedLocalTokens, 131_072 / 1.25, 0.02);
    expect(result.statedLimitTokens).toBe(131_072);
    expect(result.rejectedAboveTokens).toBeGreaterThan(131_072);
    expect(result.tokenRatio).toBeCloseTo(1.25, 3);
    expect(result.truncation).toMatchObject({ side: "none", countShortfall: false });
    expect(result.truncation.keptTokens).toBeUndefined();
    // 4k, 16k, 64k, 256k (rejected), then just below and just above the stated limit.
    expect(result.calls).toBe(6);
  });

  it("bisects when the error states no limit", async () => {
    const { result } = await probe({ rejectAbove: 300_000, statesLimit: false, ratio: 0.8 });
    within(result.acceptedTokens, 300_000, 0.02);
    expect(result.acceptedTokens).toBeLessThanOrEqual(300_000);
    expect(result.statedLimitTokens).toBeUndefined();
    expect(result.truncation.side).toBe("none");
    expect(result.calls).toBeLessThanOrEqual(16);
  });

  it("searches up to a 10M claim in few calls", async () => {
    const claimed = 10_000_000;
    const { result } = await probe({ rejectAbove: 9_400_000, statesLimit: false }, Math.ceil(claimed * 1.5), claimed);
    within(result.acceptedTokens, 9_400_000, 0.02);
    expect(result.claimedTokens).toBe(claimed);
    expect(result.calls).toBeLessThanOrEqual(30);
  });

  it("gives host tokens from our count when the host reports none", async () => {
    const { result } = await probe({ rejectAbove: 50_000, reportsTokens: false });
    expect(result.tokenRatio).toBeUndefined();
    expect(result.acceptedTokens).toBe(result.acceptedLocalTokens);
    within(result.acceptedTokens, 50_000, 0.02);
  });

  it("shrinks below the start size for a small window", async () => {
    const { result } = await probe({ rejectAbove: 2_000, statesLimit: false });
    within(result.acceptedTokens, 2_000, 0.02);
  });

  it("fails with a context error when even the smallest prompt is rejected", async () => {
    await expect(probeContext(new FakeProbeHost({ rejectAbove: 100 }), { maxTokens: M })).rejects.toBeInstanceOf(ContextLengthExceededError);
  });
});

describe("probeContext on hosts that cut silently", () => {
  for (const side of ["front", "middle", "back"] as const) {
    it(`names a ${side} cut and finds how much is kept, the host reporting what it kept`, async () => {
      const { result } = await probe({ truncate: { keepTokens: 100_000, side }, ratio: 1.1 });
      expect(result.rejectedAboveTokens).toBeUndefined();
      expect(result.acceptedLocalTokens).toBe(16 * M);
      within(result.acceptedTokens, 16 * M * 1.1, 0.001);
      expect(result.truncation).toMatchObject({ side, countShortfall: true });
      within(result.truncation.keptTokens, 100_000, 0.02);
      expect(result.truncation.evidence).toContain("the host counted 100,000 prompt tokens");
      expect(result.calls).toBeLessThanOrEqual(15);
    });

    it(`names a ${side} cut from the codes alone when the host reports no counts`, async () => {
      const { result } = await probe({ truncate: { keepTokens: 40_000, side }, reportsTokens: false });
      expect(result.truncation).toMatchObject({ side, countShortfall: false });
      within(result.truncation.keptTokens, 40_000, 0.02);
      expect(result.truncation.evidence).toContain("missing at another length too");
      expect(result.calls).toBeLessThanOrEqual(25);
    });
  }

  it("finds a cut below a hard limit", async () => {
    const { result } = await probe({ rejectAbove: 131_072, truncate: { keepTokens: 32_768, side: "front" } });
    within(result.acceptedTokens, 131_072, 0.02);
    expect(result.truncation.side).toBe("front");
    within(result.truncation.keptTokens, 32_768, 0.02);
  });

  it("confirms a cut seen only at the largest size with a fresh ask there", async () => {
    // Kept 250k of a 256k window: only the largest accepted asks lose the start code, and no count says so.
    const { result } = await probe({ rejectAbove: 256_000, statesLimit: false, truncate: { keepTokens: 250_000, side: "front" }, reportsTokens: false }, 16 * M);
    expect(result.truncation.side).toBe("front");
    within(result.truncation.keptTokens, 250_000, 0.02);
  });
});

describe("probeContext on a model that overlooks a code once", () => {
  it("calls no cut, whichever call the miss lands on", async () => {
    const clean = await probe({ rejectAbove: 200_000, statesLimit: false, reportsTokens: false });
    for (let call = 1; call <= clean.result.calls; call++) {
      const { result } = await probe({ rejectAbove: 200_000, statesLimit: false, reportsTokens: false, misses: { [call]: "middle" } });
      expect(result.truncation.side, `miss on call ${call}`).toBe("none");
      within(result.acceptedTokens, 200_000, 0.02);
    }
  });

  it("still finds the kept length of a real cut, whichever call the miss lands on", async () => {
    const truth: FakeHostTruth = { truncate: { keepTokens: 60_000, side: "front" }, reportsTokens: false };
    const clean = await probe(truth, 4 * M);
    for (let call = 1; call <= clean.result.calls; call++) {
      const { result } = await probe({ ...truth, misses: { [call]: "start" } }, 4 * M);
      expect(result.truncation.side, `miss on call ${call}`).toBe("front");
      within(result.truncation.keptTokens, 60_000, 0.02);
    }
  });

  it("says a miss at the largest size is a miss when a fresh ask brings the code back", async () => {
    const clean = await probe({ rejectAbove: 200_000, statesLimit: false, reportsTokens: false });
    const largestCall = clean.result.steps.reduce((best, step) => (step.accepted && step.requestedTokens > best.requestedTokens ? step : best)).call;
    const { result } = await probe({ rejectAbove: 200_000, statesLimit: false, reportsTokens: false, misses: { [largestCall]: "end" } });
    expect(result.truncation.side).toBe("none");
    expect(result.truncation.evidence).toContain("came back in a fresh ask");
    expect(result.calls).toBe(clean.result.calls + 1);
  });
});

describe("probeContext options", () => {
  it("refuses options that would make the search meaningless", async () => {
    const host = new FakeProbeHost({});
    await expect(probeContext(host, { maxTokens: 100 })).rejects.toBeInstanceOf(ConfigError);
    await expect(probeContext(host, { maxTokens: M, precision: 0 })).rejects.toThrow(/precision/);
    expect(host.asked).toEqual([]);
  });
});
