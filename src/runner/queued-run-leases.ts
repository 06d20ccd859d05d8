// The run leases of queue workers: every worker serving a queued run holds the run's lease under one session shared by
// all of them ("queue RUN"), so the run reads as running while any worker renews it, and a `resume` of it elsewhere is
// refused until the last worker has stopped for a lease's length. A worker does not give the lease up while others may
// still be working; it lapses, or goes when the run completes or fails.

import { RunLeasedError } from "../core/errors.ts";
import type { LeaseHolder, RunLeases } from "../core/run-lease.ts";
import type { LeaseSettings } from "./run-lease-keeper.ts";

const QUEUE_SESSION = "queue ";

export function queueSession(runId: string): string {
  return `${QUEUE_SESSION}${runId}`;
}

/** Held by any number of workers: the pid it names is only the last one to join, and says nothing of the others. */
export function isQueueSession(session: string): boolean {
  return session.startsWith(QUEUE_SESSION);
}

export class QueuedRunLeases {
  constructor(
    private readonly store: RunLeases,
    private readonly settings: LeaseSettings,
    private readonly holder: LeaseHolder,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes (or joins) the run's lease; a RunLeasedError when another process runs it (a `resume`, say). */
  async hold(runId: string): Promise<void> {
    const claim = await this.store.acquireLease(runId, { ...this.holder, session: queueSession(runId) }, this.now(), this.settings.ttlMs);
    if (claim.acquired) return;
    const { pid, host } = claim.holder;
    throw new RunLeasedError(`run ${runId} is being run by pid ${pid} on ${host} outside the queue; its jobs wait until that process stops`, { pid, host });
  }

  /** Keeps the leases of the runs this worker has jobs of: renewed, or taken again when one lapsed meanwhile. */
  async renew(runIds: Iterable<string>): Promise<void> {
    for (const runId of runIds) {
      const renewed = await this.store.renewLease(runId, queueSession(runId), this.now(), this.settings.ttlMs).catch(() => true);
      if (!renewed) await this.hold(runId).catch(() => undefined);
    }
  }

  /** The run completed or failed: nobody is working on it any more. */
  async release(runId: string): Promise<void> {
    await this.store.releaseLease(runId, queueSession(runId));
  }
}
