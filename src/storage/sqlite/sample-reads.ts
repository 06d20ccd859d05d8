// A run's finished samples read back: streamed in key order a page at a time (keyset pagination on the primary key,
// so no cursor stays open between pages and writes may go on meanwhile), and the keys and counts resume needs.

import type { Database, Statement } from "better-sqlite3";
import type { AttemptRecord } from "../../core/attempt.ts";
import type { ErrorKind } from "../../core/errors.ts";
import type { Metadata } from "../../core/item.ts";
import type { Score } from "../../core/score.ts";
import type { SampleRecords, SampleState } from "../../core/run-store.ts";
import { sampleKeyString, type SampleKey } from "../../core/sample.ts";
import type { SampleCount, SampleFilter, StoredSample } from "../../core/stored-run.ts";
import {
  attemptFromRow,
  itemFromRow,
  keyFromRow,
  keyParams,
  sampleFromRow,
  scoreFromRow,
  turnFromRow,
  type AttemptRow,
  type ItemRow,
  type KeyRow,
  type SampleRow,
  type ScoreRow,
  type TurnRow,
} from "../stored-rows.ts";

/** Samples read per query: large enough to amortise the query, small enough that memory stays flat. */
export const SAMPLE_PAGE_ROWS = 500;

const KEY_WHERE = "run_id = @run_id AND target_id = @target_id AND task_id = @task_id AND item_id = @item_id AND trial = @trial";
const KEY_ORDER = "s.target_id, s.task_id, s.item_id, s.trial";

type Params = Record<string, string | number | null>;

export class SampleReads implements Omit<SampleRecords, "writeBatch"> {
  private readonly db: Database;
  private readonly pageQueries = new Map<string, PageQuery>();
  private readonly s;

  constructor(db: Database) {
    this.db = db;
    this.s = {
      turnsFor: db.prepare<[KeyRow], TurnRow>(`SELECT * FROM sample_turns WHERE ${KEY_WHERE} ORDER BY turn`),
      sampleKeys: db.prepare<[string], KeyRow>("SELECT run_id, target_id, task_id, item_id, trial FROM samples WHERE run_id = ?"),
      errored: db.prepare<[string], KeyRow & { error_kind: string | null }>(
        "SELECT run_id, target_id, task_id, item_id, trial, error_kind FROM samples WHERE run_id = ? AND status = 'error'",
      ),
      lastAttempts: db.prepare<[string], KeyRow & { attempt: number }>(
        "SELECT run_id, target_id, task_id, item_id, trial, MAX(attempt) AS attempt FROM attempts WHERE run_id = ? GROUP BY run_id, target_id, task_id, item_id, trial",
      ),
      sampleCounts: db.prepare<[string], { target_id: string; task_id: string; done: number; errors: number }>(
        "SELECT target_id, task_id, SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done, SUM(CASE WHEN status = 'error' THEN 1 ELSE 0 END) AS errors FROM samples WHERE run_id = ? GROUP BY run_id, target_id, task_id ORDER BY target_id, task_id",
      ),
      attemptsFor: db.prepare<[KeyRow], AttemptRow>(`SELECT * FROM attempts WHERE ${KEY_WHERE} ORDER BY attempt`),
      finished: db.prepare<[KeyRow], { n: number }>(`SELECT COUNT(*) AS n FROM samples WHERE ${KEY_WHERE}`),
      lastAttempt: db.prepare<[KeyRow], { attempt: number | null }>(`SELECT MAX(attempt) AS attempt FROM attempts WHERE ${KEY_WHERE}`),
      countAttempts: db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM attempts WHERE run_id = ?"),
      preparation: db.prepare<[{ run_id: string; target_id: string; task_id: string }], { data_json: string }>(
        "SELECT data_json FROM task_preparations WHERE run_id = @run_id AND target_id = @target_id AND task_id = @task_id",
      ),
    } satisfies Record<string, Statement>;
  }

  async *samples(runId: string, filter: SampleFilter = {}): AsyncGenerator<StoredSample> {
    const params: Params = { runId, targetId: filter.targetId ?? null, taskId: filter.taskId ?? null, status: filter.status ?? null, limit: SAMPLE_PAGE_ROWS };
    let after: SampleKey | undefined;
    for (;;) {
      const query = this.pageQuery(filter, after !== undefined);
      const pageParams = after ? { ...params, aTarget: after.targetId, aTask: after.taskId, aItem: after.itemId, aTrial: after.trial } : params;
      const rows = query.samples.all(pageParams);
      const scores = groupByKey(query.scores.all(pageParams));
      for (const row of rows) yield this.sampleOf(runId, row, scores.get(rowKey(row)) ?? []);
      const last = rows.at(-1);
      if (last === undefined || rows.length < SAMPLE_PAGE_ROWS) return;
      after = keyFromRow(last);
    }
  }

  async finishedSampleKeys(runId: string): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const row of this.s.sampleKeys.iterate(runId)) keys.add(sampleKeyString(keyFromRow(row)));
    return keys;
  }

  async erroredSamples(runId: string): Promise<Map<string, ErrorKind | null>> {
    const errored = new Map<string, ErrorKind | null>();
    for (const row of this.s.errored.iterate(runId)) errored.set(sampleKeyString(keyFromRow(row)), row.error_kind as ErrorKind | null);
    return errored;
  }

  async sampleState(runId: string, key: SampleKey): Promise<SampleState> {
    const params = keyParams(runId, key);
    return { finished: (this.s.finished.get(params)?.n ?? 0) > 0, lastAttempt: this.s.lastAttempt.get(params)?.attempt ?? 0 };
  }

  async lastAttemptNumbers(runId: string): Promise<Map<string, number>> {
    const last = new Map<string, number>();
    for (const row of this.s.lastAttempts.iterate(runId)) last.set(sampleKeyString(keyFromRow(row)), row.attempt);
    return last;
  }

  async countSamples(runId: string): Promise<SampleCount[]> {
    return this.s.sampleCounts.all(runId).map((r) => ({ targetId: r.target_id, taskId: r.task_id, done: r.done, errors: r.errors }));
  }

  async attemptsFor(runId: string, key: SampleKey): Promise<AttemptRecord[]> {
    return this.s.attemptsFor.all(keyParams(runId, key)).map(attemptFromRow);
  }

  async countAttempts(runId: string): Promise<number> {
    return this.s.countAttempts.get(runId)?.n ?? 0;
  }

  async getPreparation(runId: string, targetId: string, taskId: string): Promise<Metadata | undefined> {
    const row = this.s.preparation.get({ run_id: runId, target_id: targetId, task_id: taskId });
    return row === undefined ? undefined : (JSON.parse(row.data_json) as Metadata);
  }

  private sampleOf(runId: string, row: SampleRow & ItemRow, scores: Score[]): StoredSample {
    const sample = sampleFromRow(row, scores, itemFromRow(row));
    if (row.follow_ups_json !== null) sample.turns = this.s.turnsFor.all(keyParams(runId, keyFromRow(row))).map(turnFromRow);
    return sample;
  }

  /**
   * The page's samples, and the scores of the same page in one more query (the page's keys joined to scores inside
   * SQLite), rather than one query per sample. One pair per filter combination and page position, prepared once.
   */
  private pageQuery(filter: SampleFilter, afterKey: boolean): PageQuery {
    const where = ["s.run_id = @runId"];
    if (filter.targetId !== undefined) where.push("s.target_id = @targetId");
    if (filter.taskId !== undefined) where.push("s.task_id = @taskId");
    if (filter.status !== undefined) where.push("s.status = @status");
    // A row-value comparison, which SQLite answers as a range on the primary key.
    if (afterKey) where.push(`(${KEY_ORDER}) > (@aTarget, @aTask, @aItem, @aTrial)`);
    const conditions = where.join(" AND ");
    let query = this.pageQueries.get(conditions);
    if (!query) {
      query = {
        samples: this.db.prepare(
          `SELECT s.*, i.input, i.expected_json, i.choices_json, i.messages_json, i.metadata_json, i.follow_ups_json
           FROM samples s JOIN items i ON i.run_id = s.run_id AND i.task_id = s.task_id AND i.item_id = s.item_id
           WHERE ${conditions} ORDER BY ${KEY_ORDER} LIMIT @limit`,
        ),
        scores: this.db.prepare(
          `WITH page AS (SELECT s.run_id, s.target_id, s.task_id, s.item_id, s.trial FROM samples s WHERE ${conditions} ORDER BY ${KEY_ORDER} LIMIT @limit)
           SELECT sc.* FROM page p JOIN scores sc ON sc.run_id = p.run_id AND sc.target_id = p.target_id AND sc.task_id = p.task_id
             AND sc.item_id = p.item_id AND sc.trial = p.trial
           ORDER BY sc.target_id, sc.task_id, sc.item_id, sc.trial, sc.position`,
        ),
      };
      this.pageQueries.set(conditions, query);
    }
    return query;
  }
}

interface PageQuery {
  samples: Statement<[Params], SampleRow & ItemRow>;
  scores: Statement<[Params], ScoreRow>;
}

function rowKey(row: KeyRow): string {
  return sampleKeyString(keyFromRow(row));
}

/** Scores by sample, each sample's in the order they were given. */
function groupByKey(rows: readonly ScoreRow[]): Map<string, Score[]> {
  const byKey = new Map<string, Score[]>();
  for (const row of rows) {
    const key = rowKey(row);
    let scores = byKey.get(key);
    if (!scores) byKey.set(key, (scores = []));
    scores.push(scoreFromRow(row));
  }
  return byKey;
}
