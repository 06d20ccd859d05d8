// Context probes in the SQLite file: one row per probed target, the whole result as JSON.

import type { Database, Statement } from "better-sqlite3";
import type { ProbeRecords } from "../../core/run-store.ts";
import type { StoredContextProbe } from "../../core/stored-probe.ts";
import { probeFromRow, probeParams, type ProbeRow } from "../probe-rows.ts";

export class SqliteProbeRecords implements ProbeRecords {
  private readonly insert: Statement<[ProbeRow]>;
  private readonly byId: Statement<[string], ProbeRow>;
  private readonly newest: Statement<[number], ProbeRow>;
  private readonly ofRun: Statement<[string], ProbeRow>;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO context_probes (id, created_at, target_id, provider, model, simulated, result_json, run_id)
       VALUES (@id, @created_at, @target_id, @provider, @model, @simulated, @result_json, @run_id)`,
    );
    this.byId = db.prepare<[string], ProbeRow>("SELECT * FROM context_probes WHERE id = ?");
    this.newest = db.prepare<[number], ProbeRow>("SELECT * FROM context_probes ORDER BY created_at DESC, id DESC LIMIT ?");
    this.ofRun = db.prepare<[string], ProbeRow>("SELECT * FROM context_probes WHERE run_id = ? ORDER BY created_at DESC, id DESC");
  }

  async recordProbe(probe: StoredContextProbe): Promise<void> {
    this.insert.run(probeParams(probe));
  }

  async getProbe(id: string): Promise<StoredContextProbe | undefined> {
    const row = this.byId.get(id);
    return row === undefined ? undefined : probeFromRow(row);
  }

  async listProbes(limit = 20): Promise<StoredContextProbe[]> {
    return this.newest.all(limit).map(probeFromRow);
  }

  async probesOfRun(runId: string): Promise<StoredContextProbe[]> {
    return this.ofRun.all(runId).map(probeFromRow);
  }
}
