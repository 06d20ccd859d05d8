// One sample's transcript assembled from its rows, for every SQL backend: each backend reads the sample, its item,
// attempts, turns and scores with texts cut to a limit in its own SQL (a cut text beside its full length) and hands
// the rows here.

import type { SampleKey } from "../core/sample.ts";
import type { Transcript } from "../core/sample-browser.ts";
import { attemptFromRow, itemFromRow, scoreFromRow, type AttemptRow, type ItemRow, type ScoreRow } from "./stored-rows.ts";

export interface TranscriptSampleRow {
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

/** The input cut; messages_json and follow_ups_json NULL when longer than the cut. */
export type TranscriptItemRow = ItemRow & { input_chars: number; messages_chars: number };

/** The response text cut. */
export type TranscriptAttemptRow = AttemptRow & { text_chars: number | null };

export interface TranscriptTurnRow {
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

export interface TranscriptRows {
  sample: TranscriptSampleRow;
  item: TranscriptItemRow | undefined;
  attempts: readonly TranscriptAttemptRow[];
  turns: readonly TranscriptTurnRow[];
  scores: readonly ScoreRow[];
}

export function transcriptFromRows(key: SampleKey, rows: TranscriptRows): Transcript {
  const { sample: row, item } = rows;
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
    scores: rows.scores.map(scoreFromRow),
    attempts: rows.attempts.map((r) => {
      const { responseText, ...attempt } = attemptFromRow(r);
      return { ...attempt, response: responseText === undefined ? undefined : { text: responseText, chars: r.text_chars ?? 0 } };
    }),
    turns: rows.turns.map((r) => ({
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
