// Scores a riddle answer against the trial's answer key. A twin answered with the classic's answer is labelled
// "recited" (a wrong answer that shows memorisation), so metrics can count it apart from other mistakes.

import { correct, incorrect, unscored, type Score } from "../../core/score.ts";
import type { Scorer } from "../../core/scorer.ts";
import { fillRiddle } from "./fill-riddle.ts";
import { parseRiddleAnswer } from "./parse-riddle-answer.ts";

export const RIDDLE_SCORER = "riddle";
export const RECITED = "recited";

export function riddleScorer(seed: number): Scorer {
  return {
    name: RIDDLE_SCORER,
    score({ item, result, trial }): Score {
      const { key } = fillRiddle(item, seed, trial ?? 1);
      const parsed = parseRiddleAnswer(result.text, key);
      if ("unscored" in parsed) return unscored(RIDDLE_SCORER, parsed.unscored);
      const read = `read "${parsed.label}" from the ${parsed.from}`;
      if (parsed.label === key.answer) return correct(RIDDLE_SCORER, parsed.label, read);
      if (parsed.label === key.recited) {
        return { scorer: RIDDLE_SCORER, value: 0, label: RECITED, answer: parsed.label, explanation: `${read}: the classic's answer; this twin's is "${key.answer}"` };
      }
      return incorrect(RIDDLE_SCORER, parsed.label, `${read}; expected "${key.answer}"`);
    },
  };
}
