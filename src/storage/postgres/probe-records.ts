// Context probes on PostgreSQL: one row per probed target, the whole result as JSON text.

import type pg from "pg";
import type { ProbeRecords } from "../../core/run-store.ts";
import type { StoredContextProbe } from "../../core/stored-probe.ts";
import { probeFromRow, probeParams, type ProbeRow } from "../probe-rows.ts";

export class PostgresProbeRecords implements ProbeRecords {
  constructor(private readonly pool: pg.Pool) {}

  async recordProbe(probe: StoredContextProbe): Promise<void> {
    const r = probeParams(probe);
    await this.pool.query(
      "INSERT INTO context_probes (id, created_at, target_id, provider, model, simulated, result_json, run_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      [r.id, r.created_at, r.target_id, r.provider, r.model, r.simulated, r.result_json, r.run_id],
    );
  }

  async getProbe(id: string): Promise<StoredContextProbe | undefined> {
    const row = (await this.pool.query<ProbeRow>("SELECT * FROM context_probes WHERE id = $1", [id])).rows[0];
    return row === undefined ? undefined : probeFromRow(row);
  }

  async listProbes(limit = 20): Promise<StoredContextProbe[]> {
    return (await this.pool.query<ProbeRow>("SELECT * FROM context_probes ORDER BY created_at DESC, id DESC LIMIT $1", [limit])).rows.map(probeFromRow);
  }

  async probesOfRun(runId: string): Promise<StoredContextProbe[]> {
    return (await this.pool.query<ProbeRow>("SELECT * FROM context_probes WHERE run_id = $1 ORDER BY created_at DESC, id DESC", [runId])).rows.map(probeFromRow);
  }
}
