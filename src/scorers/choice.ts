// Multiple choice: items carry `choices`; the expected answer is a letter or a choice's text; the response's pick is
// read by extractChoice. A response that names several different choices is unscored, never guessed.

import type { Item } from "../core/item.ts";
import { correct, incorrect, unscored } from "../core/score.ts";
import type { ScoreInput } from "../core/scorer.ts";
import { clipText } from "./clip-text.ts";
import { choiceLetter, extractChoice, resolveChoice } from "./extract-choice.ts";
import { expectedAnswers, missingExpected, type MatchScorer } from "./match-scorer.ts";
import { answerMetrics } from "../metrics/score-metrics.ts";

/** The expected choice indices of an item, or why they cannot be known. */
export function expectedChoices(item: Item): number[] | string {
  const choices = item.choices ?? [];
  if (choices.length < 2) return `item "${item.id}" has fewer than two choices (the choice scorer needs them)`;
  const missing = missingExpected(item, "choice");
  if (missing) return missing;
  const indices: number[] = [];
  for (const answer of expectedAnswers(item)) {
    const index = resolveChoice(answer, choices);
    if (index === undefined) {
      return `item "${item.id}": expected answer ${JSON.stringify(answer)} is neither a choice letter (A-${choiceLetter(choices.length - 1)}) nor the text of a choice`;
    }
    indices.push(index);
  }
  return indices;
}

export function choiceScorer(): MatchScorer {
  const name = "choice";
  const describe = (item: Item, index: number) => `${choiceLetter(index)} (${JSON.stringify(clipText(item.choices?.[index] ?? "", 40))})`;
  return {
    name,
    metrics: answerMetrics(name),
    itemProblem(item) {
      const expected = expectedChoices(item);
      return typeof expected === "string" ? expected : undefined;
    },
    score({ item, result }: ScoreInput) {
      const expected = expectedChoices(item);
      if (typeof expected === "string") return unscored(name, expected);
      if (!result.text.trim()) return unscored(name, "empty response");
      const extraction = extractChoice(result.text, item.choices ?? []);
      if (extraction.kind === "none") return unscored(name, extraction.detail);
      if (extraction.kind === "ambiguous") {
        const letters = extraction.indices.map(choiceLetter).join(", ");
        return unscored(name, `several different choices (${letters}) in ${extraction.evidence}; not guessing`);
      }
      const answer = choiceLetter(extraction.index);
      if (expected.includes(extraction.index)) return correct(name, answer);
      const wanted = expected.map((index) => describe(item, index)).join(" or ");
      return incorrect(name, answer, `chose ${describe(item, extraction.index)} from ${extraction.evidence}, expected ${wanted}`);
    },
  };
}
