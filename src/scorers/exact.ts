// Exact match after normalisation: the answer (final answer line, else the whole response) equals an expected answer.

import type { Item } from "../core/item.ts";
import { correct, incorrect, unscored } from "../core/score.ts";
import type { ScoreInput } from "../core/scorer.ts";
import { clipText } from "./clip-text.ts";
import { answerCandidate } from "./final-answer.ts";
import { describeExpected, expectedAnswers, missingExpected, type MatchScorer } from "./match-scorer.ts";
import { normalizeText, type NormalizeOptions } from "./normalize-text.ts";
import { answerMetrics } from "../metrics/score-metrics.ts";

export type ExactOptions = NormalizeOptions;

export function exactScorer(options: ExactOptions = {}): MatchScorer {
  const name = "exact";
  const itemProblem = (item: Item) => missingExpected(item, name);
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
      const answer = normalizeText(candidate.text, options);
      const shown = clipText(candidate.text, 200);
      if (expected.some((e) => normalizeText(e, options) === answer)) return correct(name, shown);
      return incorrect(name, shown, `expected ${describeExpected(expected)}, got ${JSON.stringify(clipText(candidate.text))}`);
    },
  };
}
