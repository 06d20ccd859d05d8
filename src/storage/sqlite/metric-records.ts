// Run summaries in the SQLite file: one row per run, the summary as JSON, replaced whole when a run is summarised again.

import type { Database, Statement } from "better-sqlite3";
import { ConfigError } from "../../core/errors.ts";
import type { MetricRecords } from "../../core/run-store.ts";
import type { StoredRunMetrics } from "../../core/stored-metrics.ts";
import { runMetricsFromRow, runMetricsRow, type RunMetricsRow } from "../run-metrics-rows.ts";

export class SqliteMetricRecords implements MetricRecords {
  private readonly upsert: Statement<[RunMetricsRow]>;
  private readonly byRun: Statement<[string], RunMetricsRow>;
  private readonly runExists: Statement<[string], { one: number }>;

  constructor(db: Database) {
    // ON CONFLICT ... DO UPDATE reads the same in PostgreSQL.
    this.upsert = db.prepare(
      `INSERT INTO run_metrics (run_id, version, run_updated_at, computed_at, summary_json)
       VALUES (@run_id, @version, @run_updated_at, @computed_at, @summary_json)
       ON CONFLICT (run_id) DO UPDATE SET version = excluded.version, run_updated_at = excluded.run_updated_at,
         computed_at = excluded.computed_at, summary_json = excluded.summary_json`,
    );
    this.byRun = db.prepare<[string], RunMetricsRow>("SELECT * FROM run_metrics WHERE run_id = ?");
    this.runExists = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM runs WHERE id = ?");
  }

  async saveRunMetrics(metrics: StoredRunMetrics): Promise<void> {
    const row = runMetricsRow(metrics);
    if (this.runExists.get(metrics.runId) === undefined) throw new ConfigError(`no stored run "${metrics.runId}"`);
    this.upsert.run(row);
  }

  async getRunMetrics(runId: string): Promise<StoredRunMetrics | undefined> {
    const row = this.byRun.get(runId);
    return row === undefined ? undefined : runMetricsFromRow(row);
  }
}
