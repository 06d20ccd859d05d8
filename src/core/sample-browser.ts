// What the transcript browser reads from a RunStore: filtered pages of a run's samples, the values its filters offer,
// and one sample's whole transcript. Every read is bounded: a page scans a bounded number of rows and texts are cut.

import type { AttemptRecord } from "./attempt.ts";
import type { Item } from "./item.ts";
import type { SampleKey } from "./sample.ts";
import type { Score } from "./score.ts";

export interface SampleBrowser {
  /**
   * Up to `limit` samples after the `after` cursor, in key order (target, task, item, trial). A filter that must look
   * at each row may scan only a bounded number of rows per call: the page then comes back short with `partial` and a
   * `next` to continue from, so a rare match costs several calls, never a whole-run scan in one.
   */
  samplePage(runId: string, query: SampleQuery, after: SampleKey | undefined, limit: number): Promise<SamplePage>;
  /** The values the filters offer: score labels and error outcomes ("error", "error:<kind>"), and item languages, sorted. */
  sampleFacets(runId: string): Promise<SampleFacets>;
  /** Undefined when the run has no such sample. Each text is cut to `maxChars` (TRANSCRIPT_TEXT_CHARS by default). */
  transcript(runId: string, key: SampleKey, maxChars?: number): Promise<Transcript | undefined>;
}

export interface SampleQuery {
  targetId?: string;
  taskId?: string;
  family?: string;
  /** A score label, "error" (any error sample) or "error:<kind>" (an error sample without a kind is "unknown"). */
  outcome?: string;
  /** The item's `language` metadata. */
  language?: string;
  /** Substring of the response text, ASCII case-insensitive; `%` and `_` are plain characters. */
  search?: string;
}

/** Characters of each response a page previews. */
export const PREVIEW_CHARS = 240;

export interface SampleListRow {
  key: SampleKey;
  status: string;
  errorKind: string | null;
  finishReason: string | null;
  /** The first PREVIEW_CHARS characters of the response. */
  preview: string | null;
  responseChars: number | null;
  latencyMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number;
  fromCache: boolean;
  attempts: number;
  language: string | null;
  /** In the order the task's scorers gave them. */
  scores: { scorer: string; label: string; value: number | null }[];
}

export interface SamplePage {
  samples: SampleListRow[];
  /** Cursor for the next page; absent at the end of the run. */
  next?: SampleKey;
  /** True when the scan budget ran out before the page filled: `next` continues the search. */
  partial: boolean;
}

export interface SampleFacets {
  outcomes: string[];
  languages: string[];
}

/** Longest text one field of a transcript ships by default (a looping answer can be 100 KB, a long prompt far more). */
export const TRANSCRIPT_TEXT_CHARS = 200_000;

export interface TextField {
  text: string;
  /** Characters in the stored text; more than text.length when it was cut. */
  chars: number;
}

export interface Transcript {
  key: SampleKey;
  status: string;
  response?: TextField;
  finishReason: string | null;
  responseModel: string | null;
  errorKind: string | null;
  errorMessage: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  latencyMs: number | null;
  ttftMs: number | null;
  costUsd: number;
  fromCache: boolean;
  finishedAt: number;
  scores: Score[];
  /** Every attempt, in order. */
  attempts: (Omit<AttemptRecord, "responseText"> & { response?: TextField })[];
  /** A multi-turn sample's conversation, turn by turn (the sample's response is the answers joined). */
  turns: TranscriptTurn[];
  item?: {
    input: TextField;
    expected?: Item["expected"];
    choices?: Item["choices"];
    metadata: Item["metadata"];
    /** Absent when longer than the cut; messagesChars says how long. */
    messages?: Item["messages"];
    messagesChars: number;
    followUps?: Item["followUps"];
  };
}

export interface TranscriptTurn {
  /** 0-based. */
  turn: number;
  prompt: TextField;
  response: TextField;
  finishReason: string;
  inputTokens: number | null;
  outputTokens: number | null;
  latencyMs: number;
}
