// Scores a needle-in-a-haystack answer: recall of the hidden values (0..1) and an outcome label that says how it
// failed: wrong value, a distractor, general knowledge, "not found" when it was there, made up when it was not.
// The ANSWER line decides when there is one; otherwise the whole response is searched.

import type { FinishReason } from "../../../core/model-adapter.ts";
import type { Score } from "../../../core/score.ts";
import type { ScoreInput, Scorer } from "../../../core/scorer.ts";
import { clipText } from "../../../scorers/clip-text.ts";
import { findFinalAnswer } from "../../../scorers/final-answer.ts";
import { hitsText } from "./needle-hits.ts";
import type { NeedleSet } from "./needle-set.ts";
import { saysNotFound } from "./not-found.ts";
import { containsValue } from "./value-match.ts";

/** The niah scorer's name: its labels fill the long-context grid. */
export const NIAH_SCORER = "niah";

export type NiahLabel =
  | "correct"
  | "partial"
  | "wrong_value"
  | "not_found"
  | "refused"
  | "made_up"
  | "general_knowledge"
  | "truncated_output"
  | "unscored";

export interface NiahScorerOptions {
  /** The needle set of the sample's item and trial, recomputed the way the task built the prompt. */
  needlesFor: (input: ScoreInput) => NeedleSet;
  /** Whether a response refuses (e.g. refusalLabel(text).label === "refused"). */
  isRefusal: (text: string) => boolean;
  /** Defaults to "niah", the name the niah grid reads. */
  name?: string;
}

export interface NiahResponse {
  text: string;
  finishReason: FinishReason;
}

export function niahScorer(options: NiahScorerOptions): Scorer {
  const name = options.name ?? NIAH_SCORER;
  return { name, score: (input) => scoreNeedleAnswer(options.needlesFor(input), input.result, options.isRefusal, name) };
}

/**
 * Explanation: `expected <values>; found <what was read>; hits 1,0,1` (see needle-hits.ts), then a note when one
 * helps ("gave distractor 2231-PL"). Score.answer holds the values found, or the decisive text when none was.
 */
export function scoreNeedleAnswer(set: NeedleSet, response: NiahResponse, isRefusal: (text: string) => boolean, name = NIAH_SCORER): Score {
  const text = response.text.trim();
  const truncated = response.finishReason === "length";
  const expected = set.expected.length > 0 ? set.expected.join(", ") : "NOT FOUND";
  if (text === "") {
    return truncated
      ? result(name, 0, "truncated_output", undefined, `expected ${expected}; output cut at the token limit before any text`)
      : result(name, null, "unscored", undefined, `expected ${expected}; empty response`);
  }
  const final = findFinalAnswer(text);
  const decisive = final ?? text;
  const read = clipText(decisive);
  const outcome = (value: number | null, label: NiahLabel, answer: string, ...notes: string[]) =>
    result(name, value, label, answer, [`expected ${expected}`, `found ${answer}`, ...notes].join("; "));

  if (set.expected.length === 0) {
    if (saysNotFound(decisive)) return outcome(1, "correct", "NOT FOUND");
    if (final === undefined && truncated) return outcome(0, "truncated_output", read, "cut at the token limit");
    if (isRefusal(text)) return outcome(0, "refused", read);
    return outcome(0, "made_up", read, "the document holds no such value");
  }

  const hits = set.expected.map((value) => containsValue(decisive, value));
  const found = set.expected.filter((_, i) => hits[i]);
  const given = (role: "distractor" | "hop") =>
    set.needles.filter((n) => n.role === role && n.value !== undefined && containsValue(decisive, n.value)).map((n) => n.value as string);
  const distractors = given("distractor");
  const hitsNote = hitsText(hits);

  if (found.length > 0) {
    const answer = found.join(", ");
    if (distractors.length > 0) {
      const note = `also gave distractor ${distractors.join(", ")}`;
      return final === undefined
        ? outcome(null, "unscored", answer, hitsNote, `${note} with no ANSWER line to choose`)
        : outcome(0, "wrong_value", answer, hitsNote, note);
    }
    return outcome(found.length / set.expected.length, found.length === set.expected.length ? "correct" : "partial", answer, hitsNote);
  }
  if (final === undefined && truncated) return outcome(0, "truncated_output", read, hitsNote, "cut at the token limit");
  if (saysNotFound(decisive)) return outcome(0, "not_found", read, hitsNote);
  if (isRefusal(text)) return outcome(0, "refused", read, hitsNote);
  const known = set.generalKnowledge?.find((value) => containsValue(decisive, value));
  if (known !== undefined) return outcome(0, "general_knowledge", read, hitsNote, `gave the real-world ${known}`);
  const hops = given("hop");
  const note = distractors.length > 0 ? [`gave distractor ${distractors.join(", ")}`] : hops.length > 0 ? [`stopped at the first hop ${hops.join(", ")}`] : [];
  return outcome(0, "wrong_value", read, hitsNote, ...note);
}

function result(scorer: string, value: number | null, label: NiahLabel, answer: string | undefined, explanation: string): Score {
  return answer === undefined ? { scorer, value, label, explanation } : { scorer, value, label, answer, explanation };
}
