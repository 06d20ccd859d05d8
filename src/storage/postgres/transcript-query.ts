// One sample's whole transcript on PostgreSQL (SampleBrowser.transcript): the answer, every attempt, each turn, the
// scores and the item asked, with texts cut to a limit in SQL and their full length, as sqlite/transcript-query.ts.

import type pg from "pg";
import type { SampleKey } from "../../core/sample.ts";
import { TRANSCRIPT_TEXT_CHARS, type Transcript } from "../../core/sample-browser.ts";
import { attemptFromRow, itemFromRow, scoreFromRow, type AttemptRow, type ItemRow, type ScoreRow } from "../stored-rows.ts";
import { keyValues } from "./sample-reads.ts";

const KEY_WHERE = "run_id = $1 AND target_id = $2 AND task_id = $3 AND item_id = $4 AND trial = $5";

export async function readTranscript(pool: pg.Pool, runId: string, key: SampleKey, cut = TRANSCRIPT_TEXT_CHARS): Promise<Transcript | undefined> {
  if (!Number.isSafeInteger(cut) || cut < 0) throw new RangeError(`transcript text limit must be a whole number, not ${cut}`);
  const values = [...keyValues(runId, key), cut];
  const row = (
    await pool.query<SampleTextRow>(
      `SELECT status, substr(response_text, 1, $6) AS text_cut, length(response_text) AS text_chars, finish_reason, response_model, error_kind,
         substr(error_message, 1, $6) AS error_message, input_tokens, output_tokens, latency_ms, ttft_ms, cost_usd, from_cache, finished_at
       FROM samples WHERE ${KEY_WHERE}`,
      values,
    )
  ).rows[0];
  if (row === undefined) return undefined;
  const [items, attempts, turns, scores] = await Promise.all([
    pool.query<ItemRow & { input_chars: number; messages_chars: number }>(
      `SELECT item_id, substr(input, 1, $4) AS input, length(input) AS input_chars, expected_json, choices_json, metadata_json,
         CASE WHEN length(messages_json) <= $4 THEN messages_json END AS messages_json, COALESCE(length(messages_json), 0) AS messages_chars,
         CASE WHEN length(follow_ups_json) <= $4 THEN follow_ups_json END AS follow_ups_json
       FROM items WHERE run_id = $1 AND task_id = $2 AND item_id = $3`,
      [runId, key.taskId, key.itemId, cut],
    ),
    pool.query<AttemptRow & { text_chars: number | null }>(
      `SELECT run_id, target_id, task_id, item_id, trial, attempt, started_at, ended_at, request_json, substr(response_text, 1, $6) AS response_text,
         length(response_text) AS text_chars, finish_reason, input_tokens, output_tokens, latency_ms, ttft_ms, error_kind,
         substr(error_message, 1, $6) AS error_message, http_status, from_cache
       FROM attempts WHERE ${KEY_WHERE} ORDER BY attempt`,
      values,
    ),
    pool.query<TurnRow>(
      `SELECT turn, substr(prompt_text, 1, $6) AS prompt_cut, length(prompt_text) AS prompt_chars, substr(response_text, 1, $6) AS text_cut,
         length(response_text) AS text_chars, finish_reason, input_tokens, output_tokens, latency_ms
       FROM sample_turns WHERE ${KEY_WHERE} ORDER BY turn`,
      values,
    ),
    pool.query<ScoreRow>(`SELECT * FROM scores WHERE ${KEY_WHERE} ORDER BY position`, keyValues(runId, key)),
  ]);
  const item = items.rows[0];
  const parsed = item === undefined ? undefined : itemFromRow(item);
  return {
    key,
    status: row.status,
    response: row.text_cut === null ? undefined : { text: row.text_cut, chars: row.text_chars ?? 0 },
    finishReason: row.finish_reason,
    responseModel: row.response_model,
    errorKind: row.error_kind,
    errorMessage: row.error_message,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    latencyMs: row.latency_ms,
    ttftMs: row.ttft_ms,
    costUsd: row.cost_usd,
    fromCache: row.from_cache === 1,
    finishedAt: row.finished_at,
    scores: scores.rows.map(scoreFromRow),
    attempts: attempts.rows.map((r) => {
      const { responseText, ...attempt } = attemptFromRow(r);
      return { ...attempt, response: responseText === undefined ? undefined : { text: responseText, chars: r.text_chars ?? 0 } };
    }),
    turns: turns.rows.map((r) => ({
      turn: r.turn,
      prompt: { text: r.prompt_cut, chars: r.prompt_chars },
      response: { text: r.text_cut, chars: r.text_chars },
      finishReason: r.finish_reason,
      inputTokens: r.input_tokens,
      outputTokens: r.output_tokens,
      latencyMs: r.latency_ms,
    })),
    item:
      item === undefined || parsed === undefined
        ? undefined
        : {
            input: { text: parsed.input, chars: item.input_chars },
            expected: parsed.expected,
            choices: parsed.choices,
            metadata: parsed.metadata,
            messages: parsed.messages,
            messagesChars: item.messages_chars,
            followUps: parsed.followUps,
          },
  };
}

interface TurnRow {
  turn: number;
  prompt_cut: string;
  prompt_chars: number;
  text_cut: string;
  text_chars: number;
  finish_reason: string;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number;
}

interface SampleTextRow {
  status: string;
  text_cut: string | null;
  text_chars: number | null;
  finish_reason: string | null;
  response_model: string | null;
  error_kind: string | null;
  error_message: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number | null;
  ttft_ms: number | null;
  cost_usd: number;
  from_cache: number;
  finished_at: number;
}
