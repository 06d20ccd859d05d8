// The main style numbers, each read from a response's StyleProfile: the one list that style metrics and style deltas
// between deployments both summarise, so a run's report and a comparison always name the same things.

import type { StyleProfile } from "./style-profile.ts";

export interface StyleMeasure {
  /** Metric name, e.g. "style:emoji_per_1k". */
  name: string;
  /** "mean": a number per response, averaged. "rate": 1 or 0 per response, a share of responses. */
  kind: "mean" | "rate";
  /** The response's value; undefined when the measure does not apply to it (no question language, say). */
  value(profile: StyleProfile): number | undefined;
  /**
   * The largest shift of the mean that says nothing of a model (a tenth of a sentence, one emoji in 1,000 tokens, 2
   * points of a rate): a deployment diff counts a style difference only beyond it, however significant.
   */
  negligible: number;
}

const mean = (name: string, negligible: number, value: (profile: StyleProfile) => number): StyleMeasure => ({ name, kind: "mean", negligible, value });

export const STYLE_MEASURES: readonly StyleMeasure[] = [
  mean("style:tokens", 10, (p) => p.approxTokens),
  mean("style:headers_per_1k", 1, (p) => p.headersPer1k),
  mean("style:bold_per_1k", 1, (p) => p.boldPer1k),
  mean("style:lists_per_1k", 1, (p) => p.listItemsPer1k),
  mean("style:emoji_per_1k", 1, (p) => p.emojiPer1k),
  mean("style:exclamations_per_1k", 1, (p) => p.exclamationsPer1k),
  mean("style:slop_per_1k_words", 1, (p) => p.slopIndex),
  mean("style:seq_rep_4", 0.02, (p) => p.seqRep4),
  mean("style:compression_excess", 0.05, (p) => p.compressionExcess),
  { name: "style:periodic_tail_rate", kind: "rate", negligible: 0.02, value: (p) => (p.tailPeriod ? 1 : 0) },
  {
    name: "style:language_mismatch_rate",
    kind: "rate",
    negligible: 0.02,
    value: (p) => (p.languageMatches === undefined ? undefined : p.languageMatches ? 0 : 1),
  },
];
