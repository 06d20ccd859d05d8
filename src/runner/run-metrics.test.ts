import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../config/config-schema.ts";
import type { RunStore } from "../core/run-store.ts";
import type { RunSpec } from "../core/run-spec.ts";
import { RUN_METRICS_VERSION, type RunMetrics } from "../metrics/run-metrics.ts";
import { summarizeRun } from "../metrics/summarize-run.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { openRunStore } from "../storage/open-store.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { loadStoredRun } from "./load-stored-run.ts";
import { freshRunMetrics, loadRunMetrics } from "./run-metrics.ts";
import { prepareRun, startRun } from "./run-session.ts";

let simulator: SimulatorHandle;
let store: RunStore;
let cwd: string;
let runId: string;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  cwd = tempDir();
  const file = join(cwd, "items.jsonl");
  const sums = [[2, 2], [3, 5], [7, 1]];
  writeFileSync(file, sums.map(([a, b], i) => JSON.stringify({ id: `q${i}`, input: `What is ${a} plus ${b}? End with ANSWER: <number>.`, expected: String(a! + b!) })).join("\n"));
  const spec: RunSpec = {
    version: 1,
    seed: 1,
    trials: 2,
    tasks: [{ family: "dataset", options: { file, scorer: "numeric" } }],
    targets: [{ id: "simulator:honest@a", provider: "simulator", model: "honest@a", settings: {}, stream: false, simulated: true }],
    execution: { timeoutMs: 10_000, maxAttempts: 2, cache: false, budget: {} },
  };
  store = await openRunStore(join(cwd, "results.db"));
  const deps = { config: configSchema.parse({}), env: { SIMULATOR_BASE_URL: simulator.url }, cwd };
  ({ runId } = await startRun(await prepareRun(spec, deps), { ...deps, store, onEvent: () => {} }));
});
afterAll(async () => {
  await store.close();
  await simulator.close();
});

async function computed(): Promise<RunMetrics> {
  const loaded = await loadStoredRun(store, runId, cwd);
  return summarizeRun(store, runId, { tasks: loaded.tasks, targets: loaded.targets, trials: loaded.spec.trials });
}

describe("run summaries", () => {
  it("are stored when a run stops, for the run's state at that moment", async () => {
    const run = (await store.getRun(runId))!;
    expect(run.status).toBe("completed");
    expect(await store.getRunMetrics(runId)).toMatchObject({ version: RUN_METRICS_VERSION, runUpdatedAt: run.updatedAt, summary: JSON.parse(JSON.stringify(await computed())) });
    expect((await freshRunMetrics(store, run))?.tasks[0]?.metrics.find((m) => m.name === "accuracy")).toMatchObject({ value: 1, n: 6 });
  });

  it("are read as stored, without summarising the run again", async () => {
    const run = (await store.getRun(runId))!;
    const marked: RunMetrics = { tasks: [], targets: [{ targetId: "marker", style: [] }], overview: { counts: [], errorSamples: [], percentiles: [], scores: [] } };
    await store.saveRunMetrics({ runId, version: RUN_METRICS_VERSION, runUpdatedAt: run.updatedAt, computedAt: 1, summary: marked });
    expect(await loadRunMetrics(store, "last", cwd)).toMatchObject({ run: { id: runId }, trials: 2, metrics: marked });
  });

  it("are summarised again and stored when the stored one is of another version or of an earlier state of the run", async () => {
    const run = (await store.getRun(runId))!;
    const stale = { runId, version: RUN_METRICS_VERSION, runUpdatedAt: run.updatedAt - 1, computedAt: 1, summary: { tasks: [], targets: [] } };
    for (const old of [stale, { ...stale, runUpdatedAt: run.updatedAt, version: RUN_METRICS_VERSION + 1 }]) {
      await store.saveRunMetrics(old);
      expect(await freshRunMetrics(store, run)).toBeUndefined();
      expect((await loadRunMetrics(store, runId, cwd)).metrics).toEqual(await computed());
      expect(await store.getRunMetrics(runId)).toMatchObject({ version: RUN_METRICS_VERSION, runUpdatedAt: run.updatedAt });
    }
  });

  it("of a running run are computed for each reader and never stored", async () => {
    const run = (await store.getRun(runId))!;
    await store.setRunStatus(runId, "running", run.updatedAt + 10);
    const before = await store.getRunMetrics(runId);
    expect((await loadRunMetrics(store, runId, cwd)).metrics).toEqual(await computed());
    expect(await store.getRunMetrics(runId)).toEqual(before);
    await store.setRunStatus(runId, "completed", run.updatedAt + 20);
  });
});
