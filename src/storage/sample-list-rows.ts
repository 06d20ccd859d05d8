// One row of a sample page (SampleBrowser.samplePage) read back into the list's shape, for every SQL backend: each
// backend selects these columns (and the sample's scores) in its own SQL.

import type { SampleListRow } from "../core/sample-browser.ts";
import { keyFromRow } from "./stored-rows.ts";

export interface SamplePageRow {
  target_id: string;
  task_id: string;
  item_id: string;
  trial: number;
  status: string;
  error_kind: string | null;
  finish_reason: string | null;
  /** The response's first PREVIEW_CHARS characters. */
  preview: string | null;
  chars: number | null;
  latency_ms: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost_usd: number;
  from_cache: number;
  attempts: number;
  /** The item's metadata.language. */
  language: string | null;
}

export function sampleListRowFromRow(r: SamplePageRow, scores: SampleListRow["scores"]): SampleListRow {
  return {
    key: keyFromRow(r),
    status: r.status,
    errorKind: r.error_kind,
    finishReason: r.finish_reason,
    preview: r.preview,
    responseChars: r.chars,
    latencyMs: r.latency_ms,
    inputTokens: r.input_tokens,
    outputTokens: r.output_tokens,
    costUsd: r.cost_usd,
    fromCache: r.from_cache === 1,
    attempts: r.attempts,
    language: r.language,
    scores,
  };
}
