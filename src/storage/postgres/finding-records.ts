// Verdicts and pairwise ratings on PostgreSQL: a claim set's verdicts one row each (replaced together, in one
// transaction), a task's ratings as one JSON document; the run is checked in the statement that writes.

import type pg from "pg";
import { zeroVerdictCounts, type VerdictStatus } from "../../core/claim.ts";
import { ConfigError } from "../../core/errors.ts";
import type { FindingRecords, StoredPairwiseRatings, StoredVerdicts } from "../../core/stored-findings.ts";
import { ratingsFromRow, ratingsRow, verdictRows, verdictSetsFromRows, type RatingsRow, type VerdictRow } from "../finding-rows.ts";
import { storableText } from "./postgres-pool.ts";

const UPSERT_RATINGS = `INSERT INTO run_ratings (run_id, task_id, simulated, computed_at, ratings_json)
  SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM runs WHERE id = $1)
  ON CONFLICT (run_id, task_id) DO UPDATE SET simulated = excluded.simulated, computed_at = excluded.computed_at, ratings_json = excluded.ratings_json`;

export class PostgresFindingRecords implements FindingRecords {
  constructor(private readonly pool: pg.Pool) {}

  async saveVerdicts(stored: StoredVerdicts): Promise<void> {
    const rows = verdictRows(stored);
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      // Locks the run's row: a run deleted meanwhile cannot leave verdicts behind.
      const run = await client.query("SELECT 1 FROM runs WHERE id = $1 FOR SHARE", [stored.runId]);
      if (run.rowCount === 0) throw new ConfigError(`no stored run "${stored.runId}"`);
      await client.query("DELETE FROM run_verdicts WHERE run_id = $1 AND claim_set = $2", [stored.runId, stored.claimSet]);
      for (const r of rows) {
        await client.query(
          `INSERT INTO run_verdicts (run_id, claim_set, position, claim_id, target_id, status, claims_simulated, computed_at, verdict_json)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [r.run_id, r.claim_set, r.position, r.claim_id, r.target_id, r.status, r.claims_simulated, r.computed_at, storableText(r.verdict_json)],
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
    return verdictSetsFromRows(runId, rows.rows);
  }

  async countVerdicts(runId: string): Promise<Record<VerdictStatus, number>> {
    const rows = await this.pool.query<{ status: VerdictStatus; n: number }>("SELECT status, COUNT(*) AS n FROM run_verdicts WHERE run_id = $1 GROUP BY status", [runId]);
    const counts = zeroVerdictCounts();
    for (const row of rows.rows) counts[row.status] = row.n;
    return counts;
  }

  async savePairwiseRatings(stored: StoredPairwiseRatings): Promise<void> {
    const row = ratingsRow(stored);
    const result = await this.pool.query(UPSERT_RATINGS, [row.run_id, row.task_id, row.simulated, row.computed_at, storableText(row.ratings_json)]);
    if (result.rowCount === 0) throw new ConfigError(`no stored run "${stored.runId}"`);
  }

  async listPairwiseRatings(runId: string): Promise<StoredPairwiseRatings[]> {
    const rows = await this.pool.query<RatingsRow>("SELECT run_id, task_id, simulated, computed_at, ratings_json FROM run_ratings WHERE run_id = $1 ORDER BY task_id", [runId]);
    return rows.rows.map(ratingsFromRow);
  }
}
