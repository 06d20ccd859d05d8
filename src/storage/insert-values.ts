// What a batch of StoreWrites inserts, for every SQL backend: each table's column list, and right below it the
// function that lists a row's values in that same order. Each backend builds its own INSERT from the list (SQLite one
// prepared row, PostgreSQL one unnest of column arrays). Values are positional: binding an array skips building and
// name-matching an object per row, which is a measurable share of writing a sample.

import type { AttemptRecord } from "../core/attempt.ts";
import type { RequestRecord } from "../core/request-record.ts";
import type { SampleKey, SampleOutcome, Turn } from "../core/sample.ts";
import type { Score } from "../core/score.ts";
import type { CachedResponseWrite, PreparationWrite } from "../core/store-write.ts";
import { secretFreeJson } from "./secret-free-json.ts";

export type InsertValues = (string | number | null)[];

export const ATTEMPT_COLUMNS = [
  "run_id", "target_id", "task_id", "item_id", "trial", "attempt", "started_at", "ended_at", "request_json",
  "response_text", "finish_reason", "input_tokens", "output_tokens", "latency_ms", "ttft_ms",
  "error_kind", "error_message", "http_status", "from_cache",
] as const;

export function attemptValues(runId: string, a: AttemptRecord): InsertValues {
  return [
    runId, a.targetId, a.taskId, a.itemId, a.trial, a.attempt, a.startedAt, a.endedAt, JSON.stringify(a.requestSummary),
    a.responseText ?? null, a.finishReason ?? null, a.usage?.inputTokens ?? null, a.usage?.outputTokens ?? null, a.latencyMs ?? null, a.timeToFirstTokenMs ?? null,
    a.errorKind ?? null, a.errorMessage ?? null, a.httpStatus ?? null, a.fromCache ? 1 : 0,
  ];
}

export const SAMPLE_COLUMNS = [
  "run_id", "target_id", "task_id", "item_id", "trial", "status",
  "response_text", "finish_reason", "response_model", "input_tokens", "output_tokens", "latency_ms", "ttft_ms",
  "error_kind", "error_message", "attempts", "from_cache", "cost_usd", "finished_at",
] as const;

export function sampleValues(runId: string, o: SampleOutcome, finishedAt: number): InsertValues {
  const r = o.result;
  return [
    runId, o.targetId, o.taskId, o.itemId, o.trial, o.status,
    r?.text ?? null, r?.finishReason ?? null, r?.responseModel ?? null, r?.usage.inputTokens ?? null, r?.usage.outputTokens ?? null, r?.latencyMs ?? null, r?.timeToFirstTokenMs ?? null,
    o.errorKind ?? null, o.errorMessage ?? null, o.attempts, o.fromCache ? 1 : 0, o.costUsd, finishedAt,
  ];
}

/** `position` keeps scores in the order the task's scorers gave them. */
export const SCORE_COLUMNS = [
  "run_id", "target_id", "task_id", "item_id", "trial", "scorer", "position", "value", "label", "answer", "explanation",
] as const;

export function scoreValues(runId: string, key: SampleKey, score: Score, position: number): InsertValues {
  return [
    runId, key.targetId, key.taskId, key.itemId, key.trial, score.scorer, position, score.value, score.label, score.answer ?? null, score.explanation ?? null,
  ];
}

export const TURN_COLUMNS = [
  "run_id", "target_id", "task_id", "item_id", "trial", "turn", "prompt_text", "response_text", "finish_reason", "input_tokens", "output_tokens", "latency_ms", "ttft_ms",
] as const;

export function turnValues(runId: string, key: SampleKey, index: number, turn: Turn): InsertValues {
  const r = turn.result;
  return [runId, key.targetId, key.taskId, key.itemId, key.trial, index, turn.prompt, r.text, r.finishReason, r.usage.inputTokens ?? null, r.usage.outputTokens ?? null, r.latencyMs, r.timeToFirstTokenMs ?? null];
}

export const REQUEST_COLUMNS = [
  "run_id", "purpose", "target_id", "attempt", "request_hash", "started_at", "ended_at", "request_json",
  "response_text", "finish_reason", "response_model", "input_tokens", "output_tokens", "latency_ms", "ttft_ms", "error_kind", "error_message",
  "http_status", "from_cache", "cost_usd",
] as const;

export function requestValues(runId: string, r: RequestRecord): InsertValues {
  return [
    runId, r.purpose, r.targetId, r.attempt, r.requestSummary.hash, r.startedAt, r.endedAt, JSON.stringify(r.requestSummary),
    r.responseText ?? null, r.finishReason ?? null, r.responseModel ?? null, r.usage?.inputTokens ?? null, r.usage?.outputTokens ?? null,
    r.latencyMs ?? null, r.timeToFirstTokenMs ?? null, r.errorKind ?? null, r.errorMessage ?? null, r.httpStatus ?? null,
    r.fromCache ? 1 : 0, r.costUsd,
  ];
}

export const PREPARATION_COLUMNS = ["run_id", "target_id", "task_id", "data_json", "created_at"] as const;

/** A credential in the data throws here, before anything is written. */
export function preparationValues(write: PreparationWrite): InsertValues {
  return [write.runId, write.targetId, write.taskId, secretFreeJson(write.data, `run ${write.runId}, preparation of ${write.taskId} for ${write.targetId}`), write.createdAt];
}

/** `hits` starts at its default, 0. */
export const CACHED_RESPONSE_COLUMNS = ["key", "provider", "model", "result_json", "created_at"] as const;

export function cachedResponseValues(write: CachedResponseWrite): InsertValues {
  return [write.key, write.provider, write.model, JSON.stringify(write.result), write.createdAt];
}
