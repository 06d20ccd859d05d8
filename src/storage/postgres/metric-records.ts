// Run summaries on PostgreSQL: one row per run, the summary as JSON, replaced whole when a run is summarised again.

import type pg from "pg";
import { ConfigError } from "../../core/errors.ts";
import type { MetricRecords } from "../../core/run-store.ts";
import type { StoredRunMetrics } from "../../core/stored-metrics.ts";
import { runMetricsFromRow, runMetricsRow, type RunMetricsRow } from "../run-metrics-rows.ts";
import { storableText } from "./postgres-pool.ts";

const UPSERT = `INSERT INTO run_metrics (run_id, version, run_updated_at, computed_at, summary_json)
  SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM runs WHERE id = $1)
  ON CONFLICT (run_id) DO UPDATE SET version = excluded.version, run_updated_at = excluded.run_updated_at,
    computed_at = excluded.computed_at, summary_json = excluded.summary_json`;

export class PostgresMetricRecords implements MetricRecords {
  constructor(private readonly pool: pg.Pool) {}

  async saveRunMetrics(metrics: StoredRunMetrics): Promise<void> {
    const row = runMetricsRow(metrics);
    // One statement: the run is checked in the same snapshot the row is written in.
    const result = await this.pool.query({ name: "rc-save-run-metrics", text: UPSERT, values: [row.run_id, row.version, row.run_updated_at, row.computed_at, storableText(row.summary_json)] });
    if (result.rowCount === 0) throw new ConfigError(`no stored run "${metrics.runId}"`);
  }

  async getRunMetrics(runId: string): Promise<StoredRunMetrics | undefined> {
    const row = (await this.pool.query<RunMetricsRow>({ name: "rc-run-metrics", text: "SELECT run_id, version, run_updated_at, computed_at, summary_json FROM run_metrics WHERE run_id = $1", values: [runId] })).rows[0];
    return row === undefined ? undefined : runMetricsFromRow(row);
  }
}
