// Runs tasks through the real engine against an in-process simulator over HTTP, with a temp SQLite store and one
// virtual clock for the simulator's delays, the measured latencies and the runner's backoff, and hands back each
// target's finished samples (read back once, after the run) and metrics: what family tests assert on.

import type { Clock } from "../core/clock.ts";
import { collect } from "../core/collect.ts";
import type { RunEvent } from "../core/events.ts";
import type { MetricValue } from "../core/metric.ts";
import type { RunStore } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import type { ScoredSample, Task } from "../core/task.ts";
import { createAdapter } from "../providers/create-adapter.ts";
import { newRunRecord } from "../runner/new-run-record.ts";
import { priceLookup } from "../runner/pricing.ts";
import { DEFAULT_RETRY_POLICY } from "../runner/retry-policy.ts";
import type { TargetRuntime } from "../runner/run-engine.ts";
import type { SimulatorProfile } from "../simulator/profile.ts";
import { startSimulator } from "../simulator/server.ts";
import { openRunStore } from "../storage/open-store.ts";
import { executeRunOnce } from "./execute-run-once.ts";
import { tempDir } from "./temp-dir.ts";
import { VirtualClock } from "./virtual-clock.ts";
import { taskMetrics } from "../metrics/task-metrics.ts";

export interface RunTaskOptions {
  /** Simulator model names (`profile@variant`); each becomes a target `simulator:<name>`. */
  models: string[];
  /** Extra simulator profiles (built-ins are always there). */
  profiles?: Record<string, SimulatorProfile>;
  trials?: number;
  seed?: number;
  stream?: boolean;
  concurrency?: number;
  /** Default: a fresh virtual clock. */
  clock?: Clock;
}

export interface TaskRunResult {
  runId: string;
  store: RunStore;
  events: RunEvent[];
  /** Finished samples by target id, then task id. */
  samples(targetId: string, taskId?: string): ScoredSample[];
  /** Every metric reducer of the task over one target's samples. */
  metrics(targetId: string, taskId?: string): MetricValue[];
}

export function simulatorTarget(model: string, stream = false): TargetSpec {
  return { id: `simulator:${model}`, provider: "simulator", model, settings: {}, stream, simulated: true };
}

export async function runTasksOnSimulator(tasks: Task[], options: RunTaskOptions): Promise<TaskRunResult> {
  const clock = options.clock ?? new VirtualClock();
  const simulator = await startSimulator({ port: 0, seed: options.seed ?? 1, profiles: options.profiles ?? {}, clock });
  try {
    const targets = options.models.map((model) => simulatorTarget(model, options.stream ?? false));
    const store = await openRunStore(`${tempDir()}/results.db`);
    const runId = `test-${Math.random().toString(36).slice(2, 8)}`;
    await store.createRun(newRunRecord(runId, options.seed ?? 1, { test: true }, targets, tasks));
    const runtimes = new Map<string, TargetRuntime>(
      targets.map((target) => [
        target.id,
        { adapter: createAdapter(target, { env: { SIMULATOR_BASE_URL: simulator.url }, clock }), concurrency: options.concurrency ?? 8, limits: {}, endpoint: "simulator" },
      ]),
    );
    const events: RunEvent[] = [];
    await executeRunOnce(
      { runId, targets, tasks, trials: options.trials ?? 1 },
      { store, cache: false, runtimes, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 50 }, timeoutMs: 30_000, budget: {}, prices: priceLookup(), clock, onEvent: (e) => events.push(e) },
    );
    const taskFor = (taskId?: string) => {
      const task = taskId ? tasks.find((t) => t.id === taskId) : tasks[0];
      if (!task) throw new Error(`no task ${taskId}`);
      return task;
    };
    const stored = await collect(store.samples(runId));
    const samples = (targetId: string, taskId?: string) => stored.filter((s) => s.targetId === targetId && s.taskId === taskFor(taskId).id);
    return {
      runId,
      store,
      events,
      samples,
      metrics: (targetId, taskId) => {
        const rows = samples(targetId, taskId);
        return taskMetrics(taskFor(taskId)).flatMap((metric) => metric.reduce(rows));
      },
    };
  } finally {
    await simulator.close();
  }
}
