// The hot-path inserts (attempts, samples, scores) as positional values: binding an array skips building and
// name-matching an object per row, which is a measurable share of writing a sample. Each SQL text is generated from
// the column list right above the function that lists values in that same order.

import type { AttemptRecord } from "../../core/attempt.ts";
import type { SampleKey, SampleOutcome } from "../../core/sample.ts";
import type { Score } from "../../core/score.ts";

export type InsertValues = (string | number | null)[];

function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}

const ATTEMPT_COLUMNS = [
  "run_id", "target_id", "task_id", "item_id", "trial", "attempt", "started_at", "ended_at", "request_json",
  "response_text", "finish_reason", "input_tokens", "output_tokens", "latency_ms", "ttft_ms",
  "error_kind", "error_message", "http_status", "from_cache",
] as const;

export const INSERT_ATTEMPT = insertSql("attempts", ATTEMPT_COLUMNS);

export function attemptValues(runId: string, a: AttemptRecord): InsertValues {
  return [
    runId, a.targetId, a.taskId, a.itemId, a.trial, a.attempt, a.startedAt, a.endedAt, JSON.stringify(a.requestSummary),
    a.responseText ?? null, a.finishReason ?? null, a.usage?.inputTokens ?? null, a.usage?.outputTokens ?? null, a.latencyMs ?? null, a.timeToFirstTokenMs ?? null,
    a.errorKind ?? null, a.errorMessage ?? null, a.httpStatus ?? null, a.fromCache ? 1 : 0,
  ];
}

const SAMPLE_COLUMNS = [
  "run_id", "target_id", "task_id", "item_id", "trial", "status",
  "response_text", "finish_reason", "response_model", "input_tokens", "output_tokens", "latency_ms", "ttft_ms",
  "error_kind", "error_message", "attempts", "from_cache", "cost_usd", "finished_at",
] as const;

export const INSERT_SAMPLE = insertSql("samples", SAMPLE_COLUMNS);

export function sampleValues(runId: string, o: SampleOutcome, finishedAt: number): InsertValues {
  const r = o.result;
  return [
    runId, o.targetId, o.taskId, o.itemId, o.trial, o.status,
    r?.text ?? null, r?.finishReason ?? null, r?.responseModel ?? null, r?.usage.inputTokens ?? null, r?.usage.outputTokens ?? null, r?.latencyMs ?? null, r?.timeToFirstTokenMs ?? null,
    o.errorKind ?? null, o.errorMessage ?? null, o.attempts, o.fromCache ? 1 : 0, o.costUsd, finishedAt,
  ];
}

/** `position` keeps scores in the order the task's scorers gave them. */
const SCORE_COLUMNS = [
  "run_id", "target_id", "task_id", "item_id", "trial", "scorer", "position", "value", "label", "answer", "explanation",
] as const;

export const INSERT_SCORE = insertSql("scores", SCORE_COLUMNS);

export function scoreValues(runId: string, key: SampleKey, score: Score, position: number): InsertValues {
  return [
    runId, key.targetId, key.taskId, key.itemId, key.trial, score.scorer, position, score.value, score.label, score.answer ?? null, score.explanation ?? null,
  ];
}
