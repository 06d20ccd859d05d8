// Context probes in the results database: one row per probed target, the whole result as JSON. Probes are searches,
// not grids of samples, so they live beside runs rather than in them.

import type { Database, Statement } from "better-sqlite3";
import { secretFreeJson } from "./secret-free-json.ts";

export interface StoredContextProbe {
  id: string;
  createdAt: number;
  targetId: string;
  provider: string;
  model: string;
  /** True for the provider simulator: a test double, never a host's result. */
  simulated: boolean;
  /** The probe's result (families/context-probe ContextProbeResult), as written. Must hold no secrets (checked on write). */
  result: unknown;
}

interface ProbeRow {
  id: string;
  created_at: number;
  target_id: string;
  provider: string;
  model: string;
  simulated: number;
  result_json: string;
}

export class ProbeStore {
  private readonly insert: Statement<[ProbeRow]>;
  private readonly byId: Statement<[string], ProbeRow>;
  private readonly newest: Statement<[number], ProbeRow>;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO context_probes (id, created_at, target_id, provider, model, simulated, result_json)
       VALUES (@id, @created_at, @target_id, @provider, @model, @simulated, @result_json)`,
    );
    this.byId = db.prepare<[string], ProbeRow>("SELECT * FROM context_probes WHERE id = ?");
    this.newest = db.prepare<[number], ProbeRow>("SELECT * FROM context_probes ORDER BY created_at DESC, id DESC LIMIT ?");
  }

  /** Recording an id twice violates the primary key and throws. */
  record(probe: StoredContextProbe): void {
    this.insert.run({
      id: probe.id,
      created_at: probe.createdAt,
      target_id: probe.targetId,
      provider: probe.provider,
      model: probe.model,
      simulated: probe.simulated ? 1 : 0,
      result_json: secretFreeJson(probe.result, `context probe ${probe.id}`),
    });
  }

  get(id: string): StoredContextProbe | undefined {
    const row = this.byId.get(id);
    return row === undefined ? undefined : probeFromRow(row);
  }

  /** Newest first. */
  list(limit = 20): StoredContextProbe[] {
    return this.newest.all(limit).map(probeFromRow);
  }
}

function probeFromRow(row: ProbeRow): StoredContextProbe {
  return {
    id: row.id,
    createdAt: row.created_at,
    targetId: row.target_id,
    provider: row.provider,
    model: row.model,
    simulated: row.simulated === 1,
    result: JSON.parse(row.result_json) as unknown,
  };
}
