// Schedules every missing sample of a run across its targets, each with its own workers, and asks them through the
// run's request pipeline (which paces, budgets, retries and records every request, the judges' too). Reports progress
// only through events. Stops cleanly on Ctrl-C (abort) or a budget cap; a target the pipeline's circuit breaker
// stops gets no more samples, and the run ends failed.

import { isRealitycheckError } from "../core/errors.ts";
import type { RunStatus } from "../core/events.ts";
import type { Metadata } from "../core/item.ts";
import type { RunStore } from "../core/run-store.ts";
import { sampleKeyString } from "../core/sample.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { AdaptiveCells } from "./adaptive-cells.ts";
import { prepareTarget } from "./prepare-target.ts";
import type { RequestPipeline, TargetConnection } from "./request-pipeline.ts";
import { executeSample, type ExecutorContext, type SampleJob } from "./sample-executor.ts";

export interface RunInput {
  runId: string;
  targets: TargetSpec[];
  tasks: Task[];
  trials: number;
}

export interface TargetRuntime extends TargetConnection {
  /** Workers (requests in flight) for this target. */
  concurrency: number;
}

export interface EngineOptions {
  /** The run's pipeline, with a store; its owner closes it (a session may ask more after the samples: probes, pairwise judges). */
  pipeline: RequestPipeline;
  runtimes: ReadonlyMap<string, TargetRuntime>;
  resumed?: boolean;
  /** Samples stored as errors to ask again (resume --retry-errors), by sampleKeyString(): each new outcome replaces the error, its attempts stay. */
  askAgain?: ReadonlySet<string>;
}

export interface RunOutcome {
  status: RunStatus;
  done: number;
  errors: number;
  pending: number;
  /** Samples adaptive sampling found unneeded (their cells were decided); never asked, not pending. */
  skipped: number;
  /** Targets the circuit breaker stopped: their samples left are pending, not asked (target failing). */
  failing: string[];
}

export async function executeRun(input: RunInput, options: EngineOptions): Promise<RunOutcome> {
  const { pipeline } = options;
  const { runId } = input;
  const { store, writer } = pipeline;
  if (!store || !writer || pipeline.runId !== runId) throw new Error(`run ${runId} needs a pipeline that stores under it`);
  const finished = await store.finishedSampleKeys(runId);
  const askAgain = options.askAgain ?? new Set<string>();
  for (const key of askAgain) finished.delete(key);
  const lastAttempts = await store.lastAttemptNumbers(runId);
  const ctx: ExecutorContext = { pipeline, writer };
  const cells = new AdaptiveCells();
  ctx.onOutcome = (job, outcome) => cells.record(job.key.targetId, job.task, { ...outcome, item: job.item });
  if (options.resumed) await countStoredCells(input, store, cells);

  const perTarget = input.tasks.reduce((sum, task) => sum + task.items.length, 0) * input.trials;
  const pendingByTarget = input.targets.map((target) => ({ target, pending: countPending(input, target, finished, perTarget) }));
  pipeline.emit({
    type: "run-started",
    runId,
    resumed: options.resumed ?? false,
    askedAgain: askAgain.size,
    targets: pendingByTarget.map(({ target, pending }) => ({ id: target.id, total: perTarget, alreadyDone: perTarget - pending, simulated: target.simulated })),
  });
  await store.setRunStatus(runId, "running", Date.now());

  let done = 0;
  let errors = 0;
  let skipped = 0;
  const failing: string[] = [];
  await Promise.all(
    pendingByTarget.map(async ({ target, pending }) => {
      const runtime = options.runtimes.get(target.id);
      if (!runtime) throw new Error(`no runtime for target ${target.id}`);
      const targetCtx = pipeline.target(target, runtime);
      const preparations = pending > 0 ? await prepareTarget(input.tasks, targetCtx, pipeline) : new Map<string, Metadata>();
      // Jobs are made as workers take them, so memory holds the workers' jobs, not one object per sample.
      const jobs = pendingJobs(input, target, finished, lastAttempts, preparations, askAgain);
      const worker = async () => {
        while (!pipeline.stopping() && !targetCtx.breaker.failure) {
          const next = jobs.next();
          if (next.done) return;
          const job = next.value;
          if (!(await cells.begin(target.id, job.task, job.item))) {
            skipped++;
            pipeline.emit({ type: "sample-skipped", runId, key: job.key });
            continue;
          }
          try {
            const end = await executeSample(job, targetCtx, ctx);
            if (end === "done") done++;
            else if (end === "error") errors++;
          } catch (error) {
            pipeline.fail(error);
          } finally {
            cells.end(target.id, job.task, job.item);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(runtime.concurrency, pending)) }, worker));
      if (targetCtx.breaker.failure) failing.push(target.id);
    }),
  );
  // What the last turn finished is stored before anything reads the store back or the caller returns.
  await pipeline.flush();

  const total = input.targets.length * perTarget;
  const pending = total - skipped - (await store.countSamples(runId)).reduce((sum, count) => sum + count.done + count.errors, 0);
  const failure = pipeline.failed;
  const status: RunStatus =
    failure !== undefined ? "failed"
    : pipeline.signal.aborted ? "interrupted"
    : pipeline.budgetBreach ? "budget_exhausted"
    : failing.length > 0 ? "failed"
    : pending === 0 ? "completed"
    : "interrupted";
  // A lease lost to another process (this one stalled past it): that process owns the run's status now.
  const leaseLost = failure !== undefined && isRealitycheckError(failure.error) && failure.error.kind === "run_leased";
  if (!leaseLost) await store.setRunStatus(runId, status, Date.now());
  pipeline.emit({ type: "run-finished", runId, status, done, errors, pending, skipped, failing });
  if (failure !== undefined) throw failure.error;
  return { status, done, errors, pending, skipped, failing };
}

/** Trial-major order: a run stopped early still covers every item once before it covers any twice. */
function* pendingJobs(
  input: RunInput,
  target: TargetSpec,
  finished: Set<string>,
  lastAttempts: Map<string, number>,
  preparations: ReadonlyMap<string, Metadata> = new Map(),
  askAgain: ReadonlySet<string> = new Set(),
): Generator<SampleJob> {
  for (let trial = 1; trial <= input.trials; trial++) {
    for (const task of input.tasks) {
      for (const item of task.items) {
        const key = { targetId: target.id, taskId: task.id, itemId: item.id, trial };
        const keyString = sampleKeyString(key);
        if (finished.has(keyString)) continue;
        yield { key, keyString, target, task, item, previousAttempts: lastAttempts.get(keyString) ?? 0, preparation: preparations.get(task.id), replacesError: askAgain.has(keyString) };
      }
    }
  }
}

/** On resume, the adaptive cells' counts start from what earlier sessions stored. */
async function countStoredCells(input: RunInput, store: RunStore, cells: AdaptiveCells): Promise<void> {
  for (const task of input.tasks) {
    if (!task.adaptive) continue;
    for (const target of input.targets) {
      for await (const sample of store.samples(input.runId, { targetId: target.id, taskId: task.id })) cells.record(target.id, task, sample);
    }
  }
}

/** How many samples of this target are left, counted without holding them: a run may have millions. */
function countPending(input: RunInput, target: TargetSpec, finished: Set<string>, perTarget: number): number {
  if (finished.size === 0) return perTarget;
  let pending = 0;
  for (const _job of pendingJobs(input, target, finished, new Map())) pending++;
  return pending;
}
