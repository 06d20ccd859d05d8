// Verdicts and pairwise ratings on PostgreSQL: a claim set's verdicts one row each (replaced together, in one
// transaction), a task's ratings as one JSON document; the run is checked in the statement that writes.

import type pg from "pg";
import type { Verdict } from "../../core/claim.ts";
import { ConfigError } from "../../core/errors.ts";
import type { FindingRecords, StoredPairwiseRatings, StoredVerdicts } from "../../core/stored-findings.ts";
import { secretFreeJson } from "../secret-free-json.ts";
import { storableText } from "./postgres-pool.ts";

interface VerdictRow {
  claim_set: string;
  claims_simulated: number;
  computed_at: number;
  verdict_json: string;
}

interface RatingsRow {
  run_id: string;
  task_id: string;
  simulated: number;
  computed_at: number;
  ratings_json: string;
}

const UPSERT_RATINGS = `INSERT INTO run_ratings (run_id, task_id, simulated, computed_at, ratings_json)
  SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM runs WHERE id = $1)
  ON CONFLICT (run_id, task_id) DO UPDATE SET simulated = excluded.simulated, computed_at = excluded.computed_at, ratings_json = excluded.ratings_json`;

export class PostgresFindingRecords implements FindingRecords {
  constructor(private readonly pool: pg.Pool) {}

  async saveVerdicts(stored: StoredVerdicts): Promise<void> {
    const json = stored.verdicts.map((verdict) => storableText(secretFreeJson(verdict, `verdicts of run ${stored.runId}`)));
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      // Locks the run's row: a run deleted meanwhile cannot leave verdicts behind.
      const run = await client.query("SELECT 1 FROM runs WHERE id = $1 FOR SHARE", [stored.runId]);
      if (run.rowCount === 0) throw new ConfigError(`no stored run "${stored.runId}"`);
      await client.query("DELETE FROM run_verdicts WHERE run_id = $1 AND claim_set = $2", [stored.runId, stored.claimSet]);
      for (const [position, verdict] of stored.verdicts.entries()) {
        await client.query(
          `INSERT INTO run_verdicts (run_id, claim_set, position, claim_id, target_id, status, claims_simulated, computed_at, verdict_json)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [stored.runId, stored.claimSet, position, verdict.claim.id, verdict.targetId ?? null, verdict.status, stored.simulated ? 1 : 0, stored.computedAt, json[position]],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async listVerdicts(runId: string): Promise<StoredVerdicts[]> {
    const rows = await this.pool.query<VerdictRow>("SELECT claim_set, claims_simulated, computed_at, verdict_json FROM run_verdicts WHERE run_id = $1 ORDER BY claim_set, position", [runId]);
    const sets = new Map<string, StoredVerdicts>();
    for (const row of rows.rows) {
      let set = sets.get(row.claim_set);
      if (!set) {
        set = { runId, claimSet: row.claim_set, simulated: row.claims_simulated === 1, computedAt: row.computed_at, verdicts: [] };
        sets.set(row.claim_set, set);
      }
      set.verdicts.push(JSON.parse(row.verdict_json) as Verdict);
    }
    return [...sets.values()];
  }

  async savePairwiseRatings(stored: StoredPairwiseRatings): Promise<void> {
    const json = secretFreeJson({ judges: stored.judges, agreements: stored.agreements }, `pairwise ratings of run ${stored.runId}`);
    const result = await this.pool.query(UPSERT_RATINGS, [stored.runId, stored.taskId, stored.simulated ? 1 : 0, stored.computedAt, storableText(json)]);
    if (result.rowCount === 0) throw new ConfigError(`no stored run "${stored.runId}"`);
  }

  async listPairwiseRatings(runId: string): Promise<StoredPairwiseRatings[]> {
    const rows = await this.pool.query<RatingsRow>("SELECT run_id, task_id, simulated, computed_at, ratings_json FROM run_ratings WHERE run_id = $1 ORDER BY task_id", [runId]);
    return rows.rows.map((row) => {
      const { judges, agreements } = JSON.parse(row.ratings_json) as Pick<StoredPairwiseRatings, "judges" | "agreements">;
      return { runId: row.run_id, taskId: row.task_id, simulated: row.simulated === 1, computedAt: row.computed_at, judges, agreements };
    });
  }
}
