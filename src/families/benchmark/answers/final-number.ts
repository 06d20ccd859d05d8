// The final number of a grade-school maths answer, in any of MGSM's languages: the number on the last answer line
// ("Respuesta: 1.250", "答案：42", "উত্তর: ৪২"), in whichever language the model chose to write it, else the last
// number in the text. Numbers are read with the problem language's separators (1.250 is 1250 in Spanish).

import { findNumbers, type ParsedNumber } from "../../../scorers/parse-number.ts";
import { MGSM_LANGUAGE_SPECS, type MgsmLanguage } from "./mgsm-languages.ts";

export interface FinalNumber {
  value: number;
  rule: "answer line" | "last number";
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDS = ["final answer", ...Object.values(MGSM_LANGUAGE_SPECS).map((spec) => spec.answerWord)];
/** "Respuesta: 18", "**Answer:** 18", "the answer is 18"; a word without its colon ("this answer assumes 2") is prose. */
const ANSWER_LABEL = new RegExp(`(?:(?:${WORDS.map(escape).join("|")})(?:\\*\\*|__)?\\s*[:：]|the answer is\\s*:?)`, "giu");
/** Script digits of the languages MGSM uses, so "มี42" and "共42个" split into words the number reader sees. */
const DIGIT = String.raw`[\d\u09e6-\u09ef\u0c66-\u0c6f\u0e50-\u0e59\uff10-\uff19]`;
const LETTER_THEN_DIGIT = new RegExp(String.raw`(\p{L})(?=${DIGIT})`, "gu");
const DIGIT_THEN_LETTER = new RegExp(String.raw`(${DIGIT})(?=\p{L})`, "gu");
/** "1 250" on an answer line is one number: a plain space grouping thousands, as in French and Russian. */
const SPACE_GROUPS = /(\d) (?=\d{3}(?!\d))/gu;

export function finalNumber(text: string, language: MgsmLanguage): FinalNumber | undefined {
  const format = { decimalComma: MGSM_LANGUAGE_SPECS[language].decimalComma };
  const spaced = text.replace(LETTER_THEN_DIGIT, "$1 ").replace(DIGIT_THEN_LETTER, "$1 ");
  let label: RegExpExecArray | undefined;
  for (const match of spaced.matchAll(ANSWER_LABEL)) label = match;
  if (label) {
    const line = spaced.slice((label.index ?? 0) + label[0].length).split("\n").find((l) => l.trim() !== "") ?? "";
    // On the answer line a percentage is the answer ("Answer: 15%"); elsewhere it is a rate the working used.
    const first = findNumbers(line.replace(SPACE_GROUPS, "$1"), format).find((number) => Number.isFinite(number.value));
    if (first) return { value: first.value, rule: "answer line" };
  }
  const last = findNumbers(spaced, format).filter(usable).at(-1);
  return last ? { value: last.value, rule: "last number" } : undefined;
}

/** Whether a read number equals the expected one (MGSM's answers are integers; decimals allowed with no rounding). */
export function sameNumber(value: number, expected: number): boolean {
  return Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function usable(number: ParsedNumber): boolean {
  return Number.isFinite(number.value) && !number.percent;
}
