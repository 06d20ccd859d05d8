// Flat rows for exports: one per sample, with item metadata and every scorer's value and label as columns. Numbers are
// rounded to what they can tell: latencies to 0.1 ms, costs to a millionth of a dollar, scores to 4 significant digits.

import type { StoredSample } from "../core/stored-run.ts";

export type Row = Record<string, string | number | boolean | null>;

/** `expected`: the right answer in words (sample-asked.ts's expectedAnswer). */
export function sampleRow(runId: string, sample: StoredSample, simulated: boolean, expected?: string): Row {
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
    expected: expected ?? null,
    response: sample.result?.text ?? null,
    finish_reason: sample.result?.finishReason ?? null,
    input_tokens: sample.result?.usage.inputTokens ?? null,
    output_tokens: sample.result?.usage.outputTokens ?? null,
    latency_ms: rounded(sample.result?.latencyMs, 1),
    ttft_ms: rounded(sample.result?.timeToFirstTokenMs, 1),
    cost_usd: rounded(sample.costUsd, 6),
    from_cache: sample.fromCache,
    attempts: sample.attempts,
  };
  for (const [key, value] of Object.entries(sample.item.metadata)) row[`meta.${key}`] = value;
  for (const score of sample.scores) {
    row[`score.${score.scorer}`] = score.value === null ? null : Number(score.value.toPrecision(4));
    row[`label.${score.scorer}`] = score.label;
    row[`answer.${score.scorer}`] = score.answer ?? null;
  }
  return row;
}

function rounded(value: number | undefined, decimals: number): number | null {
  return value === undefined ? null : Number(value.toFixed(decimals));
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. Cells starting with = + - @ are prefixed so spreadsheets do not run them. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
