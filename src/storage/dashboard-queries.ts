// Read-only aggregates behind the dashboard's run page and live view. Each is at most one indexed pass over a run's
// rows (never a load of its samples), so a 100,000-sample run opens in a fraction of a second. Sample counts and
// latencies are in dashboard-queries-stats.ts.
// SQLite-specific where noted (json_extract, the unary `+` index hint); the run store's own SQL stays portable.

import type { Database, Statement } from "better-sqlite3";
import type { ErrorKind } from "../core/errors.ts";

export interface ScoreStats {
  taskId: string;
  targetId: string;
  scorer: string;
  /** Rows for this scorer, unscored included. */
  samples: number;
  /** Rows with a value. */
  scored: number;
  mean: number | null;
  /** Sum of values; with `passFail`, the count of passes (for a Wilson interval). */
  sum: number;
  /** Every value is 0 or 1. */
  passFail: boolean;
  labels: Record<string, number>;
}

export interface ErrorCount {
  targetId: string;
  errorKind: ErrorKind | "unknown";
  /** Samples that ended in this error. */
  samples: number;
  /** Attempts that failed with it (retried or not). */
  attempts: number;
}

export interface AttemptError {
  /** The attempt's row id: the live view asks for errors after the last one it saw. */
  id: number;
  targetId: string;
  taskId: string;
  itemId: string;
  trial: number;
  attempt: number;
  endedAt: number;
  errorKind: string;
  errorMessage: string | null;
  httpStatus: number | null;
}

export interface Progress {
  status: string;
  updatedAt: number;
  done: number;
  errors: number;
  byTarget: { targetId: string; done: number; errors: number }[];
}

export interface Facets {
  outcomes: string[];
  languages: string[];
}

/** Longest error message shipped to the page; full messages are in the transcript. */
const MESSAGE_CHARS = 500;

export class DashboardQueries {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      itemCounts: db.prepare<[string], { task_id: string; n: number }>("SELECT task_id, COUNT(*) AS n FROM items WHERE run_id = ? GROUP BY task_id"),
      scores: db.prepare<[string], ScoreStatsRow>(
        `SELECT task_id, target_id, scorer, label, COUNT(*) AS n, COUNT(value) AS scored, COALESCE(SUM(value), 0) AS total,
           SUM(value IS NOT NULL AND value NOT IN (0, 1)) AS graded
         FROM scores WHERE run_id = ? GROUP BY target_id, task_id, scorer, label`,
      ),
      attemptErrors: db.prepare<[string], { target_id: string; error_kind: string; n: number }>(
        "SELECT target_id, error_kind, COUNT(*) AS n FROM attempts WHERE run_id = ? AND error_kind IS NOT NULL GROUP BY target_id, error_kind",
      ),
      // `+run_id` keeps SQLite on the rowid range: new attempts have the highest ids, so polling reads only the tail.
      errorsAfter: db.prepare<[{ run: string; after: number; limit: number }], AttemptErrorRow>(
        `SELECT id, target_id, task_id, item_id, trial, attempt, ended_at, error_kind, substr(error_message, 1, ${MESSAGE_CHARS}) AS error_message, http_status
         FROM attempts WHERE id > @after AND +run_id = @run AND error_kind IS NOT NULL ORDER BY id LIMIT @limit`,
      ),
      // Newest first by rowid: a recent run's errors are at the tail, so this stops after a few rows.
      latestErrors: db.prepare<[{ run: string; limit: number }], AttemptErrorRow>(
        `SELECT id, target_id, task_id, item_id, trial, attempt, ended_at, error_kind, substr(error_message, 1, ${MESSAGE_CHARS}) AS error_message, http_status
         FROM attempts WHERE +run_id = @run AND error_kind IS NOT NULL ORDER BY id DESC LIMIT @limit`,
      ),
      lastAttemptId: db.prepare<[], { id: number | null }>("SELECT MAX(id) AS id FROM attempts"),
      status: db.prepare<[string], { status: string; updated_at: number }>("SELECT status, updated_at FROM runs WHERE id = ?"),
      progress: db.prepare<[string], { target_id: string; done: number; errors: number }>(
        "SELECT target_id, SUM(status = 'done') AS done, SUM(status = 'error') AS errors FROM samples WHERE run_id = ? GROUP BY target_id",
      ),
      labels: db.prepare<[string], { label: string }>("SELECT DISTINCT label FROM scores WHERE run_id = ? ORDER BY label"),
      errorKinds: db.prepare<[string], { error_kind: string | null }>(
        "SELECT DISTINCT error_kind FROM samples WHERE run_id = ? AND status = 'error' ORDER BY error_kind",
      ),
      languages: db.prepare<[string], { language: string }>(
        "SELECT DISTINCT CAST(json_extract(metadata_json, '$.language') AS TEXT) AS language FROM items WHERE run_id = ? AND json_extract(metadata_json, '$.language') IS NOT NULL ORDER BY language",
      ),
    } satisfies Record<string, Statement>;
  }

  /** Items stored per task: with the trials and targets, how many samples the run expects. */
  itemCounts(runId: string): Map<string, number> {
    return new Map(this.s.itemCounts.all(runId).map((r) => [r.task_id, r.n]));
  }

  /** Per task, target and scorer: how many were scored, the mean value and the label counts. */
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

  /** Error samples (from sampleStats()) and failed attempts per target and error kind. */
  errorCounts(runId: string, errorSamples: { targetId: string; errorKind: string | null; samples: number }[]): ErrorCount[] {
    const byKey = new Map<string, ErrorCount>();
    const entry = (targetId: string, kind: string | null) => {
      const errorKind = (kind ?? "unknown") as ErrorCount["errorKind"];
      const key = `${targetId}\u0000${errorKind}`;
      let count = byKey.get(key);
      if (!count) byKey.set(key, (count = { targetId, errorKind, samples: 0, attempts: 0 }));
      return count;
    };
    for (const e of errorSamples) entry(e.targetId, e.errorKind).samples += e.samples;
    for (const r of this.s.attemptErrors.all(runId)) entry(r.target_id, r.error_kind).attempts += r.n;
    return [...byKey.values()].sort((a, b) => a.targetId.localeCompare(b.targetId) || b.samples - a.samples || b.attempts - a.attempts || a.errorKind.localeCompare(b.errorKind));
  }

  /** The newest failed attempts, newest first. */
  latestErrors(runId: string, limit: number): AttemptError[] {
    return this.s.latestErrors.all({ run: runId, limit }).map(attemptErrorFromRow);
  }

  /** Failed attempts recorded after attempt row `afterId`, oldest first. */
  errorsAfter(runId: string, afterId: number, limit: number): AttemptError[] {
    return this.s.errorsAfter.all({ run: runId, after: afterId, limit }).map(attemptErrorFromRow);
  }

  /** The newest attempt row of any run: a live view asks for errors after it. */
  lastAttemptId(): number {
    return this.s.lastAttemptId.get()?.id ?? 0;
  }

  /** Undefined when the run does not exist. */
  progress(runId: string): Progress | undefined {
    const run = this.s.status.get(runId);
    if (run === undefined) return undefined;
    const byTarget = this.s.progress.all(runId).map((r) => ({ targetId: r.target_id, done: r.done, errors: r.errors }));
    return {
      status: run.status,
      updatedAt: run.updated_at,
      done: byTarget.reduce((sum, t) => sum + t.done, 0),
      errors: byTarget.reduce((sum, t) => sum + t.errors, 0),
      byTarget,
    };
  }

  /** The values the transcript filters offer: score labels and error outcomes, and item languages. */
  facets(runId: string): Facets {
    const errors = this.s.errorKinds.all(runId).map((r) => `error:${r.error_kind ?? "unknown"}`);
    return {
      outcomes: [...this.s.labels.all(runId).map((r) => r.label), ...(errors.length > 0 ? ["error", ...errors] : [])],
      languages: this.s.languages.all(runId).map((r) => r.language),
    };
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

interface AttemptErrorRow {
  id: number;
  target_id: string;
  task_id: string;
  item_id: string;
  trial: number;
  attempt: number;
  ended_at: number;
  error_kind: string;
  error_message: string | null;
  http_status: number | null;
}

function attemptErrorFromRow(r: AttemptErrorRow): AttemptError {
  return {
    id: r.id,
    targetId: r.target_id,
    taskId: r.task_id,
    itemId: r.item_id,
    trial: r.trial,
    attempt: r.attempt,
    endedAt: r.ended_at,
    errorKind: r.error_kind,
    errorMessage: r.error_message,
    httpStatus: r.http_status,
  };
}
