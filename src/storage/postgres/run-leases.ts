// Run leases on PostgreSQL: a claim is one INSERT ... ON CONFLICT DO UPDATE ... WHERE, so of two processes claiming at
// once (on any machines) exactly one changes the row (the row lock orders them); the other reads who holds it.

import type pg from "pg";
import type { HeldLease, LeaseClaim, LeaseHolder, RunLeases } from "../../core/run-lease.ts";
import { heldLeaseFromRow, type LeaseRow } from "../lease-rows.ts";

const CLAIM = `INSERT INTO run_leases (run_id, session, pid, host, acquired_at, heartbeat_at, expires_at)
  VALUES ($1, $2, $3, $4, $5, $5, $6)
  ON CONFLICT (run_id) DO UPDATE SET session = excluded.session, pid = excluded.pid, host = excluded.host,
    acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at
  WHERE run_leases.expires_at <= $5 OR run_leases.session = $2 OR run_leases.session = $7`;

export class PostgresRunLeases implements RunLeases {
  constructor(private readonly pool: pg.Pool) {}

  async acquireLease(runId: string, claim: LeaseHolder & { session: string }, now: number, ttlMs: number, takeOver?: string): Promise<LeaseClaim> {
    const result = await this.pool.query(CLAIM, [runId, claim.session, claim.pid, claim.host, now, now + ttlMs, takeOver ?? null]);
    if (result.rowCount === 1) return { acquired: true };
    const holder = await this.getLease(runId);
    // Released between the claim and the read: claim again.
    return holder ? { acquired: false, holder } : this.acquireLease(runId, claim, now, ttlMs, takeOver);
  }

  async renewLease(runId: string, session: string, now: number, ttlMs: number): Promise<boolean> {
    const result = await this.pool.query("UPDATE run_leases SET heartbeat_at = $3, expires_at = $4 WHERE run_id = $1 AND session = $2", [runId, session, now, now + ttlMs]);
    return result.rowCount === 1;
  }

  async releaseLease(runId: string, session: string): Promise<void> {
    await this.pool.query("DELETE FROM run_leases WHERE run_id = $1 AND session = $2", [runId, session]);
  }

  async getLease(runId: string): Promise<HeldLease | undefined> {
    const row = (await this.pool.query<LeaseRow>("SELECT * FROM run_leases WHERE run_id = $1", [runId])).rows[0];
    return row === undefined ? undefined : heldLeaseFromRow(row);
  }
}
