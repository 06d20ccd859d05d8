// A run's lease read back from its run_leases row, for every SQL backend (each keeps its own claim statement).

import type { HeldLease, RunLease } from "../core/run-lease.ts";

export interface LeaseRow {
  run_id: string;
  session: string;
  pid: number;
  host: string;
  acquired_at: number;
  heartbeat_at: number;
  expires_at: number;
}

export function leaseFromRow(row: LeaseRow): RunLease {
  return { pid: row.pid, host: row.host, acquiredAt: row.acquired_at, heartbeatAt: row.heartbeat_at, expiresAt: row.expires_at };
}

/** The lease with the session holding it: what a refused claim is told. */
export function heldLeaseFromRow(row: LeaseRow): HeldLease {
  return { ...leaseFromRow(row), session: row.session };
}
