// Flat rows for exports: one per sample, with item metadata and every scorer's value and label as columns.

import type { StoredSample } from "../core/stored-run.ts";

export type Row = Record<string, string | number | boolean | null>;

export function sampleRow(runId: string, sample: StoredSample, simulated: boolean): Row {
  const row: Row = {
    run_id: runId,
    target: sample.targetId,
    simulated,
    task: sample.taskId,
    item_id: sample.itemId,
    trial: sample.trial,
    status: sample.status,
    error_kind: sample.errorKind ?? null,
    error_message: sample.errorMessage ?? null,
    input: sample.item.input,
    expected: sample.item.expected === undefined ? null : Array.isArray(sample.item.expected) ? sample.item.expected.join(" | ") : sample.item.expected,
    response: sample.result?.text ?? null,
    finish_reason: sample.result?.finishReason ?? null,
    input_tokens: sample.result?.usage.inputTokens ?? null,
    output_tokens: sample.result?.usage.outputTokens ?? null,
    latency_ms: sample.result?.latencyMs ?? null,
    ttft_ms: sample.result?.timeToFirstTokenMs ?? null,
    cost_usd: sample.costUsd,
    from_cache: sample.fromCache,
    attempts: sample.attempts,
  };
  for (const [key, value] of Object.entries(sample.item.metadata)) row[`meta.${key}`] = value;
  for (const score of sample.scores) {
    row[`score.${score.scorer}`] = score.value;
    row[`label.${score.scorer}`] = score.label;
    row[`answer.${score.scorer}`] = score.answer ?? null;
  }
  return row;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. Cells starting with = + - @ are prefixed so spreadsheets do not run them. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
