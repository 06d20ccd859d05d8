// Containment after normalisation: an expected answer appears in the answer (final answer line, else the whole response).

import type { Item } from "../core/item.ts";
import { correct, incorrect, unscored } from "../core/score.ts";
import type { ScoreInput } from "../core/scorer.ts";
import { clipText } from "./clip-text.ts";
import { answerCandidate } from "./final-answer.ts";
import { describeExpected, expectedAnswers, missingExpected, type MatchScorer } from "./match-scorer.ts";
import { normalizeText, type NormalizeOptions } from "./normalize-text.ts";
import { answerMetrics } from "../metrics/score-metrics.ts";

export interface IncludesOptions extends NormalizeOptions {
  /** Only count the expected text when it is not part of a longer word: "cat" is not in "concatenate" (default false). */
  wholeWord?: boolean;
}

export function includesScorer(options: IncludesOptions = {}): MatchScorer {
  const name = "includes";
  const itemProblem = (item: Item) => missingExpected(item, name);
  const contains = (haystack: string, needle: string): boolean => {
    if (!options.wholeWord) return haystack.includes(needle);
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "u").test(haystack);
  };
  return {
    name,
    metrics: answerMetrics(name),
    itemProblem,
    score({ item, result }: ScoreInput) {
      const problem = itemProblem(item);
      if (problem) return unscored(name, problem);
      const candidate = answerCandidate(result.text);
      if (!candidate.text) return unscored(name, "empty response");
      const expected = expectedAnswers(item);
      const haystack = normalizeText(candidate.text, options);
      const found = expected.find((e) => {
        const needle = normalizeText(e, options);
        return needle !== "" && contains(haystack, needle);
      });
      const shown = clipText(candidate.text, 200);
      if (found !== undefined) return correct(name, found);
      const where = candidate.fromFinalAnswer ? "the final answer" : "the response";
      return incorrect(name, shown, `${describeExpected(expected)} not found in ${where} ${JSON.stringify(clipText(candidate.text))}`);
    },
  };
}
