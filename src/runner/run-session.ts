// Starting and resuming runs: build tasks from the run spec, create adapters, store the run, hand it to the engine.

import { randomBytes } from "node:crypto";
import type { Config } from "../config/config-schema.ts";
import type { RunEvent } from "../core/events.ts";
import type { RunStore } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { buildTasks } from "../families/build-tasks.ts";
import type { BudgetCaps, Spent } from "./budget-tracker.ts";
import { priceLookup } from "./pricing.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";
import { executeRun, type RunOutcome, type TargetRuntime } from "./run-engine.ts";
import type { RunSpec } from "../core/run-spec.ts";
import { loopGuard } from "../loop-guard/loop-guard.ts";
import { judgePool, type JudgePool } from "./judge-models.ts";
import { loadStoredRun } from "./load-stored-run.ts";
import { newRunRecord } from "./new-run-record.ts";
import { buildRuntimes } from "./target-runtime.ts";

export interface PrepareDeps {
  config: Config;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface SessionDeps extends PrepareDeps {
  /** Where the run is stored; its response cache serves the run unless the spec turns caching off (--no-cache). */
  store: RunStore;
  onEvent: (event: RunEvent) => void;
  signal?: AbortSignal;
}

export interface SessionResult {
  runId: string;
  outcome: RunOutcome;
}

/** A run validated end to end (tasks built, adapters created, keys found) and not yet stored. */
export interface PreparedRun {
  spec: RunSpec;
  tasks: Task[];
  targets: TargetSpec[];
  runtimes: Map<string, TargetRuntime>;
}

export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

/** Validates everything (tasks, adapters, keys) before anything is written, so bad input leaves nothing half-written. */
export async function prepareRun(spec: RunSpec, deps: PrepareDeps): Promise<PreparedRun> {
  const judges = judgesFor(spec, deps);
  const tasks = await buildTasks(spec, deps.cwd, { judge: judges.resolve });
  await judges.checkReachable();
  const targets = spec.targets as TargetSpec[];
  return { spec, tasks, targets, runtimes: buildRuntimes(targets, deps.config, deps.env, spec.execution.concurrency) };
}

export async function startRun(prepared: PreparedRun, deps: SessionDeps): Promise<SessionResult> {
  const { spec, tasks, targets, runtimes } = prepared;
  const runId = newRunId();
  await deps.store.createRun(newRunRecord(runId, spec.seed, spec, targets, tasks));
  const outcome = await executeRun(
    { runId, targets, tasks, trials: spec.trials },
    { ...engineOptions(spec, deps, spec.execution.budget), runtimes },
  );
  return { runId, outcome };
}

export async function resumeRun(runRef: string, deps: SessionDeps, budgetOverride?: BudgetCaps): Promise<SessionResult> {
  let judges: JudgePool | undefined;
  const { run, spec, tasks, targets } = await loadStoredRun(deps.store, runRef, deps.cwd, (stored) => {
    judges = judgesFor(stored, deps);
    return judges.resolve;
  });
  await judges?.checkReachable(deps.signal);
  const runId = run.id;
  const runtimes = buildRuntimes(targets, deps.config, deps.env, spec.execution.concurrency);
  const budget = { ...spec.execution.budget, ...budgetOverride };
  const outcome = await executeRun(
    { runId, targets, tasks, trials: spec.trials },
    { ...engineOptions(spec, deps, budget), runtimes, alreadySpent: await spentSoFar(deps.store, runId), resumed: true },
  );
  return { runId, outcome };
}

function judgesFor(spec: RunSpec, deps: PrepareDeps): JudgePool {
  return judgePool({ config: deps.config, env: deps.env, cwd: deps.cwd, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: spec.execution.maxAttempts }, timeoutMs: spec.execution.timeoutMs });
}

function engineOptions(spec: RunSpec, deps: SessionDeps, budget: BudgetCaps) {
  return {
    store: deps.store,
    cache: spec.execution.cache,
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: spec.execution.maxAttempts },
    timeoutMs: spec.execution.timeoutMs,
    budget,
    prices: priceLookup(deps.config.pricing),
    onEvent: deps.onEvent,
    signal: deps.signal,
    // Every streamed answer is watched: a degenerate loop stops within a few hundred tokens, not at its output cap.
    streamGuard: loopGuard(),
  };
}

/** What earlier sessions of a run spent; answers served from the cache cost no request and no tokens. */
async function spentSoFar(store: RunStore, runId: string): Promise<Spent> {
  let tokens = 0;
  let costUsd = 0;
  let cachedSamples = 0;
  for await (const sample of store.samples(runId)) {
    if (sample.fromCache) {
      cachedSamples++;
      continue;
    }
    tokens += (sample.result?.usage.inputTokens ?? 0) + (sample.result?.usage.outputTokens ?? 0);
    costUsd += sample.costUsd;
  }
  return { requests: (await store.countAttempts(runId)) - cachedSamples, tokens, costUsd };
}
