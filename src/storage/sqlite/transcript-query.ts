// One sample's whole transcript (SampleBrowser.transcript): the answer, every attempt, each turn of a conversation,
// the scores and the item asked. Texts are cut to a limit in SQL, with their full length, so one request never ships
// or holds an unbounded text.

import type { Database } from "better-sqlite3";
import type { SampleKey } from "../../core/sample.ts";
import { TRANSCRIPT_TEXT_CHARS, type Transcript } from "../../core/sample-browser.ts";
import { keyParams, type KeyRow, type ScoreRow } from "../stored-rows.ts";
import { transcriptFromRows, type TranscriptAttemptRow, type TranscriptItemRow, type TranscriptSampleRow, type TranscriptTurnRow } from "../transcript-rows.ts";

const KEY_WHERE = "run_id = @run_id AND target_id = @target_id AND task_id = @task_id AND item_id = @item_id AND trial = @trial";

/** Undefined when the run has no such sample. */
export function readTranscript(db: Database, runId: string, key: SampleKey, cut = TRANSCRIPT_TEXT_CHARS): Transcript | undefined {
  // Interpolated into the SQL below, so only a whole number gets there.
  if (!Number.isSafeInteger(cut) || cut < 0) throw new RangeError(`transcript text limit must be a whole number, not ${cut}`);
  const params = keyParams(runId, key);
  const row = db
    .prepare<[KeyRow], TranscriptSampleRow>(
      `SELECT status, substr(response_text, 1, ${cut}) AS text_cut, length(response_text) AS text_chars, finish_reason, response_model, error_kind,
         substr(error_message, 1, ${cut}) AS error_message, input_tokens, output_tokens, latency_ms, ttft_ms, cost_usd, from_cache, finished_at
       FROM samples WHERE ${KEY_WHERE}`,
    )
    .get(params);
  if (row === undefined) return undefined;
  const item = db
    .prepare<[KeyRow], TranscriptItemRow>(
      `SELECT item_id, substr(input, 1, ${cut}) AS input, length(input) AS input_chars, expected_json, choices_json, metadata_json,
         CASE WHEN length(messages_json) <= ${cut} THEN messages_json END AS messages_json, COALESCE(length(messages_json), 0) AS messages_chars,
         CASE WHEN length(follow_ups_json) <= ${cut} THEN follow_ups_json END AS follow_ups_json
       FROM items WHERE run_id = @run_id AND task_id = @task_id AND item_id = @item_id`,
    )
    .get(params);
  const attempts = db
    .prepare<[KeyRow], TranscriptAttemptRow>(
      `SELECT run_id, target_id, task_id, item_id, trial, attempt, started_at, ended_at, request_json, substr(response_text, 1, ${cut}) AS response_text,
         length(response_text) AS text_chars, finish_reason, input_tokens, output_tokens, latency_ms, ttft_ms, error_kind,
         substr(error_message, 1, ${cut}) AS error_message, http_status, from_cache
       FROM attempts WHERE ${KEY_WHERE} ORDER BY attempt`,
    )
    .all(params);
  const turns = db
    .prepare<[KeyRow], TranscriptTurnRow>(
      `SELECT turn, substr(prompt_text, 1, ${cut}) AS prompt_cut, length(prompt_text) AS prompt_chars, substr(response_text, 1, ${cut}) AS text_cut,
         length(response_text) AS text_chars, finish_reason, input_tokens, output_tokens, latency_ms
       FROM sample_turns WHERE ${KEY_WHERE} ORDER BY turn`,
    )
    .all(params);
  const scores = db.prepare<[KeyRow], ScoreRow>(`SELECT * FROM scores WHERE ${KEY_WHERE} ORDER BY position`).all(params);
  return transcriptFromRows(key, { sample: row, item, attempts, turns, scores });
}
