// A sample's rows (the sample, its attempts, scores, turns and item) and a run's request rows read back into the core
// shapes, for every SQL backend (the schema is one; see sqlite/migrations.ts; a run's own rows are in run-rows.ts).
// Absent optional fields are NULL in the database and undefined in objects; booleans are 0/1; structured fields are
// JSON text. (What a write inserts is listed in insert-values.ts.)

import type { AttemptFields, AttemptRecord } from "../core/attempt.ts";
import type { ErrorKind } from "../core/errors.ts";
import type { Item } from "../core/item.ts";
import type { FinishReason, GenerateResult, Usage } from "../core/model-adapter.ts";
import type { SampleKey, SampleStatus, Turn } from "../core/sample.ts";
import type { RequestRecord } from "../core/request-record.ts";
import type { Score } from "../core/score.ts";
import type { StoredSample } from "../core/stored-run.ts";

export interface KeyRow {
  run_id: string;
  target_id: string;
  task_id: string;
  item_id: string;
  trial: number;
}

export interface AttemptRow extends KeyRow {
  attempt: number;
  started_at: number;
  ended_at: number;
  request_json: string;
  response_text: string | null;
  finish_reason: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number | null;
  ttft_ms: number | null;
  error_kind: string | null;
  error_message: string | null;
  http_status: number | null;
  from_cache: number;
}

/** The columns of a stored answer besides its text: a sample's, or a request's found again by its hash. */
export interface AnswerColumns {
  finish_reason: string | null;
  response_model: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number | null;
  ttft_ms: number | null;
}

/** A stored answer found again by its request hash. */
export interface AnswerRow extends AnswerColumns {
  response_text: string;
}

export interface SampleRow extends KeyRow, AnswerColumns {
  status: string;
  response_text: string | null;
  error_kind: string | null;
  error_message: string | null;
  attempts: number;
  from_cache: number;
  cost_usd: number;
  finished_at: number;
}

export interface ScoreRow extends KeyRow {
  scorer: string;
  /** Scores read back in the order the task's scorers gave them. */
  position: number;
  value: number | null;
  label: string;
  answer: string | null;
  explanation: string | null;
}

export interface ItemRow {
  item_id: string;
  input: string;
  expected_json: string | null;
  choices_json: string | null;
  messages_json: string | null;
  metadata_json: string;
  follow_ups_json: string | null;
}

export interface TurnRow extends KeyRow {
  turn: number;
  prompt_text: string;
  response_text: string;
  finish_reason: string;
  input_tokens: number | null;
  output_tokens: number | null;
  latency_ms: number;
  ttft_ms: number | null;
}

export function keyParams(runId: string, key: SampleKey): KeyRow {
  return { run_id: runId, target_id: key.targetId, task_id: key.taskId, item_id: key.itemId, trial: key.trial };
}

export function keyFromRow(row: Omit<KeyRow, "run_id">): SampleKey {
  return { targetId: row.target_id, taskId: row.task_id, itemId: row.item_id, trial: row.trial };
}

export function attemptFromRow(row: AttemptRow): AttemptRecord {
  return { ...keyFromRow(row), ...attemptFieldsFromRow(row) };
}

/** What an attempt row and a request row hold alike. */
function attemptFieldsFromRow(row: Omit<AttemptRow, keyof KeyRow>): AttemptFields {
  return {
    attempt: row.attempt,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    requestSummary: JSON.parse(row.request_json) as AttemptFields["requestSummary"],
    responseText: row.response_text ?? undefined,
    finishReason: (row.finish_reason ?? undefined) as FinishReason | undefined,
    usage: row.input_tokens === null && row.output_tokens === null ? undefined : usageFromRow(row),
    latencyMs: row.latency_ms ?? undefined,
    timeToFirstTokenMs: row.ttft_ms ?? undefined,
    errorKind: (row.error_kind ?? undefined) as ErrorKind | undefined,
    errorMessage: row.error_message ?? undefined,
    httpStatus: row.http_status ?? undefined,
    fromCache: row.from_cache === 1,
  };
}

export interface RequestRow extends Omit<AttemptRow, keyof KeyRow> {
  purpose: string;
  target_id: string;
  response_model: string | null;
  cost_usd: number;
}

export function requestFromRow(row: RequestRow): RequestRecord {
  return {
    purpose: row.purpose as RequestRecord["purpose"],
    targetId: row.target_id,
    ...attemptFieldsFromRow(row),
    responseModel: row.response_model ?? undefined,
    costUsd: row.cost_usd,
  };
}

/** A stored response text marks a stored result: an empty answer is "" and still a result. */
export function sampleFromRow(row: SampleRow, scores: Score[], item: Item): StoredSample {
  const result = row.response_text === null ? undefined : answerFromRow(row.response_text, row);
  return {
    ...keyFromRow(row),
    status: row.status as SampleStatus,
    result,
    errorKind: (row.error_kind ?? undefined) as ErrorKind | undefined,
    errorMessage: row.error_message ?? undefined,
    scores,
    attempts: row.attempts,
    fromCache: row.from_cache === 1,
    costUsd: row.cost_usd,
    finishedAt: row.finished_at,
    item,
  };
}

export function answerFromRow(text: string, row: AnswerColumns): GenerateResult {
  return {
    text,
    finishReason: (row.finish_reason ?? "unknown") as FinishReason,
    usage: usageFromRow(row),
    latencyMs: row.latency_ms ?? 0,
    timeToFirstTokenMs: row.ttft_ms ?? undefined,
    responseModel: row.response_model ?? undefined,
  };
}

export function scoreFromRow(row: ScoreRow): Score {
  return {
    scorer: row.scorer,
    value: row.value,
    label: row.label,
    answer: row.answer ?? undefined,
    explanation: row.explanation ?? undefined,
  };
}

export function itemFromRow(row: ItemRow): Item {
  return {
    id: row.item_id,
    input: row.input,
    expected: parseOptional<string | string[]>(row.expected_json),
    choices: parseOptional<string[]>(row.choices_json),
    metadata: JSON.parse(row.metadata_json) as Item["metadata"],
    messages: parseOptional<Item["messages"]>(row.messages_json),
    followUps: parseOptional<string[]>(row.follow_ups_json),
  };
}

export function turnFromRow(row: TurnRow): Turn {
  return {
    prompt: row.prompt_text,
    result: {
      text: row.response_text,
      finishReason: row.finish_reason as FinishReason,
      usage: usageFromRow(row),
      latencyMs: row.latency_ms,
      timeToFirstTokenMs: row.ttft_ms ?? undefined,
    },
  };
}

export function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

function parseOptional<T>(text: string | null): T | undefined {
  return text === null ? undefined : (JSON.parse(text) as T);
}

function usageFromRow(row: { input_tokens: number | null; output_tokens: number | null }): Usage {
  return { inputTokens: row.input_tokens ?? undefined, outputTokens: row.output_tokens ?? undefined };
}
