// A stored run made ready to execute its samples one job at a time, outside executeRun: tasks rebuilt from the store,
// the run's request pipeline (cache, pacing with limits shared through the store, retries, records) with its judges
// bound to it, and each target's concurrency. Queue workers keep one per run they serve; `run --queue` opens one to
// make the run's per-target preparation before its samples are queued.

import type { Config } from "../config/config-schema.ts";
import type { RunEvent } from "../core/events.ts";
import type { Item, Metadata } from "../core/item.ts";
import type { RunSpec } from "../core/run-spec.ts";
import type { RunStore } from "../core/run-store.ts";
import { sampleKeyString, type SampleKey } from "../core/sample.ts";
import type { SharedRateLimit } from "../core/shared-rate-limit.ts";
import type { Task } from "../core/task.ts";
import { loopGuard } from "../loop-guard/loop-guard.ts";
import { judgePool, type JudgePool } from "./judge-models.ts";
import { loadStoredRun } from "./load-stored-run.ts";
import { priceLookup } from "./pricing.ts";
import { RequestPipeline, type TargetContext } from "./request-pipeline.ts";
import { retryPolicyOf } from "./run-session.ts";
import type { SampleJob } from "./sample-executor.ts";
import type { StoreWriter } from "./sample-writer.ts";
import { Slots } from "./slots.ts";
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
  /** Where the run's writes go (a worker's group committer, shared by the runs it serves); default the pipeline's own. */
  writer?: StoreWriter;
}

export interface QueuedRun {
  runId: string;
  spec: RunSpec;
  tasks: Task[];
  pipeline: RequestPipeline;
  targets: Map<string, TargetContext>;
  /** Each target's concurrency in this process: a slot per sample in flight. */
  slots: Map<string, Slots>;
  /** Samples the run has in all: targets x items x trials. */
  expected: number;
  /** The job for one sample, numbering attempts after `lastAttempt`; undefined for a key the run does not have. */
  job(key: SampleKey, lastAttempt: number, preparation: Metadata | undefined): SampleJob | undefined;
  /** Stores what is queued and ends the pipeline's timers. */
  close(): Promise<void>;
}

export async function openQueuedRun(runRef: string, deps: QueuedRunDeps): Promise<QueuedRun> {
  let judges: JudgePool | undefined;
  const { run, spec, tasks, targets } = await loadStoredRun(deps.store, runRef, deps.cwd, (stored) => {
    judges = judgePool({ config: deps.config, env: deps.env, cwd: deps.cwd, retry: retryPolicyOf(stored), timeoutMs: stored.execution.timeoutMs });
    return judges.resolve;
  });
  const runtimes = buildRuntimes(targets, deps.config, deps.env, spec.execution.concurrency);
  const pipeline = new RequestPipeline({
    runId: run.id,
    store: deps.store,
    cache: spec.execution.cache,
    // Budgets are refused for queued runs (each worker would count only its own spending): nothing to cap here.
    budget: {},
    retry: retryPolicyOf(spec),
    timeoutMs: spec.execution.timeoutMs,
    prices: priceLookup(deps.config.pricing),
    onEvent: deps.onEvent,
    signal: deps.signal,
    streamGuard: loopGuard(),
    writer: deps.writer,
    sharedLimit: deps.sharedLimit,
  });
  judges?.bind(pipeline);
  const contexts = new Map(targets.map((target) => [target.id, pipeline.target(target, runtimes.get(target.id)!)]));
  const tasksById = new Map(tasks.map((task) => [task.id, task]));
  const items = new Map(tasks.map((task) => [task.id, new Map(task.items.map((item) => [item.id, item] as [string, Item]))]));
  const perTarget = tasks.reduce((sum, task) => sum + task.items.length, 0) * spec.trials;
  return {
    runId: run.id,
    spec,
    tasks,
    pipeline,
    targets: contexts,
    slots: new Map(targets.map((target) => [target.id, new Slots(runtimes.get(target.id)!.concurrency)])),
    expected: perTarget * targets.length,
    job(key, lastAttempt, preparation) {
      const target = contexts.get(key.targetId)?.target;
      const task = tasksById.get(key.taskId);
      const item = items.get(key.taskId)?.get(key.itemId);
      if (!target || !task || !item || key.trial < 1 || key.trial > spec.trials) return undefined;
      return { key, keyString: sampleKeyString(key), target, task, item, previousAttempts: lastAttempt, preparation };
    },
    close: () => pipeline.close(),
  };
}
