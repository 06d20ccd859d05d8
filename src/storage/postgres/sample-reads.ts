// A run's finished samples read back from PostgreSQL: streamed in key order a page at a time (keyset pagination on the
// primary key, so no cursor or connection is held between pages), and the keys and counts resume needs.

import type pg from "pg";
import type { AttemptRecord } from "../../core/attempt.ts";
import type { ErrorKind } from "../../core/errors.ts";
import type { Metadata } from "../../core/item.ts";
import type { SampleRecords, SampleState } from "../../core/run-store.ts";
import { sampleKeyString, type SampleKey } from "../../core/sample.ts";
import type { Score } from "../../core/score.ts";
import type { SampleCount, SampleFilter, StoredSample } from "../../core/stored-run.ts";
import { attemptFromRow, itemFromRow, keyFromRow, sampleFromRow, scoreFromRow, turnFromRow, type AttemptRow, type ItemRow, type KeyRow, type SampleRow, type ScoreRow, type TurnRow } from "../stored-rows.ts";
import { Params } from "./postgres-pool.ts";

/** Samples read per query: large enough to amortise the round trip, small enough that memory stays flat. */
export const SAMPLE_PAGE_ROWS = 500;

const KEY_WHERE = "run_id = $1 AND target_id = $2 AND task_id = $3 AND item_id = $4 AND trial = $5";
const KEY_ORDER = "s.target_id, s.task_id, s.item_id, s.trial";

export function keyValues(runId: string, key: SampleKey): unknown[] {
  return [runId, key.targetId, key.taskId, key.itemId, key.trial];
}

export class PostgresSampleReads implements Omit<SampleRecords, "writeBatch"> {
  constructor(private readonly pool: pg.Pool) {}

  async *samples(runId: string, filter: SampleFilter = {}): AsyncGenerator<StoredSample> {
    let after: SampleKey | undefined;
    for (;;) {
      const params = new Params();
      const where = [`s.run_id = ${params.add(runId)}`];
      if (filter.targetId !== undefined) where.push(`s.target_id = ${params.add(filter.targetId)}`);
      if (filter.taskId !== undefined) where.push(`s.task_id = ${params.add(filter.taskId)}`);
      if (filter.status !== undefined) where.push(`s.status = ${params.add(filter.status)}`);
      if (after) where.push(`(${KEY_ORDER}) > (${params.add(after.targetId)}, ${params.add(after.taskId)}, ${params.add(after.itemId)}, ${params.add(after.trial)})`);
      // One statement, so the page and its scores are one snapshot while a run writes.
      const rows = await this.pool.query<SampleRow & ItemRow & { scores: ScoreRow[] | null }>(
        `SELECT s.*, i.input, i.expected_json, i.choices_json, i.messages_json, i.metadata_json, i.follow_ups_json,
           (SELECT json_agg(sc ORDER BY sc.position) FROM scores sc WHERE sc.run_id = s.run_id AND sc.target_id = s.target_id
              AND sc.task_id = s.task_id AND sc.item_id = s.item_id AND sc.trial = s.trial) AS scores
         FROM samples s JOIN items i ON i.run_id = s.run_id AND i.task_id = s.task_id AND i.item_id = s.item_id
         WHERE ${where.join(" AND ")} ORDER BY ${KEY_ORDER} LIMIT ${SAMPLE_PAGE_ROWS}`,
        params.values,
      );
      for (const row of rows.rows) yield await this.sampleOf(runId, row, (row.scores ?? []).map(scoreFromRow));
      const last = rows.rows.at(-1);
      if (last === undefined || rows.rows.length < SAMPLE_PAGE_ROWS) return;
      after = keyFromRow(last);
    }
  }

  async finishedSampleKeys(runId: string): Promise<Set<string>> {
    const rows = await this.pool.query<KeyRow>("SELECT run_id, target_id, task_id, item_id, trial FROM samples WHERE run_id = $1", [runId]);
    return new Set(rows.rows.map((row) => sampleKeyString(keyFromRow(row))));
  }

  async erroredSamples(runId: string): Promise<Map<string, ErrorKind | null>> {
    const rows = await this.pool.query<KeyRow & { error_kind: string | null }>(
      "SELECT run_id, target_id, task_id, item_id, trial, error_kind FROM samples WHERE run_id = $1 AND status = 'error'",
      [runId],
    );
    return new Map(rows.rows.map((row) => [sampleKeyString(keyFromRow(row)), row.error_kind as ErrorKind | null]));
  }

  async sampleState(runId: string, key: SampleKey): Promise<SampleState> {
    const row = (
      await this.pool.query<{ finished: boolean; last_attempt: number | null }>(
        `SELECT EXISTS (SELECT 1 FROM samples WHERE ${KEY_WHERE}) AS finished, (SELECT MAX(attempt) FROM attempts WHERE ${KEY_WHERE}) AS last_attempt`,
        keyValues(runId, key),
      )
    ).rows[0];
    return { finished: row?.finished ?? false, lastAttempt: row?.last_attempt ?? 0 };
  }

  async lastAttemptNumbers(runId: string): Promise<Map<string, number>> {
    const rows = await this.pool.query<KeyRow & { attempt: number }>(
      "SELECT run_id, target_id, task_id, item_id, trial, MAX(attempt) AS attempt FROM attempts WHERE run_id = $1 GROUP BY run_id, target_id, task_id, item_id, trial",
      [runId],
    );
    return new Map(rows.rows.map((row) => [sampleKeyString(keyFromRow(row)), row.attempt]));
  }

  async countSamples(runId: string): Promise<SampleCount[]> {
    const rows = await this.pool.query<{ target_id: string; task_id: string; done: number; errors: number }>(
      `SELECT target_id, task_id, COUNT(*) FILTER (WHERE status = 'done') AS done, COUNT(*) FILTER (WHERE status = 'error') AS errors
       FROM samples WHERE run_id = $1 GROUP BY target_id, task_id ORDER BY target_id, task_id`,
      [runId],
    );
    return rows.rows.map((r) => ({ targetId: r.target_id, taskId: r.task_id, done: r.done, errors: r.errors }));
  }

  async attemptsFor(runId: string, key: SampleKey): Promise<AttemptRecord[]> {
    const rows = await this.pool.query<AttemptRow>(`SELECT * FROM attempts WHERE ${KEY_WHERE} ORDER BY attempt`, keyValues(runId, key));
    return rows.rows.map(attemptFromRow);
  }

  async countAttempts(runId: string): Promise<number> {
    return (await this.pool.query<{ n: number }>("SELECT COUNT(*) AS n FROM attempts WHERE run_id = $1", [runId])).rows[0]?.n ?? 0;
  }

  async getPreparation(runId: string, targetId: string, taskId: string): Promise<Metadata | undefined> {
    const row = (await this.pool.query<{ data_json: string }>("SELECT data_json FROM task_preparations WHERE run_id = $1 AND target_id = $2 AND task_id = $3", [runId, targetId, taskId])).rows[0];
    return row === undefined ? undefined : (JSON.parse(row.data_json) as Metadata);
  }

  private async sampleOf(runId: string, row: SampleRow & ItemRow, scores: Score[]): Promise<StoredSample> {
    const sample = sampleFromRow(row, scores, itemFromRow(row));
    if (row.follow_ups_json !== null) {
      const turns = await this.pool.query<TurnRow>(`SELECT * FROM sample_turns WHERE ${KEY_WHERE} ORDER BY turn`, keyValues(runId, keyFromRow(row)));
      sample.turns = turns.rows.map(turnFromRow);
    }
    return sample;
  }
}
