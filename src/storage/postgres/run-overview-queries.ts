// The dashboard's aggregates on PostgreSQL (RunOverviewQueries): each one statement over a run's rows, percentiles
// included (percentile_disc is the nearest rank the run summary uses), so the server does the counting.

import type pg from "pg";
import type { TaskMatrix } from "../../core/task-matrix.ts";
import type { LeaseRow } from "../lease-rows.ts";
import { attemptErrorCountFromRow, attemptErrorFromRow, heatmapCellFromRow, runProgressFromRows, type AttemptErrorRow, type HeatmapCellRow } from "../run-overview-rows.ts";
import { heatmapCellsSql } from "../heatmap-cells-sql.ts";
import { readTaskMatrix } from "./task-matrix-query.ts";
import {
  ATTEMPT_ERROR_MESSAGE_CHARS,
  type AttemptError,
  type AttemptErrorCount,
  type HeatmapCellCount,
  type RunOverviewQueries,
  type RunProgress,
  type SampleStats,
  type ScoreStats,
} from "../../core/run-overview.ts";

const ERROR_COLUMNS = `id, target_id, task_id, item_id, trial, attempt, ended_at, error_kind, substr(error_message, 1, ${ATTEMPT_ERROR_MESSAGE_CHARS}) AS error_message, http_status`;

const CELLS_SQL = heatmapCellsSql({ field: (name) => `i.metadata_json::json ->> '${name}'`, run: "$1", family: "$2", scorer: "$3" });

export class PostgresRunOverview implements RunOverviewQueries {
  constructor(private readonly pool: pg.Pool) {}

  taskMatrix(runId: string, taskId: string): Promise<TaskMatrix> {
    return readTaskMatrix(this.pool, runId, taskId);
  }

  async sampleStats(runId: string): Promise<SampleStats> {
    const [counts, errors, percentiles] = await Promise.all([
      this.pool.query<{ task_id: string; target_id: string; done: number; errors: number; from_cache: number; input_tokens: number; output_tokens: number; cost_usd: number; latency: number | null }>(
        `SELECT task_id, target_id, COUNT(*) FILTER (WHERE status <> 'error') AS done, COUNT(*) FILTER (WHERE status = 'error') AS errors,
           COUNT(*) FILTER (WHERE from_cache = 1) AS from_cache, COALESCE(SUM(input_tokens), 0) AS input_tokens, COALESCE(SUM(output_tokens), 0) AS output_tokens,
           COALESCE(SUM(cost_usd), 0) AS cost_usd, AVG(latency_ms) FILTER (WHERE from_cache = 0) AS latency
         FROM samples WHERE run_id = $1 GROUP BY target_id, task_id ORDER BY target_id, task_id`,
        [runId],
      ),
      this.pool.query<{ target_id: string; error_kind: string | null; n: number }>(
        "SELECT target_id, error_kind, COUNT(*) AS n FROM samples WHERE run_id = $1 AND status = 'error' GROUP BY target_id, error_kind ORDER BY target_id, error_kind",
        [runId],
      ),
      this.pool.query<{ target_id: string; p50: number | null; p95: number | null; ttft: number | null }>(
        `SELECT target_id, percentile_disc(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
           percentile_disc(0.5) WITHIN GROUP (ORDER BY ttft_ms) AS ttft
         FROM samples WHERE run_id = $1 AND from_cache = 0 GROUP BY target_id`,
        [runId],
      ),
    ]);
    return {
      counts: counts.rows.map((r) => ({
        taskId: r.task_id,
        targetId: r.target_id,
        done: r.done,
        errors: r.errors,
        fromCache: r.from_cache,
        inputTokens: r.input_tokens,
        outputTokens: r.output_tokens,
        costUsd: r.cost_usd,
        latencyMsMean: r.latency,
      })),
      errorSamples: errors.rows.map((r) => ({ targetId: r.target_id, errorKind: r.error_kind, samples: r.n })),
      percentiles: new Map(percentiles.rows.map((r) => [r.target_id, { targetId: r.target_id, latencyMsP50: r.p50, latencyMsP95: r.p95, ttftMsP50: r.ttft }])),
    };
  }

  async itemCounts(runId: string): Promise<Map<string, number>> {
    const rows = await this.pool.query<{ task_id: string; n: number }>("SELECT task_id, COUNT(*) AS n FROM items WHERE run_id = $1 GROUP BY task_id", [runId]);
    return new Map(rows.rows.map((r) => [r.task_id, r.n]));
  }

  async scoreStats(runId: string): Promise<ScoreStats[]> {
    const rows = await this.pool.query<{ task_id: string; target_id: string; scorer: string; samples: number; scored: number; total: number; graded: number; labels: Record<string, number> }>(
      `SELECT task_id, target_id, scorer, SUM(n) AS samples, SUM(scored) AS scored, SUM(total) AS total, SUM(graded) AS graded, json_object_agg(label, n) AS labels
       FROM (SELECT task_id, target_id, scorer, label, COUNT(*) AS n, COUNT(value) AS scored, COALESCE(SUM(value), 0) AS total,
               COUNT(*) FILTER (WHERE value IS NOT NULL AND value NOT IN (0, 1)) AS graded
             FROM scores WHERE run_id = $1 GROUP BY target_id, task_id, scorer, label) per_label
       GROUP BY target_id, task_id, scorer ORDER BY target_id, task_id, scorer`,
      [runId],
    );
    return rows.rows.map((r) => ({
      taskId: r.task_id,
      targetId: r.target_id,
      scorer: r.scorer,
      samples: r.samples,
      scored: r.scored,
      mean: r.scored === 0 ? null : r.total / r.scored,
      sum: r.total,
      passFail: r.scored > 0 && r.graded === 0,
      labels: r.labels,
    }));
  }

  async attemptErrorCounts(runId: string): Promise<AttemptErrorCount[]> {
    const rows = await this.pool.query<{ target_id: string; error_kind: string; n: number }>(
      "SELECT target_id, error_kind, COUNT(*) AS n FROM attempts WHERE run_id = $1 AND error_kind IS NOT NULL GROUP BY target_id, error_kind",
      [runId],
    );
    return rows.rows.map(attemptErrorCountFromRow);
  }

  async latestAttemptErrors(runId: string, limit: number): Promise<AttemptError[]> {
    const rows = await this.pool.query<AttemptErrorRow>(`SELECT ${ERROR_COLUMNS} FROM attempts WHERE run_id = $1 AND error_kind IS NOT NULL ORDER BY id DESC LIMIT $2`, [runId, limit]);
    return rows.rows.map(attemptErrorFromRow);
  }

  async attemptErrorsAfter(runId: string, afterId: number, limit: number): Promise<AttemptError[]> {
    const rows = await this.pool.query<AttemptErrorRow>(`SELECT ${ERROR_COLUMNS} FROM attempts WHERE id > $2 AND run_id = $1 AND error_kind IS NOT NULL ORDER BY id LIMIT $3`, [
      runId,
      afterId,
      limit,
    ]);
    return rows.rows.map(attemptErrorFromRow);
  }

  async lastAttemptId(): Promise<number> {
    return (await this.pool.query<{ id: number | null }>("SELECT MAX(id) AS id FROM attempts")).rows[0]?.id ?? 0;
  }

  async progress(runId: string): Promise<RunProgress | undefined> {
    const [run, lease, targets] = await Promise.all([
      this.pool.query<{ status: string; updated_at: number }>("SELECT status, updated_at FROM runs WHERE id = $1", [runId]),
      this.pool.query<LeaseRow>("SELECT * FROM run_leases WHERE run_id = $1", [runId]),
      this.pool.query<{ target_id: string; done: number; errors: number }>(
        "SELECT target_id, COUNT(*) FILTER (WHERE status = 'done') AS done, COUNT(*) FILTER (WHERE status = 'error') AS errors FROM samples WHERE run_id = $1 GROUP BY target_id ORDER BY target_id",
        [runId],
      ),
    ]);
    const row = run.rows[0];
    return row === undefined ? undefined : runProgressFromRows(row, targets.rows, lease.rows[0]);
  }

  async heatmapCells(runId: string, cells: { family: string; scorer: string }): Promise<HeatmapCellCount[]> {
    const rows = await this.pool.query<HeatmapCellRow>(CELLS_SQL, [runId, cells.family, cells.scorer]);
    return rows.rows.map(heatmapCellFromRow);
  }
}
