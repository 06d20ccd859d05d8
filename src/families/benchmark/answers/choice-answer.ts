// Which option letter a chain-of-thought answer chose, read the way MMLU-Pro's reference harness reads it:
// "the answer is (X)" (or "option X"), then an "Answer: X" line, then the last letter standing alone. Two deliberate
// differences: the last statement wins where the reference takes the first (so "the answer is (A)... no, the answer
// is (C)" reads C), and the pronoun "I" and the article "A" before a word never count as a lone letter.

export interface ChosenLetter {
  letter: string;
  /** Which rule found it, for the score's explanation. */
  rule: "answer statement" | "answer line" | "last lone letter";
}

const STATEMENT = /answer\s+is\s*:?\s*(?:\*\*|__)?\s*(?:(?:option|choice)\s+)?\(?([A-Z])\)?(?![\p{L}\p{N}])/giu;
const ANSWER_LINE = /answer\s*[:：]\s*(?:\*\*|__)?\s*\(?([A-Z])\)?(?![\p{L}\p{N}])/giu;
const LONE_LETTER = /(?<![\p{L}\p{N}])([A-Z])(?![\p{L}\p{N}])/gu;
/** "I think", "A good guess": a pronoun or an article, not an option. */
const WORD_AFTER = /^\s+\p{Ll}/u;

/** `optionCount` bounds the letters: a four-option question never answers "(E)". */
export function chosenLetter(text: string, optionCount: number): ChosenLetter | undefined {
  const valid = (letter: string) => letter.charCodeAt(0) - 65 < optionCount;
  const statement = lastValid(text.matchAll(STATEMENT), valid);
  if (statement) return { letter: statement, rule: "answer statement" };
  const line = lastValid(text.matchAll(ANSWER_LINE), valid);
  if (line) return { letter: line, rule: "answer line" };
  let lone: string | undefined;
  for (const match of text.matchAll(LONE_LETTER)) {
    const letter = match[1] as string;
    const after = text.slice((match.index ?? 0) + 1);
    if (!valid(letter) || ((letter === "I" || letter === "A") && WORD_AFTER.test(after))) continue;
    lone = letter;
  }
  return lone === undefined ? undefined : { letter: lone, rule: "last lone letter" };
}

function lastValid(matches: Iterable<RegExpMatchArray>, valid: (letter: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const match of matches) {
    const letter = (match[1] as string).toUpperCase();
    // "the answer is a" in lower case is an article unless it is bracketed.
    if (match[1] !== letter && !match[0].includes("(")) continue;
    if (valid(letter)) found = letter;
  }
  return found;
}
