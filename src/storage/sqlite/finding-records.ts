// Verdicts and pairwise ratings in the SQLite file: a claim set's verdicts one row each (replaced together, in one
// transaction), a task's ratings as one JSON document.

import type { Database, Statement, Transaction } from "better-sqlite3";
import type { Verdict } from "../../core/claim.ts";
import { ConfigError } from "../../core/errors.ts";
import type { FindingRecords, StoredPairwiseRatings, StoredVerdicts } from "../../core/stored-findings.ts";
import { secretFreeJson } from "../secret-free-json.ts";

interface VerdictRow {
  run_id: string;
  claim_set: string;
  position: number;
  claim_id: string;
  target_id: string | null;
  status: string;
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

export class SqliteFindingRecords implements FindingRecords {
  private readonly replaceVerdicts: Transaction<(runId: string, claimSet: string, rows: VerdictRow[]) => void>;
  private readonly verdictsOf: Statement<[string], VerdictRow>;
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
    this.upsertRatings = db.prepare(
      `INSERT INTO run_ratings (run_id, task_id, simulated, computed_at, ratings_json)
       VALUES (@run_id, @task_id, @simulated, @computed_at, @ratings_json)
       ON CONFLICT (run_id, task_id) DO UPDATE SET simulated = excluded.simulated, computed_at = excluded.computed_at, ratings_json = excluded.ratings_json`,
    );
    this.ratingsOf = db.prepare<[string], RatingsRow>("SELECT * FROM run_ratings WHERE run_id = ? ORDER BY task_id");
    this.runExists = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM runs WHERE id = ?");
  }

  async saveVerdicts(stored: StoredVerdicts): Promise<void> {
    const rows = stored.verdicts.map((verdict, position) => ({
      run_id: stored.runId,
      claim_set: stored.claimSet,
      position,
      claim_id: verdict.claim.id,
      target_id: verdict.targetId ?? null,
      status: verdict.status,
      claims_simulated: stored.simulated ? 1 : 0,
      computed_at: stored.computedAt,
      verdict_json: secretFreeJson(verdict, `verdicts of run ${stored.runId}`),
    }));
    this.requireRun(stored.runId);
    this.replaceVerdicts(stored.runId, stored.claimSet, rows);
  }

  async listVerdicts(runId: string): Promise<StoredVerdicts[]> {
    const sets = new Map<string, StoredVerdicts>();
    for (const row of this.verdictsOf.iterate(runId)) {
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
    this.requireRun(stored.runId);
    this.upsertRatings.run({ run_id: stored.runId, task_id: stored.taskId, simulated: stored.simulated ? 1 : 0, computed_at: stored.computedAt, ratings_json: json });
  }

  async listPairwiseRatings(runId: string): Promise<StoredPairwiseRatings[]> {
    return this.ratingsOf.all(runId).map((row) => {
      const { judges, agreements } = JSON.parse(row.ratings_json) as Pick<StoredPairwiseRatings, "judges" | "agreements">;
      return { runId: row.run_id, taskId: row.task_id, simulated: row.simulated === 1, computedAt: row.computed_at, judges, agreements };
    });
  }

  private requireRun(runId: string): void {
    if (this.runExists.get(runId) === undefined) throw new ConfigError(`no stored run "${runId}"`);
  }
}
