// Read-only aggregates behind a run's overview and live view (RunOverviewQueries, without sampleStats and
// heatmapCells, which have files of their own). Each is at most one indexed pass over a run's rows.
// SQLite-specific where noted (the unary `+` index hint).

import type { Database, Statement } from "better-sqlite3";
import { ATTEMPT_ERROR_MESSAGE_CHARS, type AttemptError, type AttemptErrorCount, type RunProgress, type ScoreStats } from "../../core/run-overview.ts";
import type { LeaseRow } from "../lease-rows.ts";
import { attemptErrorCountFromRow, attemptErrorFromRow, runProgressFromRows, type AttemptErrorRow } from "../run-overview-rows.ts";

/** Reads the index of failed attempts (migration 9), not every attempt of the run. */
export const ATTEMPT_ERROR_COUNTS_SQL = "SELECT target_id, error_kind, COUNT(*) AS n FROM attempts WHERE run_id = ? AND error_kind IS NOT NULL GROUP BY target_id, error_kind";

export class RunOverviewSql {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      itemCounts: db.prepare<[string], { task_id: string; n: number }>("SELECT task_id, COUNT(*) AS n FROM items WHERE run_id = ? GROUP BY task_id"),
      scores: db.prepare<[string], ScoreStatsRow>(
        `SELECT task_id, target_id, scorer, label, COUNT(*) AS n, COUNT(value) AS scored, COALESCE(SUM(value), 0) AS total,
           SUM(value IS NOT NULL AND value NOT IN (0, 1)) AS graded
         FROM scores WHERE run_id = ? GROUP BY target_id, task_id, scorer, label`,
      ),
      attemptErrors: db.prepare<[string], { target_id: string; error_kind: string; n: number }>(ATTEMPT_ERROR_COUNTS_SQL),
      // `+run_id` keeps SQLite on the rowid range: new attempts have the highest ids, so polling reads only the tail.
      errorsAfter: db.prepare<[{ run: string; after: number; limit: number }], AttemptErrorRow>(
        `SELECT id, target_id, task_id, item_id, trial, attempt, ended_at, error_kind, substr(error_message, 1, ${ATTEMPT_ERROR_MESSAGE_CHARS}) AS error_message, http_status
         FROM attempts WHERE id > @after AND +run_id = @run AND error_kind IS NOT NULL ORDER BY id LIMIT @limit`,
      ),
      // Newest first by rowid: a recent run's errors are at the tail, so this stops after a few rows.
      latestErrors: db.prepare<[{ run: string; limit: number }], AttemptErrorRow>(
        `SELECT id, target_id, task_id, item_id, trial, attempt, ended_at, error_kind, substr(error_message, 1, ${ATTEMPT_ERROR_MESSAGE_CHARS}) AS error_message, http_status
         FROM attempts WHERE +run_id = @run AND error_kind IS NOT NULL ORDER BY id DESC LIMIT @limit`,
      ),
      lastAttemptId: db.prepare<[], { id: number | null }>("SELECT MAX(id) AS id FROM attempts"),
      status: db.prepare<[string], { status: string; updated_at: number }>("SELECT status, updated_at FROM runs WHERE id = ?"),
      progress: db.prepare<[string], { target_id: string; done: number; errors: number }>(
        "SELECT target_id, SUM(status = 'done') AS done, SUM(status = 'error') AS errors FROM samples WHERE run_id = ? GROUP BY target_id ORDER BY target_id",
      ),
      lease: db.prepare<[string], LeaseRow>("SELECT * FROM run_leases WHERE run_id = ?"),
    } satisfies Record<string, Statement>;
  }

  itemCounts(runId: string): Map<string, number> {
    return new Map(this.s.itemCounts.all(runId).map((r) => [r.task_id, r.n]));
  }

  scoreStats(runId: string): ScoreStats[] {
    const byKey = new Map<string, ScoreStats & { graded: number }>();
    for (const r of this.s.scores.all(runId)) {
      const key = `${r.target_id}\u0000${r.task_id}\u0000${r.scorer}`;
      let stats = byKey.get(key);
      if (!stats) {
        stats = { taskId: r.task_id, targetId: r.target_id, scorer: r.scorer, samples: 0, scored: 0, mean: null, sum: 0, passFail: false, labels: {}, graded: 0 };
        byKey.set(key, stats);
      }
      stats.samples += r.n;
      stats.scored += r.scored;
      stats.sum += r.total;
      stats.graded += r.graded;
      stats.labels[r.label] = r.n;
    }
    return [...byKey.values()].map(({ graded, ...stats }) => ({
      ...stats,
      mean: stats.scored === 0 ? null : stats.sum / stats.scored,
      passFail: stats.scored > 0 && graded === 0,
    }));
  }

  attemptErrorCounts(runId: string): AttemptErrorCount[] {
    return this.s.attemptErrors.all(runId).map(attemptErrorCountFromRow);
  }

  latestAttemptErrors(runId: string, limit: number): AttemptError[] {
    return this.s.latestErrors.all({ run: runId, limit }).map(attemptErrorFromRow);
  }

  attemptErrorsAfter(runId: string, afterId: number, limit: number): AttemptError[] {
    return this.s.errorsAfter.all({ run: runId, after: afterId, limit }).map(attemptErrorFromRow);
  }

  lastAttemptId(): number {
    return this.s.lastAttemptId.get()?.id ?? 0;
  }

  progress(runId: string): RunProgress | undefined {
    const run = this.s.status.get(runId);
    return run === undefined ? undefined : runProgressFromRows(run, this.s.progress.all(runId), this.s.lease.get(runId));
  }
}

interface ScoreStatsRow {
  task_id: string;
  target_id: string;
  scorer: string;
  label: string;
  n: number;
  scored: number;
  total: number;
  graded: number;
}
