// A queue worker: takes sample jobs of any run from the shared queue and carries each through the runner's own
// sample path (executeSample: cache, pacing, retries, scoring), writing attempts and samples to the store by group
// commit. A job is completed only once its sample is stored; a sample someone else stored first (a lease that lapsed
// and was taken over) is left to them, so nothing is stored twice, and one they left part way is continued after their
// attempts, so nothing is lost. Emits events; never prints.

import { hostname } from "node:os";
import type { Config } from "../config/config-schema.ts";
import type { RunEvent } from "../core/events.ts";
import type { Metadata } from "../core/item.ts";
import type { RunStore } from "../core/run-store.ts";
import type { SampleLease, SampleQueue } from "../core/sample-queue.ts";
import type { SharedRateLimit } from "../core/shared-rate-limit.ts";
import { DuplicateWriteError } from "../core/store-write.ts";
import { isRealitycheckError } from "../core/errors.ts";
import { GroupCommitter, sampleOwner } from "./group-committer.ts";
import { QueuedRunLeases } from "./queued-run-leases.ts";
import { leaseSettings } from "./run-lease-keeper.ts";
import { executeSample, type SampleEnd } from "./sample-executor.ts";
import { openQueuedRun, type QueuedRun } from "./queued-run.ts";

export interface WorkerOptions {
  store: RunStore;
  queue: SampleQueue;
  config: Config;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Samples in flight in this process. */
  capacity: number;
  sharedLimit?: (key: string) => SharedRateLimit;
  onEvent: (event: RunEvent | WorkerEvent) => void;
  /** Abort to stop: requests in flight are cancelled and their jobs handed back to the queue. */
  signal: AbortSignal;
  /** Return once the queue has had nothing for this long (ms), instead of waiting for more work. */
  exitWhenIdleMs?: number;
  /** How often to look for work when the queue is empty, and to keep leases alive (ms). */
  pollMs?: number;
  heartbeatMs?: number;
}

export type WorkerEvent =
  | { type: "worker-job"; runId: string; outcome: JobOutcome; reason?: string }
  | { type: "worker-run-completed"; runId: string; samples: number }
  | { type: "worker-run-failed"; runId: string; targetId: string; reason: string; cancelled: number };

/** done/error: stored here; elsewhere: already stored by another worker; released: handed back (stopping, a store failure). */
export type JobOutcome = "done" | "error" | "elsewhere" | "released";

export type WorkerTally = Record<JobOutcome, number>;

const DEFAULT_POLL_MS = 500;
const DEFAULT_HEARTBEAT_MS = 4000;
/** A run's completion is looked for at most this often while its jobs finish. */
const COMPLETION_CHECK_MS = 1000;

export async function runWorker(options: WorkerOptions): Promise<WorkerTally> {
  const worker = new QueueWorker(options);
  try {
    return await worker.run();
  } finally {
    await worker.close();
  }
}

class QueueWorker {
  private readonly committer: GroupCommitter;
  private readonly runs = new Map<string, Promise<QueuedRun>>();
  private readonly inFlight = new Map<SampleLease, Promise<void>>();
  private readonly toComplete: SampleLease[] = [];
  private readonly lastCompletionCheck = new Map<string, number>();
  private readonly preparations = new Map<string, Promise<Metadata | undefined>>();
  private readonly failedRuns = new Set<string>();
  private readonly tally: WorkerTally = { done: 0, error: 0, elsewhere: 0, released: 0 };
  private failure: unknown;
  private wake?: () => void;

  private readonly leases: QueuedRunLeases;

  constructor(private readonly o: WorkerOptions) {
    this.leases = new QueuedRunLeases(o.store, leaseSettings(o.env), { pid: process.pid, host: hostname() });
    // A write of no sample that cannot be stored (a judge's request, a cached answer) stops the worker: nothing may be lost.
    this.committer = new GroupCommitter(o.store, (error) => (this.failure ??= error));
  }

  async run(): Promise<WorkerTally> {
    const heartbeat = setInterval(() => void this.heartbeat(), this.o.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
    let idleSince = Date.now();
    try {
      while (!this.o.signal.aborted && this.failure === undefined) {
        const free = this.o.capacity - this.inFlight.size;
        // Jobs are taken a batch at a time, not one per job that ends: one queue query serves many samples.
        if (free >= Math.max(1, Math.floor(this.o.capacity / 4)) || (free > 0 && this.inFlight.size === 0)) {
          const leases = await this.o.queue.take(free);
          for (const lease of leases) this.start(lease);
          if (leases.length > 0 || this.inFlight.size > 0) idleSince = Date.now();
          else if (this.o.exitWhenIdleMs !== undefined && Date.now() - idleSince >= this.o.exitWhenIdleMs) break;
          if (leases.length > 0) continue;
        }
        await this.nextEvent(this.o.pollMs ?? DEFAULT_POLL_MS);
      }
      await Promise.all(this.inFlight.values());
      await this.completeQueued();
    } finally {
      clearInterval(heartbeat);
    }
    if (this.failure !== undefined) throw this.failure;
    return this.tally;
  }

  async close(): Promise<void> {
    for (const run of this.runs.values()) await (await run.catch(() => undefined))?.close();
  }

  private start(lease: SampleLease): void {
    const job = this.process(lease)
      .catch((error: unknown) => this.fail(lease, error))
      .finally(() => {
        this.inFlight.delete(lease);
        this.wake?.();
      });
    this.inFlight.set(lease, job);
  }

  private async process(lease: SampleLease): Promise<void> {
    const run = await this.runFor(lease.runId);
    // A job given out again (its worker died or its lease lapsed) continues after what is stored of it.
    const state = lease.firstDelivery ? { finished: false, lastAttempt: 0 } : await this.o.store.sampleState(lease.runId, lease.key);
    if (state.finished) return this.finish(lease, "elsewhere");
    const preparation = await this.preparation(lease);
    const job = run.job(lease.key, state.lastAttempt, preparation);
    if (!job) throw new Error(`run ${lease.runId} has no sample ${lease.key.targetId}/${lease.key.taskId}/${lease.key.itemId}#${lease.key.trial}`);
    const owner = sampleOwner(lease.runId, lease.key);
    const target = run.targets.get(lease.key.targetId)!;
    const slots = run.slots.get(lease.key.targetId)!;
    await slots.acquire();
    let end: SampleEnd;
    try {
      end = await executeSample(job, target, { pipeline: run.pipeline, writer: this.committer });
    } finally {
      slots.release();
    }
    try {
      await this.committer.settle(owner);
    } catch (error) {
      if (!(error instanceof DuplicateWriteError)) throw error;
      return this.storedElsewhere(lease);
    }
    if (end === "stopped") {
      const failing = target.breaker.failure;
      if (failing && !this.o.signal.aborted) return this.failRun(lease, failing.error.message.split("\n")[0]!);
      return this.release(lease, "the worker stopped");
    }
    return this.finish(lease, end);
  }

  /**
   * Another worker or process stored one of this sample's attempt numbers first (it kept asking after its lease lapsed,
   * or a delivery that could not know of it started at attempt 1), so this job's writes of the sample were dropped. A
   * sample stored there is theirs; one not stored yet goes back to the queue, whose next delivery reads what is stored
   * and continues after it.
   */
  private async storedElsewhere(lease: SampleLease): Promise<void> {
    const stored = await this.o.store.sampleState(lease.runId, lease.key);
    if (stored.finished) return this.finish(lease, "elsewhere");
    const { targetId, taskId, itemId, trial } = lease.key;
    return this.release(lease, `attempt ${stored.lastAttempt} of ${targetId} ${taskId} ${itemId} trial ${trial} was stored by another worker first; asked again after it`);
  }

  /**
   * The circuit breaker stopped one of the run's targets (a refused key, a host that died): asking its other samples
   * cannot help, on any worker. The run is marked failed and its waiting jobs dropped; `resume RUN` finishes it.
   */
  private async failRun(lease: SampleLease, reason: string): Promise<void> {
    await this.release(lease, `target ${lease.key.targetId} is failing: ${reason}`);
    if (this.failedRuns.has(lease.runId)) return;
    this.failedRuns.add(lease.runId);
    await this.o.store.setRunStatus(lease.runId, "failed", Date.now());
    await this.leases.release(lease.runId);
    const cancelled = await this.o.queue.cancelRun(lease.runId);
    this.o.onEvent({ type: "worker-run-failed", runId: lease.runId, targetId: lease.key.targetId, reason, cancelled });
  }

  /** Completions of one turn go to the queue together. */
  private finish(lease: SampleLease, outcome: "done" | "error" | "elsewhere"): void {
    this.tally[outcome]++;
    this.o.onEvent({ type: "worker-job", runId: lease.runId, outcome });
    this.toComplete.push(lease);
    if (this.toComplete.length === 1) setImmediate(() => void this.completeQueued().catch((error: unknown) => (this.failure ??= error)));
  }

  private async release(lease: SampleLease, reason: string): Promise<void> {
    this.tally.released++;
    this.o.onEvent({ type: "worker-job", runId: lease.runId, outcome: "released", reason });
    await this.o.queue.release([lease], reason);
  }

  /**
   * A job that could not be done here goes back to the queue (pg-boss gives it out again, a bounded number of times).
   * A worker that cannot serve a run at all (a missing API key, a run stored by another version) stops with the reason.
   */
  private async fail(lease: SampleLease, error: unknown): Promise<void> {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? error.name) : String(error);
    await this.release(lease, reason).catch(() => undefined);
    if (isRealitycheckError(error) && error.kind === "config_error") this.failure ??= error;
  }

  private async completeQueued(): Promise<void> {
    const leases = this.toComplete.splice(0);
    if (leases.length === 0) return;
    await this.o.queue.complete(leases);
    for (const runId of new Set(leases.map((lease) => lease.runId))) await this.checkCompletion(runId);
  }

  /** The last job of a run finishes it: status completed once every sample is stored. */
  private async checkCompletion(runId: string): Promise<void> {
    const now = Date.now();
    const busy = [...this.inFlight.keys()].some((lease) => lease.runId === runId);
    if (busy && now - (this.lastCompletionCheck.get(runId) ?? 0) < COMPLETION_CHECK_MS) return;
    this.lastCompletionCheck.set(runId, now);
    const run = await this.runFor(runId);
    const progress = await this.o.store.progress(runId);
    if (!progress || progress.status !== "running" || progress.done + progress.errors < run.expected) return;
    await this.o.store.setRunStatus(runId, "completed", Date.now());
    await this.leases.release(runId);
    this.o.onEvent({ type: "worker-run-completed", runId, samples: progress.done + progress.errors });
  }

  /** What a task measured about a target before the run was queued: read once per run, target and task. */
  private preparation(lease: SampleLease): Promise<Metadata | undefined> {
    const key = `${lease.runId}\u0000${lease.key.targetId}\u0000${lease.key.taskId}`;
    let found = this.preparations.get(key);
    if (!found) {
      found = this.o.store.getPreparation(lease.runId, lease.key.targetId, lease.key.taskId);
      this.preparations.set(key, found);
    }
    return found;
  }

  private runFor(runId: string): Promise<QueuedRun> {
    let run = this.runs.get(runId);
    if (!run) {
      run = this.leases.hold(runId).then(() => openQueuedRun(runId, { ...this.o, writer: this.committer }));
      // A run held elsewhere is tried again with its next job.
      run.catch(() => this.runs.delete(runId));
      this.runs.set(runId, run);
    }
    return run;
  }

  private async heartbeat(): Promise<void> {
    const leases = [...this.inFlight.keys()];
    // A lost lease is left to finish: if the job was given to another worker, the store's keys keep it single.
    await this.o.queue.heartbeat(leases).catch(() => undefined);
    await this.leases.renew(new Set(leases.map((lease) => lease.runId)));
  }

  /** Resolves after `ms`, when a job ends, or when the worker is stopped, whichever is first. */
  private nextEvent(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.o.signal;
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
      this.wake = done;
    });
  }
}
