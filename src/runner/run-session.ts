// Starting and resuming runs: build tasks from the run spec, create adapters, store the run, open the request pipeline
// every call of the run goes through (samples, calibration, judges, probes), hand the run to the engine, and store the
// run's summary once its samples stop (what `show`, reports, the dashboard and verdicts read).

import { randomBytes } from "node:crypto";
import type { Config } from "../config/config-schema.ts";
import { wallClock, type Clock } from "../core/clock.ts";
import { DatasetError, FINDING_ERROR_KINDS, type ErrorKind } from "../core/errors.ts";
import type { RunEvent } from "../core/events.ts";
import { sampleKeyOf } from "../core/sample.ts";
import type { RunStore } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { buildTasks } from "../families/build-tasks.ts";
import type { RunParts } from "../metrics/summarize-run.ts";
import type { BudgetCaps, Spent } from "./budget-tracker.ts";
import { priceLookup } from "./pricing.ts";
import { RequestPipeline } from "./request-pipeline.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy.ts";
import { executeRun, type RunOutcome, type TargetRuntime } from "./run-engine.ts";
import type { RunSpec } from "../core/run-spec.ts";
import { loopGuard } from "../loop-guard/loop-guard.ts";
import { judgePool, type JudgePool } from "./judge-models.ts";
import { loadStoredRun } from "./load-stored-run.ts";
import { newRunRecord } from "./new-run-record.ts";
import { preflight, type PreflightCheck } from "./preflight.ts";
import { leaseSettings, RunLeaseKeeper } from "./run-lease-keeper.ts";
import { storeRunMetrics } from "./run-metrics.ts";
import { buildRuntimes } from "./target-runtime.ts";

export interface PrepareDeps {
  config: Config;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** What the check before a run needs besides the run: Ctrl-C, and the clock its retries wait on. */
export interface PreflightDeps {
  signal?: AbortSignal;
  clock?: Clock;
}

export interface SessionDeps extends PrepareDeps, PreflightDeps {
  /** Where the run is stored; its response cache serves the run unless the spec turns caching off (--no-cache). */
  store: RunStore;
  onEvent: (event: RunEvent) => void;
  /** resume: do not check that every target and judge answers first (--skip-preflight). */
  skipPreflight?: boolean;
}

export interface SessionResult {
  runId: string;
  outcome: RunOutcome;
}

/** A run validated end to end (tasks built, adapters created, keys found) and not yet stored; nothing sent yet. */
export interface PreparedRun {
  spec: RunSpec;
  tasks: Task[];
  targets: TargetSpec[];
  runtimes: Map<string, TargetRuntime>;
  /** The run's judges; more may be resolved later (pairwise judging), and all ask through the run's pipeline. */
  judges: JudgePool;
}

/** A stored run with its pipeline open: its samples, then anything else the command asks within it; close it after. */
export interface RunSession {
  runId: string;
  pipeline: RequestPipeline;
  execute(): Promise<RunOutcome>;
  close(): Promise<void>;
}

export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

/** Validates everything (tasks, adapters, keys) before anything is written, so bad input leaves nothing half-written. */
export async function prepareRun(spec: RunSpec, deps: PrepareDeps): Promise<PreparedRun> {
  const judges = judgesFor(spec, deps);
  const tasks = await buildTasks(spec, deps.cwd, { judge: judges.resolve, env: deps.env });
  const targets = spec.targets as TargetSpec[];
  return { spec, tasks, targets, runtimes: buildRuntimes(targets, deps.config, deps.env, spec.execution.concurrency), judges };
}

/** A task left out of a run because its data could not be had, with the one line saying why. */
export interface SkippedTask {
  task: RunSpec["tasks"][number];
  reason: string;
}

/**
 * Like prepareRun for tasks that need no judge (benchmarks), but a task whose data cannot be had (a gated set without
 * a token, offline without a copy) is left out with its reason instead of stopping the rest: verify tests what it can.
 * Undefined when no task is left.
 */
export async function prepareAvailableRun(spec: RunSpec, deps: PrepareDeps): Promise<{ prepared?: PreparedRun; skipped: SkippedTask[] }> {
  const kept: RunSpec["tasks"] = [];
  const tasks: Task[] = [];
  const skipped: SkippedTask[] = [];
  for (const task of spec.tasks) {
    try {
      tasks.push(...(await buildTasks({ ...spec, tasks: [task] }, deps.cwd, { env: deps.env })));
      kept.push(task);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      skipped.push({ task, reason: error.message });
    }
  }
  if (tasks.length === 0) return { skipped };
  const targets = spec.targets as TargetSpec[];
  const runtimes = buildRuntimes(targets, deps.config, deps.env, spec.execution.concurrency);
  return { prepared: { spec: { ...spec, tasks: kept }, tasks, targets, runtimes, judges: judgesFor(spec, deps) }, skipped };
}

/**
 * Every target and judge of these prepared runs answers one tiny request, each host once, before anything is stored
 * or spent: a host that does not fails the command with one line per host (runner/preflight.ts).
 */
export function checkTargets(runs: readonly PreparedRun[], deps: PreflightDeps): Promise<void> {
  const spec = runs[0]?.spec;
  if (!spec) return Promise.resolve();
  const checks = runs.flatMap((run) => checksOf(run.targets, run.runtimes, run.judges));
  return preflight(checks, { retry: retryPolicyOf(spec), timeoutMs: spec.execution.timeoutMs, signal: deps.signal, clock: deps.clock });
}

/** Stores a new run and opens its pipeline, with the run's judges bound to it. */
export async function openRun(prepared: PreparedRun, deps: SessionDeps): Promise<RunSession> {
  const { spec, tasks, targets, runtimes } = prepared;
  const runId = newRunId();
  await deps.store.createRun(newRunRecord(runId, spec.seed, spec, targets, tasks));
  const lease = await claimLease(runId, deps);
  const pipeline = new RequestPipeline(pipelineOptions(runId, spec, deps, spec.execution.budget));
  prepared.judges.bind(pipeline);
  return session(pipeline, lease, deps.store, { tasks, targets, trials: spec.trials }, () => executeRun({ runId, targets, tasks, trials: spec.trials }, { pipeline, runtimes }));
}

export async function startRun(prepared: PreparedRun, deps: SessionDeps): Promise<SessionResult> {
  const run = await openRun(prepared, deps);
  try {
    return { runId: run.runId, outcome: await run.execute() };
  } finally {
    await run.close();
  }
}

/** A stored run reopened to be finished: what it still needs (for its plan and the spend gate), nothing sent yet. */
export interface ResumedRun {
  runId: string;
  spec: RunSpec;
  tasks: Task[];
  targets: TargetSpec[];
  /** Samples per target id still to ask, those asked again included. */
  pending: Map<string, number>;
  /** Samples stored as errors that this session asks again, per error kind. */
  askedAgain: Map<ErrorKind | "unknown", number>;
  /** The caps this session runs under (the stored ones, raised or set by the caller). */
  budget: BudgetCaps;
  /** What every earlier session spent, the judges' and probes' requests included. */
  spent: Spent;
  /** Checks every target and judge answers (unless deps.skipPreflight), then asks what is missing. */
  execute(): Promise<RunOutcome>;
  close(): Promise<void>;
}

export interface ResumeOptions {
  /** Caps that replace the stored ones (a larger --max-cost to go on). */
  budget?: BudgetCaps;
  /** Ask again the samples stored as errors, but for the findings (FINDING_ERROR_KINDS); their attempts stay. */
  retryErrors?: boolean;
}

/** Claims the run's lease first: a run another live process is executing is refused before anything is read or sent. */
export async function openResumedRun(runRef: string, deps: SessionDeps, options: ResumeOptions = {}): Promise<ResumedRun> {
  const lease = await claimLease(await deps.store.resolveRunId(runRef), deps);
  try {
    return await reopen(lease, deps, options);
  } catch (error) {
    await lease.release();
    throw error;
  }
}

async function reopen(lease: RunLeaseKeeper, deps: SessionDeps, options: ResumeOptions): Promise<ResumedRun> {
  let judges: JudgePool | undefined;
  const { run, spec, tasks, targets } = await loadStoredRun(deps.store, lease.runId, deps.cwd, (stored) => {
    judges = judgesFor(stored, deps);
    return judges.resolve;
  });
  const runId = run.id;
  const budget = { ...spec.execution.budget, ...options.budget };
  // The budget goes on from what every earlier session spent, the judges' and probes' requests included.
  const spent = await spentSoFar(deps.store, runId);
  const pending = await pendingSamples(deps.store, runId, tasks, targets, spec.trials);
  const askAgain = new Set<string>();
  const askedAgain = new Map<ErrorKind | "unknown", number>();
  for (const [key, kind] of options.retryErrors ? await deps.store.erroredSamples(runId) : []) {
    if (kind !== null && FINDING_ERROR_KINDS.has(kind)) continue;
    askAgain.add(key);
    askedAgain.set(kind ?? "unknown", (askedAgain.get(kind ?? "unknown") ?? 0) + 1);
    const { targetId } = sampleKeyOf(key);
    pending.set(targetId, (pending.get(targetId) ?? 0) + 1);
  }
  return {
    runId,
    spec,
    tasks,
    targets,
    pending,
    budget,
    spent,
    askedAgain,
    async execute() {
      const runtimes = buildRuntimes(targets, deps.config, deps.env, spec.execution.concurrency);
      if (!deps.skipPreflight) {
        await preflight(checksOf(targets, runtimes, judges), { retry: retryPolicyOf(spec), timeoutMs: spec.execution.timeoutMs, signal: deps.signal, clock: deps.clock });
      }
      const pipeline = new RequestPipeline({ ...pipelineOptions(runId, spec, deps, budget), alreadySpent: spent });
      judges?.bind(pipeline);
      lease.onLost = (error) => pipeline.fail(error);
      if (lease.lost !== undefined) pipeline.fail(lease.lost);
      try {
        const outcome = await executeRun({ runId, targets, tasks, trials: spec.trials }, { pipeline, runtimes, resumed: true, askAgain });
        await storeRunMetrics(deps.store, runId, { tasks, targets, trials: spec.trials });
        return outcome;
      } finally {
        await pipeline.close();
      }
    },
    close: () => lease.release(),
  };
}

export function retryPolicyOf(spec: RunSpec): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, maxAttempts: spec.execution.maxAttempts, maxRateLimitWaitMs: spec.execution.rateLimitWaitMs ?? DEFAULT_RETRY_POLICY.maxRateLimitWaitMs };
}

function checksOf(targets: readonly TargetSpec[], runtimes: ReadonlyMap<string, TargetRuntime>, judges: JudgePool | undefined): PreflightCheck[] {
  return [...targets.map((target) => ({ role: "target" as const, target, connection: runtimes.get(target.id)! })), ...(judges?.checks() ?? [])];
}

/**
 * The session's pipeline stops if the lease is lost. Once its samples stop, the run's summary is stored; closing
 * stores what is queued, then gives the lease up.
 */
function session(pipeline: RequestPipeline, lease: RunLeaseKeeper, store: RunStore, parts: RunParts, execute: () => Promise<RunOutcome>): RunSession {
  lease.onLost = (error) => pipeline.fail(error);
  const executeAndSummarise = async () => {
    const outcome = await execute();
    await storeRunMetrics(store, pipeline.runId, parts);
    return outcome;
  };
  const close = async () => {
    try {
      await pipeline.close();
    } finally {
      await lease.release();
    }
  };
  return { runId: pipeline.runId, pipeline, execute: executeAndSummarise, close };
}

/** The lease's times are read on the injected clock when there is one (tests), on wall time otherwise. */
function claimLease(runId: string, deps: SessionDeps): Promise<RunLeaseKeeper> {
  return RunLeaseKeeper.claim(runId, { store: deps.store, clock: deps.clock ?? wallClock, settings: leaseSettings(deps.env) });
}

function judgesFor(spec: RunSpec, deps: PrepareDeps): JudgePool {
  return judgePool({ config: deps.config, env: deps.env, cwd: deps.cwd, retry: retryPolicyOf(spec), timeoutMs: spec.execution.timeoutMs });
}

function pipelineOptions(runId: string, spec: RunSpec, deps: SessionDeps, budget: BudgetCaps) {
  return {
    runId,
    store: deps.store,
    cache: spec.execution.cache,
    retry: retryPolicyOf(spec),
    timeoutMs: spec.execution.timeoutMs,
    budget,
    prices: priceLookup(deps.config.pricing),
    onEvent: deps.onEvent,
    signal: deps.signal,
    clock: deps.clock,
    // Every streamed answer is watched: a degenerate loop stops within a few hundred tokens, not at its output cap.
    streamGuard: loopGuard(),
  };
}

/** Per target, the samples not yet finished (the adaptive sampler may find some of them unneeded). */
async function pendingSamples(store: RunStore, runId: string, tasks: readonly Task[], targets: readonly TargetSpec[], trials: number): Promise<Map<string, number>> {
  const perTarget = tasks.reduce((sum, task) => sum + task.items.length, 0) * trials;
  const pending = new Map(targets.map((target) => [target.id, perTarget]));
  for (const count of await store.countSamples(runId)) pending.set(count.targetId, (pending.get(count.targetId) ?? 0) - count.done - count.errors);
  return pending;
}

/** What earlier sessions of a run spent, over every purpose; answers served from a cache or the records cost nothing. */
async function spentSoFar(store: RunStore, runId: string): Promise<Spent> {
  const spent: Spent = { requests: 0, tokens: 0, costUsd: 0 };
  for (const totals of await store.requestTotals(runId)) {
    spent.requests += totals.sent;
    spent.tokens += totals.inputTokens + totals.outputTokens;
    spent.costUsd += totals.costUsd;
  }
  return spent;
}
