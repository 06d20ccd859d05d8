// A run's samples as jobs in a shared queue: `run --queue` puts them there and `worker` processes on any number of
// machines take them. The queue leases each job to one worker and keeps the lease alive while the worker heartbeats;
// a worker that dies loses its lease and the job goes to another. What a job did is in the RunStore, never the queue.

import type { SampleKey } from "./sample.ts";

export interface QueuedSample {
  runId: string;
  key: SampleKey;
}

/** One job as a worker holds it: settle it with the same lease, which does nothing once the lease has lapsed. */
export interface SampleLease extends QueuedSample {
  /** The queue's own handle of this attempt at the job. */
  readonly handle: unknown;
  /** The job was never given out before, so nothing of it can be stored yet (the store's keys still catch a sample asked outside the queue). */
  readonly firstDelivery: boolean;
}

export interface SampleQueue {
  /** Enqueues every sample once: a sample already queued for the run is not added again. Resolves how many were added. */
  enqueue(samples: readonly QueuedSample[]): Promise<number>;
  /** Up to `limit` jobs, leased to this worker; [] when none is ready. */
  take(limit: number): Promise<SampleLease[]>;
  /** Keeps the leases alive; resolves the leases that are no longer this worker's (another took the job over). */
  heartbeat(leases: readonly SampleLease[]): Promise<SampleLease[]>;
  /** The jobs are done: never given out again. */
  complete(leases: readonly SampleLease[]): Promise<void>;
  /** The jobs could not be done here (a store failure): the queue gives them out again later. */
  release(leases: readonly SampleLease[], reason: string): Promise<void>;
  /** Drops a run's jobs that are waiting (not those leased now); resolves how many. */
  cancelRun(runId: string): Promise<number>;
  /** Jobs waiting or leased for a run. */
  pending(runId: string): Promise<number>;
  close(): Promise<void>;
}
