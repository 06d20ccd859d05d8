// One run, one runner: the process executing a run holds its lease, a row in the store that it renews while it works.
// A second process is refused with the holder's pid and host, and a run whose lease lapsed has no process behind it:
// it reads as interrupted (process gone), never running. Times are epoch ms from the caller's clock.

import type { RunStatus } from "./events.ts";

export interface LeaseHolder {
  pid: number;
  host: string;
}

/** Who holds a run's lease and until when: what `runs`, `show` and the dashboard read. */
export interface RunLease extends LeaseHolder {
  acquiredAt: number;
  /** The holder's last renewal. */
  heartbeatAt: number;
  /** With no renewal by then, the holder is taken to be gone. */
  expiresAt: number;
}

/** A lease as its holder knows it: only the session with this id renews or releases it. */
export interface HeldLease extends RunLease {
  session: string;
}

export type LeaseClaim = { acquired: true } | { acquired: false; holder: HeldLease };

export interface RunLeases {
  /**
   * Takes the run's lease for `claim.session` until `now + ttlMs` when nobody holds it, when it expired (expiresAt <= now),
   * when `claim.session` holds it already, or when `takeOver` is the session of the holder (one known to be gone); else
   * says who holds it. Atomic: of two claims at once exactly one wins. Throws for an unknown run.
   */
  acquireLease(runId: string, claim: LeaseHolder & { session: string }, now: number, ttlMs: number, takeOver?: string): Promise<LeaseClaim>;
  /** Extends the lease `session` holds to `now + ttlMs`; false when it is no longer that session's (taken after it expired). */
  renewLease(runId: string, session: string, now: number, ttlMs: number): Promise<boolean>;
  /** Gives the lease up; nothing happens when `session` does not hold it. */
  releaseLease(runId: string, session: string): Promise<void>;
  /** The run's lease, live or expired; undefined when there is none. */
  getLease(runId: string): Promise<HeldLease | undefined>;
}

/** A run's status as a reader should show it: a stored "running" without a live lease has no process behind it. */
export type RunState = RunStatus | "process_gone";

export function runState(status: RunStatus, lease: Pick<RunLease, "expiresAt"> | undefined, now: number): RunState {
  if (status !== "running") return status;
  return lease !== undefined && lease.expiresAt > now ? "running" : "process_gone";
}

export function runStateLabel(state: RunState): string {
  return state === "process_gone" ? "interrupted (process gone)" : state;
}
