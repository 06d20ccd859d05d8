// Whether a piece of writing kept to the length its prompt asked for, and whether there is a piece at all:
// refusals and short outputs are failures that stay in the results (never silently retried, as some benchmarks do).

import type { Score } from "../../core/score.ts";
import type { Scorer } from "../../core/scorer.ts";
import { refusalLabel } from "../../scorers/refusal-label.ts";

export const LENGTH_SCORER = "length";
/** Within this share of the asked length counts as complying. */
export const LENGTH_TOLERANCE = 0.25;
/** Under this share of the asked length, the piece is a failure: "short". */
export const SHORT_SHARE = 0.3;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

export function lengthScorer(): Scorer {
  return {
    name: LENGTH_SCORER,
    score: ({ item, result }) => lengthScore(LENGTH_SCORER, result.text, Number(item.metadata.targetWords)),
  };
}

/** A piece's length against the asked number of words: correct (within tolerance), under, over, short or refused. */
export function lengthScore(scorer: string, text: string, target: number): Score {
  const words = countWords(text);
  const ratio = words / target;
  const explanation = `${words} words for ${target} asked (${Math.round(ratio * 100)}%)`;
  if (words === 0 || refusalLabel(text).label === "refused") return { scorer, value: 0, label: "refused", answer: String(words), explanation };
  if (ratio < SHORT_SHARE) return { scorer, value: 0, label: "short", answer: String(words), explanation };
  const complies = Math.abs(ratio - 1) <= LENGTH_TOLERANCE;
  return { scorer, value: complies ? 1 : 0, label: complies ? "correct" : ratio < 1 ? "under" : "over", answer: String(words), explanation };
}
