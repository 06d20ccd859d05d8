import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../core/claim.ts";
import { ConfigError } from "../core/errors.ts";
import { createAdapter } from "../providers/create-adapter.ts";
import { runContextProbe } from "./probe-session.ts";
import { priceLookup } from "./pricing.ts";
import { RequestPipeline } from "./request-pipeline.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";
import { type SimulatorHandle, startSimulator } from "../simulator/server.ts";
import type { RunStore } from "../core/run-store.ts";
import { openRunStore } from "../storage/open-store.ts";
import { arithmeticTask } from "../test-support/arithmetic-task.ts";
import { runTasksOnSimulator, simulatorTarget } from "../test-support/run-task.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { loadTokenizer } from "../tokenizers/tokenizer-registry.ts";
import { evidenceFromRun, probeEvidence } from "./run-evidence.ts";
import { decideVerdict } from "../claims/verdict.ts";

const CLAIMED = 16_000;
const window: Claim = { id: "window", subject: { model: "p" }, kind: "context-window", statement: "16k", comparison: ">=", threshold: CLAIMED };

let simulator: SimulatorHandle;
let probes: RunStore;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  probes = await openRunStore(`${tempDir()}/results.db`);
  const tokenizer = await loadTokenizer("simulator");
  const cwd = tempDir();
  // Built-in hosts with known truth: no limit, a stated 8,192-token limit, and a silent cut to the last 4,096 tokens.
  for (const model of ["honest@p", "context-8k@p", "truncating@p"]) {
    const target = simulatorTarget(model);
    const runtime = { adapter: createAdapter(target, { env: { SIMULATOR_BASE_URL: simulator.url } }), concurrency: 1, limits: {}, endpoint: "simulator" };
    const pipeline = new RequestPipeline({ runId: "probe", cache: false, budget: {}, retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 5 }, timeoutMs: 10_000, prices: priceLookup(), onEvent: () => undefined });
    await runContextProbe(target, pipeline, runtime, tokenizer, probes, { claimedTokens: CLAIMED, maxTokens: 24_000, seed: 1, cwd });
    await pipeline.close();
  }
});

afterAll(async () => {
  await simulator.close();
  await probes.close();
});

describe("context-window claims against real probes of simulated hosts", () => {
  const verdictFor = async (model: string) => {
    const target = simulatorTarget(model);
    const probe = await probeEvidence(probes, target);
    return decideVerdict(window, { targets: [{ targetId: target.id, provider: "simulator", model, simulated: true, tasks: [], style: [], probe }] }, target.id);
  };

  it("supports the window of a host that accepts and keeps it whole", async () => {
    expect(await verdictFor("honest@p")).toMatchObject({ status: "supported", source: expect.stringMatching(/^probe-/), simulated: true });
  });

  it("contradicts it for a host that rejects longer prompts", async () => {
    const verdict = await verdictFor("context-8k@p");
    expect(verdict.status).toBe("contradicted");
    expect(verdict.measured?.value).toBeGreaterThan(8192 * 0.98);
    expect(verdict.measured?.value).toBeLessThanOrEqual(8192);
    expect(verdict.evidence).toMatch(/^accepted 8\.\dk tokens, rejected 8\.\dk < claimed 16k$/);
  });

  it("contradicts it for a host that accepts everything but silently keeps only its tail", async () => {
    const verdict = await verdictFor("truncating@p");
    expect(verdict.status).toBe("contradicted");
    expect(verdict.evidence).toMatch(/^accepted 24k tokens but silently cut the front: kept 4(\.\d)?k whole < claimed 16k$/);
  });

  it("finds no probe for a target never probed", async () => {
    expect(await probeEvidence(probes, simulatorTarget("slow@p"))).toBeUndefined();
  });

  it("refuses a stored probe it cannot read rather than guessing", async () => {
    const store = await openRunStore(`${tempDir()}/results.db`);
    await store.recordProbe({ id: "probe-old", createdAt: 1, targetId: "simulator:x", provider: "simulator", model: "x", simulated: true, result: { accepted: 5 } });
    await expect(probeEvidence(store, simulatorTarget("x"))).rejects.toThrow(new ConfigError("context probe probe-old was stored by an incompatible version of realitycheck"));
    await store.close();
  });
});

describe("evidenceFromRun", () => {
  it("gives each target its tasks' metrics with the loop rate, raw speeds, style over all answers, the run's trials and its probe", async () => {
    const task = arithmeticTask(6);
    const targets = [simulatorTarget("honest@p", true)];
    const run = await runTasksOnSimulator([task], { models: ["honest@p"], trials: 2, stream: true });
    const evidence = await evidenceFromRun(run.store, run.runId, { tasks: [task], targets, trials: 2 }, probes);
    const [target] = evidence.targets;
    expect(target).toMatchObject({ targetId: "simulator:honest@p", provider: "simulator", model: "honest@p", simulated: true, runId: run.runId });
    expect(target?.probe).toMatchObject({ truncationSide: "none", acceptedTokens: expect.any(Number) });
    // 24,000 local tokens, in the host's count (its chat template adds a few).
    expect(Math.abs((target?.probe?.largestAskedTokens ?? 0) / 24_000 - 1)).toBeLessThan(0.01);
    const [measured] = target?.tasks ?? [];
    expect(measured).toMatchObject({ taskId: "arithmetic", family: "test", trials: 2 });
    expect(measured?.metrics.find((m) => m.name === "accuracy")).toMatchObject({ value: 1, n: 12 });
    expect(measured?.metrics.find((m) => m.name === "loop_rate")).toMatchObject({ value: 0, n: 12, interval: { method: "wilson" } });
    expect(measured?.ttftMs).toHaveLength(12);
    expect(measured?.style.find((m) => m.name === "style:emoji_per_1k")).toMatchObject({ value: 0, n: 12 });
    // No answer had an emoji: the mean has no spread to estimate, so no interval (never a [0, 0] that "proves" none).
    expect(target?.style.find((m) => m.name === "style:emoji_per_1k")).toMatchObject({ value: 0, n: 12, interval: undefined });
    expect(target?.style.find((m) => m.name === "style:periodic_tail_rate")).toMatchObject({ value: 0, n: 12, interval: { method: "wilson" } });
  });
});
