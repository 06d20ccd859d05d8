// One sample's whole transcript on PostgreSQL (SampleBrowser.transcript): the answer, every attempt, each turn, the
// scores and the item asked, with texts cut to a limit in SQL and their full length, as sqlite/transcript-query.ts.

import type pg from "pg";
import type { SampleKey } from "../../core/sample.ts";
import { TRANSCRIPT_TEXT_CHARS, type Transcript } from "../../core/sample-browser.ts";
import type { ScoreRow } from "../stored-rows.ts";
import { transcriptFromRows, type TranscriptAttemptRow, type TranscriptItemRow, type TranscriptSampleRow, type TranscriptTurnRow } from "../transcript-rows.ts";
import { keyValues } from "./sample-reads.ts";

const KEY_WHERE = "run_id = $1 AND target_id = $2 AND task_id = $3 AND item_id = $4 AND trial = $5";

export async function readTranscript(pool: pg.Pool, runId: string, key: SampleKey, cut = TRANSCRIPT_TEXT_CHARS): Promise<Transcript | undefined> {
  if (!Number.isSafeInteger(cut) || cut < 0) throw new RangeError(`transcript text limit must be a whole number, not ${cut}`);
  const values = [...keyValues(runId, key), cut];
  const row = (
    await pool.query<TranscriptSampleRow>(
      `SELECT status, substr(response_text, 1, $6) AS text_cut, length(response_text) AS text_chars, finish_reason, response_model, error_kind,
         substr(error_message, 1, $6) AS error_message, input_tokens, output_tokens, latency_ms, ttft_ms, cost_usd, from_cache, finished_at
       FROM samples WHERE ${KEY_WHERE}`,
      values,
    )
  ).rows[0];
  if (row === undefined) return undefined;
  const [items, attempts, turns, scores] = await Promise.all([
    pool.query<TranscriptItemRow>(
      `SELECT item_id, substr(input, 1, $4) AS input, length(input) AS input_chars, expected_json, choices_json, metadata_json,
         CASE WHEN length(messages_json) <= $4 THEN messages_json END AS messages_json, COALESCE(length(messages_json), 0) AS messages_chars,
         CASE WHEN length(follow_ups_json) <= $4 THEN follow_ups_json END AS follow_ups_json
       FROM items WHERE run_id = $1 AND task_id = $2 AND item_id = $3`,
      [runId, key.taskId, key.itemId, cut],
    ),
    pool.query<TranscriptAttemptRow>(
      `SELECT run_id, target_id, task_id, item_id, trial, attempt, started_at, ended_at, request_json, substr(response_text, 1, $6) AS response_text,
         length(response_text) AS text_chars, finish_reason, input_tokens, output_tokens, latency_ms, ttft_ms, error_kind,
         substr(error_message, 1, $6) AS error_message, http_status, from_cache
       FROM attempts WHERE ${KEY_WHERE} ORDER BY attempt`,
      values,
    ),
    pool.query<TranscriptTurnRow>(
      `SELECT turn, substr(prompt_text, 1, $6) AS prompt_cut, length(prompt_text) AS prompt_chars, substr(response_text, 1, $6) AS text_cut,
         length(response_text) AS text_chars, finish_reason, input_tokens, output_tokens, latency_ms
       FROM sample_turns WHERE ${KEY_WHERE} ORDER BY turn`,
      values,
    ),
    pool.query<ScoreRow>(`SELECT * FROM scores WHERE ${KEY_WHERE} ORDER BY position`, keyValues(runId, key)),
  ]);
  return transcriptFromRows(key, { sample: row, item: items.rows[0], attempts: attempts.rows, turns: turns.rows, scores: scores.rows });
}
