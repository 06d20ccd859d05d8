// A run served from the cache keeps the timings its answers were measured with: its speed verdicts are the first
// run's, and say how many of their timings came from the cache (re-running the demo gives the same verdicts).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../core/claim.ts";
import type { RunStore } from "../core/run-store.ts";
import { createAdapter } from "../providers/create-adapter.ts";
import { newRunRecord } from "./new-run-record.ts";
import { priceLookup } from "./pricing.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { openRunStore } from "../storage/open-store.ts";
import { arithmeticTask } from "../test-support/arithmetic-task.ts";
import { executeRunOnce } from "../test-support/execute-run-once.ts";
import { simulatorTarget } from "../test-support/run-task.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { VirtualClock } from "../test-support/virtual-clock.ts";
import { evidenceFromRun } from "./run-evidence.ts";
import { judgeClaims } from "../claims/verdict.ts";

let simulator: SimulatorHandle;
let store: RunStore;
// The simulator's latency and pacing, the measured timings and the runner's waits read one virtual clock.
const clock = new VirtualClock();
beforeAll(async () => {
  simulator = await startSimulator({ port: 0, clock, profiles: { paced: { extends: "honest", latencyMs: 40, tokensPerSecond: 200 } } });
  store = await openRunStore(`${tempDir()}/results.db`);
});
afterAll(async () => {
  await simulator.close();
  await store.close();
});

const task = arithmeticTask(8, 3, "speed");
const target = simulatorTarget("paced@speed", true);
const claims: Claim[] = [
  { id: "ttft", subject: { model: "paced" }, statement: "first token within 10 s", kind: "speed", metric: "ttft_ms", comparison: "<=", threshold: 10_000 },
  { id: "tps", subject: { model: "paced" }, statement: "at least 1 token/s", kind: "speed", metric: "output_tokens_per_second", comparison: ">=", threshold: 1 },
];

async function runOnce(runId: string) {
  await store.createRun(newRunRecord(runId, 1, { test: true }, [target], [task]));
  const runtime = { adapter: createAdapter(target, { env: { SIMULATOR_BASE_URL: simulator.url }, clock }), concurrency: 4, limits: {}, endpoint: "simulator" };
  await executeRunOnce(
    { runId, targets: [target], tasks: [task], trials: 1 },
    { store, cache: true, runtimes: new Map([[target.id, runtime]]), retry: DEFAULT_RETRY_POLICY, timeoutMs: 30_000, budget: {}, prices: priceLookup(), clock, onEvent: () => undefined },
  );
  return judgeClaims({ name: "speed", description: "speed claims", simulated: true, claims }, await evidenceFromRun(store, runId, { tasks: [task], targets: [target], trials: 1 }));
}

describe("speed verdicts of a run served from the cache", () => {
  it("are the first run's, from the same timings, and say how many came from the cache", async () => {
    const live = await runOnce("live");
    simulator.resetStats();
    const replayed = await runOnce("replayed");
    expect(simulator.stats().requests).toBe(0);
    expect(replayed.map((v) => [v.status, v.measured])).toEqual(live.map((v) => [v.status, v.measured]));
    expect(live.map((v) => v.status)).toEqual(["supported", "supported"]);
    expect(live[0]!.evidence).toMatch(/; 8 timings measured live$/);
    expect(replayed[0]!.evidence).toMatch(/; 8 timings measured live, 8 of them when their answers were first asked \(served from the cache since\)$/);
  });
});
