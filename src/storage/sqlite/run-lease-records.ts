// Run leases in the SQLite file: a claim is one INSERT ... ON CONFLICT DO UPDATE ... WHERE, so of two processes
// claiming at once (each write takes the database's lock) exactly one changes the row; the other reads who holds it.

import type { Database, Statement } from "better-sqlite3";
import type { HeldLease, LeaseClaim, LeaseHolder, RunLeases } from "../../core/run-lease.ts";
import { heldLeaseFromRow, type LeaseRow } from "../lease-rows.ts";

export class SqliteRunLeases implements RunLeases {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      claim: db.prepare(
        `INSERT INTO run_leases (run_id, session, pid, host, acquired_at, heartbeat_at, expires_at)
         VALUES (@run_id, @session, @pid, @host, @now, @now, @expires_at)
         ON CONFLICT (run_id) DO UPDATE SET session = excluded.session, pid = excluded.pid, host = excluded.host,
           acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at
         WHERE run_leases.expires_at <= @now OR run_leases.session = @session OR run_leases.session = @take_over`,
      ),
      renew: db.prepare("UPDATE run_leases SET heartbeat_at = @now, expires_at = @expires_at WHERE run_id = @run_id AND session = @session"),
      release: db.prepare<[string, string]>("DELETE FROM run_leases WHERE run_id = ? AND session = ?"),
      lease: db.prepare<[string], LeaseRow>("SELECT * FROM run_leases WHERE run_id = ?"),
    } satisfies Record<string, Statement>;
  }

  async acquireLease(runId: string, claim: LeaseHolder & { session: string }, now: number, ttlMs: number, takeOver?: string): Promise<LeaseClaim> {
    const params = { run_id: runId, session: claim.session, pid: claim.pid, host: claim.host, now, expires_at: now + ttlMs, take_over: takeOver ?? null };
    if (this.s.claim.run(params).changes === 1) return { acquired: true };
    return { acquired: false, holder: heldLeaseFromRow(this.s.lease.get(runId)!) };
  }

  async renewLease(runId: string, session: string, now: number, ttlMs: number): Promise<boolean> {
    return this.s.renew.run({ run_id: runId, session, now, expires_at: now + ttlMs }).changes === 1;
  }

  async releaseLease(runId: string, session: string): Promise<void> {
    this.s.release.run(runId, session);
  }

  async getLease(runId: string): Promise<HeldLease | undefined> {
    const row = this.s.lease.get(runId);
    return row === undefined ? undefined : heldLeaseFromRow(row);
  }
}
