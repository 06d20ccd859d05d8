// `run --queue`: stores a run as `run` does, makes each task's per-target preparation here (calibration requests are
// few and must happen once), then puts every sample in the shared queue for `worker` processes instead of asking it.

import { ConfigError } from "../core/errors.ts";
import type { QueuedSample, SampleQueue } from "../core/sample-queue.ts";
import { newRunRecord } from "./new-run-record.ts";
import { prepareTarget } from "./prepare-target.ts";
import { openQueuedRun, type QueuedRunDeps } from "./queued-run.ts";
import { newRunId, type PreparedRun, type SessionDeps } from "./run-session.ts";

export interface EnqueuedRun {
  runId: string;
  queued: number;
}

export async function enqueueRun(prepared: PreparedRun, deps: SessionDeps & Pick<QueuedRunDeps, "sharedLimit"> & { queue: SampleQueue }): Promise<EnqueuedRun> {
  const { spec, tasks, targets } = prepared;
  const budget = spec.execution.budget;
  if (budget.maxRequests !== undefined || budget.maxTokens !== undefined || budget.maxCostUsd !== undefined) {
    throw new ConfigError("a queued run has no budget cap: each worker would count only its own spending (drop --max-requests/--max-tokens/--max-cost, or run without --queue)");
  }
  const adaptive = tasks.find((task) => task.adaptive);
  if (adaptive) throw new ConfigError(`task ${adaptive.id} samples adaptively, which decides each cell in order in one process; run it without --queue`);
  const runId = newRunId();
  await deps.store.createRun(newRunRecord(runId, spec.seed, spec, targets, tasks));
  if (tasks.some((task) => task.prepare)) {
    const run = await openQueuedRun(runId, { ...deps, signal: deps.signal ?? new AbortController().signal });
    try {
      for (const target of run.targets.values()) await prepareTarget(run.tasks, target, run.pipeline);
    } finally {
      await run.close();
    }
    if (run.pipeline.failed) throw run.pipeline.failed.error;
  }
  const samples: QueuedSample[] = [];
  // Trial-major, as executeRun asks: workers that stop early have covered every item once before any twice.
  for (let trial = 1; trial <= spec.trials; trial++) {
    for (const task of tasks) for (const item of task.items) for (const target of targets) samples.push({ runId, key: { targetId: target.id, taskId: task.id, itemId: item.id, trial } });
  }
  return { runId, queued: await deps.queue.enqueue(samples) };
}
