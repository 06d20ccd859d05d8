// A run's stored summary as its run_metrics row and back, for every SQL backend (each keeps its own upsert).

import type { StoredRunMetrics } from "../core/stored-metrics.ts";
import { secretFreeJson } from "./secret-free-json.ts";

export interface RunMetricsRow {
  run_id: string;
  version: number;
  run_updated_at: number;
  computed_at: number;
  summary_json: string;
}

/** A credential in the summary throws here, before anything is written. */
export function runMetricsRow(metrics: StoredRunMetrics): RunMetricsRow {
  const summaryJson = secretFreeJson(metrics.summary, `summary of run ${metrics.runId}`);
  return { run_id: metrics.runId, version: metrics.version, run_updated_at: metrics.runUpdatedAt, computed_at: metrics.computedAt, summary_json: summaryJson };
}

export function runMetricsFromRow(row: RunMetricsRow): StoredRunMetrics {
  return { runId: row.run_id, version: row.version, runUpdatedAt: row.run_updated_at, computedAt: row.computed_at, summary: JSON.parse(row.summary_json) as unknown };
}
