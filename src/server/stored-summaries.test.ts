import { describe, expect, it } from "vitest";
import type { StoredRunMetrics } from "../core/stored-metrics.ts";
import type { StoredRun } from "../core/stored-run.ts";
import { RUN_METRICS_VERSION } from "../metrics/run-metrics.ts";
import { StoredSummaries } from "./stored-summaries.ts";

const run = (updatedAt: number, status: StoredRun["status"] = "completed"): StoredRun => ({ id: "r1", createdAt: 1, updatedAt, status, seed: 1, spec: {}, simulated: true, targets: [], tasks: [] });
const summary = (runUpdatedAt: number): StoredRunMetrics => ({ runId: "r1", version: RUN_METRICS_VERSION, runUpdatedAt, computedAt: 5, summary: { tasks: [], targets: [], overview: { counts: [], errorSamples: [], percentiles: [], scores: [] }, marker: runUpdatedAt } });

/** A store whose summary can be swapped, counting its reads. */
function fakeStore(initial: StoredRunMetrics | undefined) {
  const state = { stored: initial, reads: 0 };
  return { state, store: { getRunMetrics: async () => (state.reads++, state.stored) } };
}

describe("StoredSummaries", () => {
  it("reads a run's summary once for every request of the same state of the run, and again after it changes", async () => {
    const { state, store } = fakeStore(summary(10));
    const summaries = new StoredSummaries(store);
    const [a, b] = await Promise.all([summaries.fresh(run(10)), summaries.fresh(run(10))]);
    expect(a).toBe(b);
    expect(a).toMatchObject({ marker: 10 });
    expect(state.reads).toBe(1);
    state.stored = summary(20);
    expect(await summaries.fresh(run(20))).toMatchObject({ marker: 20 });
    expect(state.reads).toBe(2);
  });

  it("keeps no answer for a run without a current summary, and reads nothing for a running run", async () => {
    const { state, store } = fakeStore(undefined);
    const summaries = new StoredSummaries(store);
    expect(await summaries.fresh(run(10))).toBeUndefined();
    state.stored = summary(10);
    expect(await summaries.fresh(run(10))).toMatchObject({ marker: 10 });
    expect(await summaries.fresh(run(10, "running"))).toBeUndefined();
    expect(state.reads).toBe(2);
  });
});
