// A vendor statement in machine form, and what holding it against measurements concluded. Claims are data; the claims/
// layer reads them from YAML and decides verdicts, reports only render them.

import type { MetricValue } from "./metric.ts";

/**
 * - context-window: the host accepts prompts of `threshold` tokens (probe-context: accepted and kept whole).
 * - retrieval-accuracy: niah accuracy at `length` tokens is at least `threshold` (0..1).
 * - effective-context: the effective context length (niah) is at least `threshold` tokens.
 * - metric: a family metric (`family`, `metric`) compared with `threshold` (riddle accuracy, safe-refusal rate, loop rate...).
 * - speed: `metric` is "ttft_ms" (at most) or "output_tokens_per_second" (at least).
 * - style: a style metric (e.g. "emoji_per_1k") compared with `threshold`.
 * - benchmark: a published benchmark score (MMLU-Pro 74.3): the measured score must reach `score` − `tolerance`
 *   points, so `threshold` is that bar as a rate.
 * - untestable: a statement no battery here can test (parameter counts, training data); listed, never dropped.
 */
export const CLAIM_KINDS = ["context-window", "retrieval-accuracy", "effective-context", "metric", "speed", "style", "benchmark", "untestable"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type Comparison = ">=" | "<=";

/** How a vendor says it measured a benchmark score. */
export interface BenchmarkProtocol {
  shots: number;
  /** Reasoning before the answer (chain of thought). */
  cot: boolean;
  temperature?: number;
}

export interface ClaimSubject {
  /** Model id as the vendor names it, matched against target model ids (case-insensitive substring). */
  model: string;
  /** Optional host (provider id) the claim is about. */
  host?: string;
}

export interface Claim {
  /** Unique within its set, e.g. "scout-context-10m". */
  id: string;
  subject: ClaimSubject;
  kind: ClaimKind;
  /** The vendor's words, or a faithful paraphrase. */
  statement: string;
  /** Where the vendor said it (URL or document and section). */
  source?: string;
  /** Task family for `metric` claims (riddles, refusal, mysteries, writing, niah...). */
  family?: string;
  /** Metric name for `metric`, `speed` and `style` claims, as the family reports it. */
  metric?: string;
  comparison: Comparison;
  /** Absent only for `untestable` claims. */
  threshold?: number;
  /** Prompt length in tokens, for `retrieval-accuracy`. */
  length?: number;
  /** `benchmark` claims: which benchmark (mmlu-pro, gpqa-diamond, mgsm, math-500). */
  benchmark?: string;
  /** `benchmark` claims: the vendor's score in points (0-100), its allowance for protocol differences, and protocol. */
  score?: number;
  tolerance?: number;
  protocol?: BenchmarkProtocol;
  /** `untestable` claims: why nothing here can test it, when more can be said than "no battery measures this". */
  reason?: string;
  /** Values that are facts, not tests (e.g. active and total parameters). */
  metadata?: Record<string, string | number>;
  /** 1-based line in the claim file, for error messages and reports. */
  line?: number;
}

export interface ClaimSet {
  name: string;
  description: string;
  claims: Claim[];
  /** True for the built-in sets that describe no real model (the demo's). */
  simulated?: boolean;
}

export type VerdictStatus = "supported" | "contradicted" | "inconclusive" | "not-tested";

/** Counts by verdict status, every status at zero: what a count of no verdicts is. */
export function zeroVerdictCounts(): Record<VerdictStatus, number> {
  return { supported: 0, contradicted: 0, inconclusive: 0, "not-tested": 0 };
}

export interface Verdict {
  claim: Claim;
  /** The target the claim was held against; absent when no target matched. */
  targetId?: string;
  status: VerdictStatus;
  /** The measurement the verdict rests on, with its interval where one applies. */
  measured?: MetricValue;
  /** One line: "accuracy@128k 0.62 [0.51, 0.72] < 0.90", or why it could not be tested. */
  evidence: string;
  /** For inconclusive verdicts: total trials per cell that would likely decide it at the observed rate. */
  trialsToDecide?: number;
  /** The run (or probe) the measurement came from. */
  source?: string;
  /** True when the evidence comes from the provider simulator (a test double). */
  simulated: boolean;
}
