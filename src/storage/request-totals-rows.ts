// A run's request totals assembled from their rows, for every SQL backend: one row per purpose and target from the
// attempts (purpose "sample") and from the requests table, with the samples' cost per target beside them.

import type { RequestPurpose, RequestTotals } from "../core/request.ts";

export interface RequestTotalsRow {
  purpose: string;
  target_id: string;
  sent: number;
  cached: number;
  failed: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
}

/** Sample attempts carry no cost, so theirs is the samples' (`sampleCosts`, per target). Sorted by purpose, then target. */
export function requestTotalsFromRows(rows: readonly RequestTotalsRow[], sampleCosts: readonly { target_id: string; cost_usd: number }[]): RequestTotals[] {
  const costs = new Map(sampleCosts.map((row) => [row.target_id, row.cost_usd]));
  const totals = rows.map((row): RequestTotals => ({
    purpose: row.purpose as RequestPurpose,
    targetId: row.target_id,
    sent: row.sent,
    cached: row.cached,
    failed: row.failed,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    costUsd: row.purpose === "sample" ? (costs.get(row.target_id) ?? 0) : row.cost_usd,
  }));
  return totals.sort((a, b) => (a.purpose === b.purpose ? a.targetId.localeCompare(b.targetId) : a.purpose.localeCompare(b.purpose)));
}
