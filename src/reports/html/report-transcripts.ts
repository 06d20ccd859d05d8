// Which samples a report carries as transcripts, and in what form. A report must stay a file a browser opens, so it
// embeds a bounded number per task and target: the first ones in order, then failures (errors, loops, wrong answers)
// up to their own cap, with long texts clipped; it always says how many it left out.

import type { MetadataValue } from "../../core/item.ts";
import { REPETITION_ASKED_LABEL, STREAM_GUARD_SCORER } from "../../core/stream-guard.ts";
import type { ScoredSample } from "../../core/task.ts";

export interface TranscriptLimits {
  /** Samples embedded in order, shared evenly among the run's task × target pairs. */
  first: number;
  /** Further failures embedded beyond those, shared the same way. */
  failures: number;
  /** Characters kept of each response (loops run to tens of thousands). */
  responseChars: number;
  /** Characters kept of each question. */
  inputChars: number;
}

export const DEFAULT_TRANSCRIPT_LIMITS: TranscriptLimits = { first: 2_000, failures: 1_000, responseChars: 4_000, inputChars: 1_000 };

export interface TranscriptScore {
  scorer: string;
  label: string;
  value: number | null;
  answer?: string;
  explanation?: string;
}

export interface Transcript {
  taskId: string;
  targetId: string;
  itemId: string;
  trial: number;
  status: "done" | "error";
  /** The task's own label ("correct", "not_found", "refused"...), "rejected" for a context error, or "error:<kind>". */
  outcome: string;
  value: number | null;
  /** The stream guard stopped a degenerate loop in this answer. */
  loop: boolean;
  input: string;
  expected?: string;
  response?: string;
  /** Length of the whole response; more than `response` holds when it was clipped. */
  responseChars: number;
  finishReason?: string;
  inputTokens?: number;
  outputTokens?: number;
  latencyMs?: number;
  errorMessage?: string;
  scores: TranscriptScore[];
  metadata: Record<string, MetadataValue>;
}

export interface TranscriptCounts {
  total: number;
  embedded: number;
  omitted: number;
}

/** Picks one task × target pair's transcripts; `pairs` is how many pairs share the limits. */
export class TranscriptPicker {
  readonly transcripts: Transcript[] = [];
  private total = 0;
  private readonly firstPerPair: number;
  private readonly failuresPerPair: number;

  constructor(
    private readonly limits: TranscriptLimits,
    pairs: number,
  ) {
    this.firstPerPair = Math.ceil(limits.first / Math.max(1, pairs));
    this.failuresPerPair = Math.ceil(limits.failures / Math.max(1, pairs));
  }

  addPair(samples: readonly ScoredSample[]): void {
    let first = 0;
    let failures = 0;
    for (const sample of samples) {
      this.total++;
      if (first < this.firstPerPair) first++;
      else if (failures < this.failuresPerPair && isFailure(sample)) failures++;
      else continue;
      this.transcripts.push(toTranscript(sample, this.limits));
    }
  }

  counts(): TranscriptCounts {
    return { total: this.total, embedded: this.transcripts.length, omitted: this.total - this.transcripts.length };
  }
}

export function sampleOutcomeLabel(sample: ScoredSample): string {
  if (sample.status === "error") return sample.errorKind === "context_length_exceeded" ? "rejected" : `error:${sample.errorKind ?? "unknown"}`;
  return primaryScore(sample)?.label ?? "unscored";
}

function primaryScore(sample: ScoredSample): ScoredSample["scores"][number] | undefined {
  return sample.scores.find((score) => score.scorer !== STREAM_GUARD_SCORER);
}

function isLoop(sample: ScoredSample): boolean {
  // A REPETITION_ASKED score records what the prompt asked for; only a stop is a loop.
  return sample.result?.finishReason === "guard" || sample.scores.some((score) => score.scorer === STREAM_GUARD_SCORER && score.label !== REPETITION_ASKED_LABEL);
}

function isFailure(sample: ScoredSample): boolean {
  return sample.status === "error" || isLoop(sample) || primaryScore(sample)?.value === 0;
}

function toTranscript(sample: ScoredSample, limits: TranscriptLimits): Transcript {
  const { item, result } = sample;
  const expected = item.expected === undefined ? undefined : Array.isArray(item.expected) ? item.expected.join(" | ") : item.expected;
  return {
    taskId: sample.taskId,
    targetId: sample.targetId,
    itemId: sample.itemId,
    trial: sample.trial,
    status: sample.status,
    outcome: sampleOutcomeLabel(sample),
    value: primaryScore(sample)?.value ?? null,
    loop: isLoop(sample),
    input: cutText(item.input, limits.inputChars),
    expected,
    response: result === undefined ? undefined : cutText(result.text, limits.responseChars),
    responseChars: result?.text.length ?? 0,
    finishReason: result?.finishReason,
    inputTokens: result?.usage.inputTokens,
    outputTokens: result?.usage.outputTokens,
    latencyMs: result?.latencyMs,
    errorMessage: sample.errorMessage,
    scores: sample.scores.map((score) => ({ scorer: score.scorer, label: score.label, value: score.value, answer: score.answer, explanation: score.explanation })),
    metadata: item.metadata,
  };
}

/** A transcript that failed: an error, a loop, or a wrong answer. */
export function isFailedTranscript(t: Pick<Transcript, "status" | "loop" | "value">): boolean {
  return t.status === "error" || t.loop || t.value === 0;
}

/** Failures before the rest, each part in its own order, so a reader meets what went wrong first. */
export function failuresFirst(transcripts: readonly Transcript[]): Transcript[] {
  return [...transcripts.filter(isFailedTranscript), ...transcripts.filter((t) => !isFailedTranscript(t))];
}

/** The first `max` characters, never cutting a surrogate pair in half. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}
