// The scorer of the multiple-choice benchmarks: the letter the answer chose (read as the reference harness reads
// it) against the letter the correct option had in this trial's prompt. An answer naming no option is wrong, and
// labelled `no_answer` so it is counted apart (the reference harness would guess a letter at random instead).

import { correct, incorrect, type Score } from "../../core/score.ts";
import type { Item } from "../../core/item.ts";
import type { Scorer } from "../../core/scorer.ts";
import { chosenLetter } from "./answers/choice-answer.ts";
import { BENCHMARK_SCORER } from "./benchmark-definition.ts";

export const NO_ANSWER = "no_answer";

export interface CorrectOption {
  letter: string;
  optionCount: number;
}

export function choiceScorer(correctOption: (item: Item, trial: number) => CorrectOption): Scorer {
  return {
    name: BENCHMARK_SCORER,
    score({ item, result, trial }): Score {
      const expected = correctOption(item, trial ?? 1);
      const chosen = chosenLetter(result.text, expected.optionCount);
      if (!chosen) return { scorer: BENCHMARK_SCORER, value: 0, label: NO_ANSWER, explanation: "names no option letter" };
      const explanation = `${chosen.letter} (from the ${chosen.rule}); correct: ${expected.letter}`;
      return chosen.letter === expected.letter ? correct(BENCHMARK_SCORER, chosen.letter, explanation) : incorrect(BENCHMARK_SCORER, chosen.letter, explanation);
    },
  };
}
