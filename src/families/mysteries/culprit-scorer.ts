// Scores the CULPRIT line: a letter (options mode) or a suspect's first, last or full name. A line that names no
// suspect, several, or a letter and a name that disagree is unscored: the answer is unreadable, not wrong.

import { correct, incorrect, unscored, type Score } from "../../core/score.ts";
import type { Scorer } from "../../core/scorer.ts";
import { fullName, type Suspect } from "./mystery-case.ts";
import { mysteryVariant } from "./mystery-variant.ts";
import { optionLetter } from "./option-order.ts";
import { foldText, mentionsPerson } from "./text-mentions.ts";
import { findVerdictLine } from "./verdict-lines.ts";

export const CULPRIT_SCORER = "culprit";

export type CulpritReading = { kind: "named"; suspect: Suspect } | { kind: "unreadable"; reason: string };

// "B", "(B)", "B)", "Option B", "B - Nora Navarro"; never the first letter of a word.
const LEADING_LETTER = /^(?:(?:option|opci[oó]n|letter|letra)\s+)?([(\[])?\s*([A-Za-z])\s*([)\]])?(?![\p{L}\p{N}])/u;
const LONE_CAPITAL = /(?<![\p{L}\p{N}'’])([A-Z])(?![\p{L}\p{N}'’])/gu;
const ANOTHER_LETTER = /^\s*(?:,|\/|&|\bor\b|\band\b|\bo\b|\by\b)\s*[(\[]?[A-Z][)\]]?(?![\p{L}\p{N}])/u;

/** Which suspect a CULPRIT value names; `options` is the trial's lettered order, or undefined in free mode. */
export function readCulprit(value: string, suspects: readonly Suspect[], options: readonly Suspect[] | undefined): CulpritReading {
  const folded = foldText(value);
  const named = suspects.filter((suspect) => mentionsPerson(folded, suspect));
  let lettered: Suspect | undefined;
  if (options) {
    const reading = readLetter(value, options);
    if (reading?.kind === "unreadable") return reading;
    lettered = reading?.suspect;
  }
  if (lettered) {
    const other = named.find((suspect) => suspect !== lettered);
    if (other && named.length === 1) return { kind: "unreadable", reason: `the letter names ${fullName(lettered)} but the line names ${fullName(other)}` };
    return { kind: "named", suspect: lettered };
  }
  if (named.length === 1) return { kind: "named", suspect: named[0] as Suspect };
  if (named.length > 1) return { kind: "unreadable", reason: `the CULPRIT line names several suspects (${named.map(fullName).join(", ")})` };
  return { kind: "unreadable", reason: "the CULPRIT line names no suspect" };
}

/** The option a letter picks: leading ("B", "(b)", "Option B - …"), else the one capital letter standing alone ("It is B."). */
function readLetter(value: string, options: readonly Suspect[]): CulpritReading | undefined {
  const match = LEADING_LETTER.exec(value);
  if (match) {
    const letter = match[2] ?? "";
    const rest = value.slice(match[0].length);
    const marked = match[1] !== undefined || match[3] !== undefined;
    const runsIntoWords = /^\s+\p{L}/u.test(rest);
    const suspect = options[letter.toUpperCase().charCodeAt(0) - 65];
    // "a banker", "I think…": an article or a pronoun, not an option, unless it is bracketed.
    const isWord = !marked && runsIntoWords && (letter !== letter.toUpperCase() || suspect === undefined);
    if (!isWord) {
      if (ANOTHER_LETTER.test(rest)) return { kind: "unreadable", reason: "the CULPRIT line names several letters" };
      if (!suspect) return { kind: "unreadable", reason: `letter ${letter.toUpperCase()} is not one of the options` };
      return { kind: "named", suspect };
    }
  }
  const letters = new Set([...value.matchAll(LONE_CAPITAL)].map((m) => (m[1] ?? "").charCodeAt(0) - 65).filter((i) => i < options.length));
  if (letters.size > 1) return { kind: "unreadable", reason: "the CULPRIT line names several letters" };
  const [index] = letters;
  return index === undefined ? undefined : { kind: "named", suspect: options[index] as Suspect };
}

export function culpritScorer(): Scorer {
  return {
    name: CULPRIT_SCORER,
    score({ item, result, trial }): Score {
      const variant = mysteryVariant(item, trial ?? 1);
      const { mystery, options } = variant;
      const culprit = mystery.suspects.find((s) => s.id === mystery.culprit) as Suspect;
      const expected = variant.mode === "options" ? `${optionLetter(options.indexOf(culprit))}) ${fullName(culprit)}` : fullName(culprit);
      const value = findVerdictLine(result.text, "culprit");
      if (value === undefined) return unscored(CULPRIT_SCORER, "no CULPRIT line");
      const reading = readCulprit(value, mystery.suspects, variant.mode === "options" ? options : undefined);
      if (reading.kind === "unreadable") return { ...unscored(CULPRIT_SCORER, `${reading.reason}; expected ${expected}`), answer: value };
      const answer = variant.mode === "options" ? `${optionLetter(options.indexOf(reading.suspect))}) ${fullName(reading.suspect)}` : fullName(reading.suspect);
      return reading.suspect === culprit ? correct(CULPRIT_SCORER, answer) : incorrect(CULPRIT_SCORER, answer, `expected ${expected}`);
    },
  };
}
