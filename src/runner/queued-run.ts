// A stored run made ready to execute its samples one job at a time, outside executeRun: tasks rebuilt from the store,
// adapters and pacing per target (with limits shared through the store when given), and the executor context the
// runner's sample path (executeSample: cache, retries, scoring) takes. Queue workers keep one per run they serve.

import { setMaxListeners } from "node:events";
import type { Config } from "../config/config-schema.ts";
import { systemClock } from "../core/clock.ts";
import type { RunEvent } from "../core/events.ts";
import type { Item, Metadata } from "../core/item.ts";
import type { RunStore } from "../core/run-store.ts";
import type { RunSpec } from "../core/run-spec.ts";
import { sampleKeyString, type SampleKey } from "../core/sample.ts";
import type { SharedRateLimit } from "../core/shared-rate-limit.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { loopGuard } from "../loop-guard/loop-guard.ts";
import { AttemptDeadlines } from "./attempt-deadlines.ts";
import { BudgetTracker } from "./budget-tracker.ts";
import { judgePool } from "./judge-models.ts";
import { loadStoredRun } from "./load-stored-run.ts";
import { priceLookup } from "./pricing.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";
import type { TargetRuntime } from "./run-engine.ts";
import type { ExecutorContext, SampleJob, TargetContext } from "./sample-executor.ts";
import { Slots } from "./slots.ts";
import { TargetLimiter } from "./target-limiter.ts";
import { buildRuntimes } from "./target-runtime.ts";

export interface QueuedRunDeps {
  store: RunStore;
  config: Config;
  env: Record<string, string | undefined>;
  cwd: string;
  onEvent: (event: RunEvent) => void;
  /** Aborting it stops every request of the run in flight. */
  signal: AbortSignal;
  /** One target's buckets shared by every process (by the target's id and endpoint). */
  sharedLimit?: (key: string) => SharedRateLimit;
  /** The writes go here (a worker's group committer per job replaces it). */
  writer: ExecutorContext["writer"];
}

export interface QueuedRun {
  runId: string;
  spec: RunSpec;
  targets: Map<string, TargetContext>;
  /** Each target's concurrency in this process: a slot per sample in flight. */
  slots: Map<string, Slots>;
  /** Samples the run has in all: targets x items x trials. */
  expected: number;
  executor: ExecutorContext;
  /** The job for one sample, numbering attempts after `lastAttempt`; undefined for a key the run does not have. */
  job(key: SampleKey, lastAttempt: number, preparation: Metadata | undefined): SampleJob | undefined;
  tasks: Task[];
  close(): void;
}

export async function openQueuedRun(runRef: string, deps: QueuedRunDeps): Promise<QueuedRun> {
  let judges: ReturnType<typeof judgePool> | undefined;
  const { run, spec, tasks, targets } = await loadStoredRun(deps.store, runRef, deps.cwd, (stored) => {
    judges = judgePool({ config: deps.config, env: deps.env, cwd: deps.cwd, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: stored.execution.maxAttempts }, timeoutMs: stored.execution.timeoutMs });
    return judges.resolve;
  });
  const runtimes = buildRuntimes(targets, deps.config, deps.env, spec.execution.concurrency);
  const abort = new AbortController();
  setMaxListeners(0, abort.signal);
  const onAbort = () => abort.abort(deps.signal.reason);
  deps.signal.addEventListener("abort", onAbort, { once: true });
  const prices = priceLookup(deps.config.pricing);
  const executor: ExecutorContext = {
    runId: run.id,
    store: deps.store,
    cache: spec.execution.cache,
    writer: deps.writer,
    // Budgets are refused for queued runs (each worker would hold its own): nothing to cap here.
    budget: new BudgetTracker({}),
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: spec.execution.maxAttempts },
    deadlines: new AttemptDeadlines(spec.execution.timeoutMs, abort.signal),
    clock: systemClock,
    random: Math.random,
    emit: deps.onEvent,
    abort: abort.signal,
    stopping: () => abort.signal.aborted,
    onBudgetBreach: () => undefined,
    streamGuard: loopGuard(),
  };
  const contexts = new Map(targets.map((target) => [target.id, targetContext(target, runtimes.get(target.id)!, prices, deps.sharedLimit)]));
  const tasksById = new Map(tasks.map((task) => [task.id, task]));
  const items = new Map(tasks.map((task) => [task.id, new Map(task.items.map((item) => [item.id, item] as [string, Item]))]));
  const perTarget = tasks.reduce((sum, task) => sum + task.items.length, 0) * spec.trials;
  return {
    runId: run.id,
    spec,
    targets: contexts,
    slots: new Map(targets.map((target) => [target.id, new Slots(runtimes.get(target.id)!.concurrency)])),
    expected: perTarget * targets.length,
    executor,
    tasks,
    job(key, lastAttempt, preparation) {
      const target = contexts.get(key.targetId)?.target;
      const task = tasksById.get(key.taskId);
      const item = items.get(key.taskId)?.get(key.itemId);
      if (!target || !task || !item || key.trial < 1 || key.trial > spec.trials) return undefined;
      return { key, keyString: sampleKeyString(key), target, task, item, previousAttempts: lastAttempt, preparation };
    },
    close() {
      executor.deadlines.close();
      deps.signal.removeEventListener("abort", onAbort);
    },
  };
}

function targetContext(target: TargetSpec, runtime: TargetRuntime, prices: ReturnType<typeof priceLookup>, shared: QueuedRunDeps["sharedLimit"]): TargetContext {
  return {
    target,
    adapter: runtime.adapter,
    limiter: new TargetLimiter(runtime.limits, systemClock, shared?.(`${target.id} ${runtime.endpoint}`)),
    price: prices(target),
    endpoint: runtime.endpoint,
  };
}
