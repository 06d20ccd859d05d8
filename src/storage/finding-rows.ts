// A run's findings as table rows and back, for every SQL backend: a claim set's verdicts one row each (in decision
// order, each verdict whole as JSON), a task's pairwise ratings as one JSON document. Each backend keeps its own SQL.

import type { Verdict } from "../core/claim.ts";
import type { StoredPairwiseRatings, StoredVerdicts } from "../core/stored-findings.ts";
import { secretFreeJson } from "./secret-free-json.ts";

export interface VerdictRow {
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

export interface RatingsRow {
  run_id: string;
  task_id: string;
  simulated: number;
  computed_at: number;
  ratings_json: string;
}

/** A credential in any verdict throws here, before anything is written. */
export function verdictRows(stored: StoredVerdicts): VerdictRow[] {
  return stored.verdicts.map((verdict, position) => ({
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
}

/** Rows in claim-set, then position order, gathered into one StoredVerdicts per claim set. */
export function verdictSetsFromRows(runId: string, rows: Iterable<Pick<VerdictRow, "claim_set" | "claims_simulated" | "computed_at" | "verdict_json">>): StoredVerdicts[] {
  const sets = new Map<string, StoredVerdicts>();
  for (const row of rows) {
    let set = sets.get(row.claim_set);
    if (!set) {
      set = { runId, claimSet: row.claim_set, simulated: row.claims_simulated === 1, computedAt: row.computed_at, verdicts: [] };
      sets.set(row.claim_set, set);
    }
    set.verdicts.push(JSON.parse(row.verdict_json) as Verdict);
  }
  return [...sets.values()];
}

/** A credential in the ratings throws here, before anything is written. */
export function ratingsRow(stored: StoredPairwiseRatings): RatingsRow {
  const json = secretFreeJson({ judges: stored.judges, agreements: stored.agreements }, `pairwise ratings of run ${stored.runId}`);
  return { run_id: stored.runId, task_id: stored.taskId, simulated: stored.simulated ? 1 : 0, computed_at: stored.computedAt, ratings_json: json };
}

export function ratingsFromRow(row: RatingsRow): StoredPairwiseRatings {
  const { judges, agreements } = JSON.parse(row.ratings_json) as Pick<StoredPairwiseRatings, "judges" | "agreements">;
  return { runId: row.run_id, taskId: row.task_id, simulated: row.simulated === 1, computedAt: row.computed_at, judges, agreements };
}
