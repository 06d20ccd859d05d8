// Verdicts and pairwise ratings in the SQLite file: a claim set's verdicts one row each (replaced together, in one
// transaction), a task's ratings as one JSON document.

import type { Database, Statement, Transaction } from "better-sqlite3";
import { zeroVerdictCounts, type VerdictStatus } from "../../core/claim.ts";
import { ConfigError } from "../../core/errors.ts";
import type { FindingRecords, StoredPairwiseRatings, StoredVerdicts } from "../../core/stored-findings.ts";
import { ratingsFromRow, ratingsRow, verdictRows, verdictSetsFromRows, type RatingsRow, type VerdictRow } from "../finding-rows.ts";

export class SqliteFindingRecords implements FindingRecords {
  private readonly replaceVerdicts: Transaction<(runId: string, claimSet: string, rows: VerdictRow[]) => void>;
  private readonly verdictsOf: Statement<[string], VerdictRow>;
  private readonly verdictStatuses: Statement<[string], { status: VerdictStatus; n: number }>;
  private readonly upsertRatings: Statement<[RatingsRow]>;
  private readonly ratingsOf: Statement<[string], RatingsRow>;
  private readonly runExists: Statement<[string], { one: number }>;

  constructor(db: Database) {
    const remove = db.prepare<[string, string]>("DELETE FROM run_verdicts WHERE run_id = ? AND claim_set = ?");
    const insert = db.prepare<[VerdictRow]>(
      `INSERT INTO run_verdicts (run_id, claim_set, position, claim_id, target_id, status, claims_simulated, computed_at, verdict_json)
       VALUES (@run_id, @claim_set, @position, @claim_id, @target_id, @status, @claims_simulated, @computed_at, @verdict_json)`,
    );
    this.replaceVerdicts = db.transaction((runId: string, claimSet: string, rows: VerdictRow[]) => {
      remove.run(runId, claimSet);
      for (const row of rows) insert.run(row);
    });
    this.verdictsOf = db.prepare<[string], VerdictRow>("SELECT * FROM run_verdicts WHERE run_id = ? ORDER BY claim_set, position");
    this.verdictStatuses = db.prepare<[string], { status: VerdictStatus; n: number }>("SELECT status, COUNT(*) AS n FROM run_verdicts WHERE run_id = ? GROUP BY status");
    this.upsertRatings = db.prepare(
      `INSERT INTO run_ratings (run_id, task_id, simulated, computed_at, ratings_json)
       VALUES (@run_id, @task_id, @simulated, @computed_at, @ratings_json)
       ON CONFLICT (run_id, task_id) DO UPDATE SET simulated = excluded.simulated, computed_at = excluded.computed_at, ratings_json = excluded.ratings_json`,
    );
    this.ratingsOf = db.prepare<[string], RatingsRow>("SELECT * FROM run_ratings WHERE run_id = ? ORDER BY task_id");
    this.runExists = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM runs WHERE id = ?");
  }

  async saveVerdicts(stored: StoredVerdicts): Promise<void> {
    const rows = verdictRows(stored);
    this.requireRun(stored.runId);
    this.replaceVerdicts(stored.runId, stored.claimSet, rows);
  }

  async listVerdicts(runId: string): Promise<StoredVerdicts[]> {
    return verdictSetsFromRows(runId, this.verdictsOf.iterate(runId));
  }

  async countVerdicts(runId: string): Promise<Record<VerdictStatus, number>> {
    const counts = zeroVerdictCounts();
    for (const row of this.verdictStatuses.all(runId)) counts[row.status] = row.n;
    return counts;
  }

  async savePairwiseRatings(stored: StoredPairwiseRatings): Promise<void> {
    const row = ratingsRow(stored);
    this.requireRun(stored.runId);
    this.upsertRatings.run(row);
  }

  async listPairwiseRatings(runId: string): Promise<StoredPairwiseRatings[]> {
    return this.ratingsOf.all(runId).map(ratingsFromRow);
  }

  private requireRun(runId: string): void {
    if (this.runExists.get(runId) === undefined) throw new ConfigError(`no stored run "${runId}"`);
  }
}
