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
    score({ item, result }): Score {
      const target = Number(item.metadata.targetWords);
      const words = countWords(result.text);
      const ratio = words / target;
      const explanation = `${words} words for ${target} asked (${Math.round(ratio * 100)}%)`;
      if (words === 0 || refusalLabel(result.text).label === "refused") return { scorer: LENGTH_SCORER, value: 0, label: "refused", answer: String(words), explanation };
      if (ratio < SHORT_SHARE) return { scorer: LENGTH_SCORER, value: 0, label: "short", answer: String(words), explanation };
      const complies = Math.abs(ratio - 1) <= LENGTH_TOLERANCE;
      return { scorer: LENGTH_SCORER, value: complies ? 1 : 0, label: complies ? "correct" : ratio < 1 ? "under" : "over", answer: String(words), explanation };
    },
  };
}
