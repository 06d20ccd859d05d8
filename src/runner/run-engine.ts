// Schedules every missing sample of a run across its targets, each with its own workers and pacing,
// and reports progress only through events. Stops cleanly on Ctrl-C (abort) or a budget cap.

import { setMaxListeners } from "node:events";
import { systemClock, type Clock } from "../core/clock.ts";
import type { RunEvent, RunStatus } from "../core/events.ts";
import type { Metadata } from "../core/item.ts";
import type { ModelAdapter } from "../core/model-adapter.ts";
import type { RunStore } from "../core/run-store.ts";
import type { StreamGuardFactory } from "../core/stream-guard.ts";
import { sampleKeyString } from "../core/sample.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { AdaptiveCells } from "./adaptive-cells.ts";
import { AttemptDeadlines } from "./attempt-deadlines.ts";
import { BudgetTracker, type BudgetBreach, type BudgetCaps, type Spent } from "./budget-tracker.ts";
import type { PriceLookup } from "./pricing.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import { prepareTarget } from "./prepare-target.ts";
import { executeSample, type ExecutorContext, type SampleJob, type TargetContext } from "./sample-executor.ts";
import { SampleWriter } from "./sample-writer.ts";
import { TargetLimiter, type TargetLimits } from "./target-limiter.ts";

export interface RunInput {
  runId: string;
  targets: TargetSpec[];
  tasks: Task[];
  trials: number;
}

export interface TargetRuntime {
  adapter: ModelAdapter;
  /** Workers (requests in flight) for this target. */
  concurrency: number;
  limits: TargetLimits;
  /** The endpoint asked, for the cache key (two servers with one model id must not share answers). */
  endpoint: string;
}

export interface EngineOptions {
  store: RunStore;
  /** Read answers from and keep them in the store's response cache (default false). */
  cache?: boolean;
  runtimes: ReadonlyMap<string, TargetRuntime>;
  retry: RetryPolicy;
  timeoutMs: number;
  budget: BudgetCaps;
  /** What earlier sessions of this run already spent (resume). */
  alreadySpent?: Spent;
  prices: PriceLookup;
  onEvent: (event: RunEvent) => void;
  /** Abort to interrupt (Ctrl-C): in-flight requests are cancelled, finished work is already stored. */
  signal?: AbortSignal;
  clock?: Clock;
  resumed?: boolean;
  /** Watches streamed answers and stops degenerate ones (the loop guard). */
  streamGuard?: StreamGuardFactory;
}

export interface RunOutcome {
  status: RunStatus;
  done: number;
  errors: number;
  pending: number;
  /** Samples adaptive sampling found unneeded (their cells were decided); never asked, not pending. */
  skipped: number;
}

export async function executeRun(input: RunInput, options: EngineOptions): Promise<RunOutcome> {
  const { store, runId } = { store: options.store, runId: input.runId };
  const finished = await store.finishedSampleKeys(runId);
  const lastAttempts = await store.lastAttemptNumbers(runId);
  const clock = options.clock ?? systemClock;
  const abort = new AbortController();
  // Every retry wait and pacing wait listens on this signal; hundreds at once is normal, not a leak.
  setMaxListeners(0, abort.signal);
  const onOuterAbort = () => abort.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  if (options.signal?.aborted) abort.abort(options.signal.reason);

  let budgetBreach: BudgetBreach | undefined;
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    abort.abort(error);
  };
  const writer = new SampleWriter(store, fail);
  const deadlines = new AttemptDeadlines(options.timeoutMs, abort.signal);
  const ctx: ExecutorContext = {
    runId,
    store,
    cache: options.cache ?? false,
    writer,
    budget: new BudgetTracker(options.budget, options.alreadySpent),
    retry: options.retry,
    deadlines,
    clock,
    random: Math.random,
    emit: options.onEvent,
    abort: abort.signal,
    stopping: () => abort.signal.aborted || budgetBreach !== undefined,
    streamGuard: options.streamGuard,
    onBudgetBreach: (breach) => {
      if (budgetBreach) return;
      budgetBreach = breach;
      options.onEvent({ type: "budget-exhausted", runId, ...breach });
      options.onEvent({ type: "run-stopping", runId, reason: "budget" });
    },
  };
  const cells = new AdaptiveCells();
  ctx.onOutcome = (job, outcome) => cells.record(job.key.targetId, job.task, { ...outcome, item: job.item });
  if (options.resumed) await countStoredCells(input, store, cells);
  const onAbort = () => options.onEvent({ type: "run-stopping", runId, reason: "interrupted" });
  abort.signal.addEventListener("abort", onAbort, { once: true });

  const perTarget = input.tasks.reduce((sum, task) => sum + task.items.length, 0) * input.trials;
  const pendingByTarget = input.targets.map((target) => ({ target, pending: countPending(input, target, finished, perTarget) }));
  options.onEvent({
    type: "run-started",
    runId,
    resumed: options.resumed ?? false,
    targets: pendingByTarget.map(({ target, pending }) => ({ id: target.id, total: perTarget, alreadyDone: perTarget - pending, simulated: target.simulated })),
  });
  await store.setRunStatus(runId, "running", Date.now());

  let done = 0;
  let errors = 0;
  let skipped = 0;
  await Promise.all(
    pendingByTarget.map(async ({ target, pending }) => {
      const runtime = options.runtimes.get(target.id);
      if (!runtime) throw new Error(`no runtime for target ${target.id}`);
      const targetCtx: TargetContext = {
        target,
        adapter: runtime.adapter,
        limiter: new TargetLimiter(runtime.limits, clock),
        price: options.prices(target),
        endpoint: runtime.endpoint,
      };
      const preparations = pending > 0 ? await prepareTarget(input.tasks, targetCtx, ctx) : new Map<string, Metadata>();
      // Jobs are made as workers take them, so memory holds the workers' jobs, not one object per sample.
      const jobs = pendingJobs(input, target, finished, lastAttempts, preparations);
      const worker = async () => {
        while (!ctx.stopping() && failure === undefined) {
          const next = jobs.next();
          if (next.done) return;
          const job = next.value;
          if (!(await cells.begin(target.id, job.task, job.item))) {
            skipped++;
            options.onEvent({ type: "sample-skipped", runId, key: job.key });
            continue;
          }
          try {
            const end = await executeSample(job, targetCtx, ctx);
            if (end === "done") done++;
            else if (end === "error") errors++;
          } catch (error) {
            fail(error);
          } finally {
            cells.end(target.id, job.task, job.item);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(runtime.concurrency, pending)) }, worker));
    }),
  );
  // What the last turn finished is stored before anything reads the store back or the caller returns.
  await writer.flush();
  deadlines.close();
  options.signal?.removeEventListener("abort", onOuterAbort);
  abort.signal.removeEventListener("abort", onAbort);

  const total = input.targets.length * perTarget;
  const pending = total - skipped - (await store.countSamples(runId)).reduce((sum, count) => sum + count.done + count.errors, 0);
  const status: RunStatus =
    failure !== undefined ? "failed" : abort.signal.aborted ? "interrupted" : budgetBreach ? "budget_exhausted" : pending === 0 ? "completed" : "interrupted";
  await store.setRunStatus(runId, status, Date.now());
  options.onEvent({ type: "run-finished", runId, status, done, errors, pending, skipped });
  if (failure !== undefined) throw failure;
  return { status, done, errors, pending, skipped };
}

/** Trial-major order: a run stopped early still covers every item once before it covers any twice. */
function* pendingJobs(
  input: RunInput,
  target: TargetSpec,
  finished: Set<string>,
  lastAttempts: Map<string, number>,
  preparations: ReadonlyMap<string, Metadata> = new Map(),
): Generator<SampleJob> {
  for (let trial = 1; trial <= input.trials; trial++) {
    for (const task of input.tasks) {
      for (const item of task.items) {
        const key = { targetId: target.id, taskId: task.id, itemId: item.id, trial };
        const keyString = sampleKeyString(key);
        if (finished.has(keyString)) continue;
        yield { key, keyString, target, task, item, previousAttempts: lastAttempts.get(keyString) ?? 0, preparation: preparations.get(task.id) };
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
