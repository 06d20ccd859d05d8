// Reads which lettered choice a free-text response picked, trying the strongest evidence first.
// Each kind of evidence either names one choice, names several (ambiguous: the caller must not guess), or nothing.

import { answerStatements } from "./answer-phrases.ts";
import { clipText } from "./clip-text.ts";
import { findFinalAnswer } from "./final-answer.ts";
import { normalizeText } from "./normalize-text.ts";

export type ChoiceExtraction =
  | { kind: "chosen"; index: number; evidence: string }
  | { kind: "ambiguous"; indices: number[]; evidence: string }
  | { kind: "none"; detail: string };

export const choiceLetter = (index: number): string => String.fromCharCode(65 + index);

// Articles and "option" words between "the answer is" and the letter: "es la opción B", "é a alternativa C".
const LEAD_WORDS = /^(?:(?:la|el|le|l'|die|der|a|o|il|the)\s+)?(?:(?:opci[oó]n|option|opzione|op[çc][ãa]o|alternativa|choice|letter|letra|lettre)\s+)?/u;
// A letter, maybe bracketed or bold, not followed by more of a word: "B", "(B)", "**B**", "B)".
const LETTER_TOKEN = /^(\*\*|__)?\s*([(\[])?\s*([A-Za-z])\s*([)\]])?\s*(?:\*\*|__)?(?![\p{L}\p{N}])/u;
const JOINING_WORD = String.raw`(?:or|and|y|o|ou|oder|und|e)\s+`;
const LIST_JOINER = new RegExp(String.raw`^\s*(?:[,/&]\s*(?:${JOINING_WORD})?|${JOINING_WORD}|[或和]\s*)`, "iu");
const BOLD_LETTER = /\*\*\s*\(?([A-Z])\)?\s*(?:[).:][^*\n]*)?\*\*/gu;
const LONE_LETTER_LINE = /^[ \t]*(?:[-*>][ \t]+)?(?:\*\*|__)?[ \t]*[(\[]?([A-Za-z])[)\]]?[.:]?[ \t]*(?:\*\*|__)?[ \t]*$/gmu;
const LABELLED_LINE = /^[ \t]*(?:[-*>][ \t]+)?(?:\*\*)?[ \t]*\(?([A-Z])(?:\)|\.|:|[ \t]+[-–—])/gmu;

export function extractChoice(output: string, choices: readonly string[]): ChoiceExtraction {
  const text = output.normalize("NFKC");
  const final = findFinalAnswer(text);
  if (final !== undefined) {
    const found = choiceInAnswer(final, choices);
    return found ?? { kind: "none", detail: `the final answer ${JSON.stringify(clipText(final))} names no choice` };
  }
  const tiers: [string, () => number[]][] = [
    ["an answer statement", () => answerStatements(text).flatMap((tail) => statedChoices(tail, choices))],
    ["a bold letter", () => lettersOf(text.matchAll(BOLD_LETTER), choices)],
    ["a line holding only a letter", () => lettersOf(text.matchAll(LONE_LETTER_LINE), choices)],
    ["a line opening with a letter", () => lettersOf(text.matchAll(LABELLED_LINE), choices)],
    ["the text of a choice", () => mentionedChoices(text, choices)],
  ];
  for (const [evidence, find] of tiers) {
    const verdict = decide(find(), evidence);
    if (verdict) return verdict;
  }
  return { kind: "none", detail: "found no chosen letter or choice text in the response" };
}

/** The choice index named by an expected answer: a letter ("B", "(b)") or the text of a choice. */
export function resolveChoice(answer: string, choices: readonly string[]): number | undefined {
  const letter = /^\s*[(\[]?([A-Za-z])[)\].]?\s*$/u.exec(answer)?.[1];
  if (letter !== undefined) {
    const index = letter.toUpperCase().charCodeAt(0) - 65;
    if (index < choices.length) return index;
  }
  const wanted = normalizeText(answer);
  const index = choices.findIndex((choice) => normalizeText(choice) === wanted);
  return index < 0 ? undefined : index;
}

/** A final answer line is explicit: a leading letter, a list of letters (ambiguous), or a choice's text. */
function choiceInAnswer(answer: string, choices: readonly string[]): ChoiceExtraction | undefined {
  const evidence = "the final answer line";
  let stated = statedChoices(answer, choices);
  // "ANSWER: The correct option is B" puts a statement inside the line.
  if (stated.length === 0) stated = answerStatements(answer).flatMap((tail) => statedChoices(tail, choices));
  return decide(stated.length > 0 ? stated : mentionedChoices(answer, choices), evidence);
}

/** What follows "the answer is": leading letters, else the choice whose text the statement opens with. */
function statedChoices(statement: string, choices: readonly string[]): number[] {
  const letters = leadingChoices(statement, choices);
  if (letters.length > 0) return letters;
  const opening = normalizeText(statement.replace(LEAD_WORDS, ""));
  let best: number | undefined;
  let bestLength = 0;
  choices.forEach((choice, index) => {
    const text = normalizeText(choice);
    const boundary = opening.charAt(text.length);
    if (text.length > bestLength && opening.startsWith(text) && !/[\p{L}\p{N}]/u.test(boundary)) {
      best = index;
      bestLength = text.length;
    }
  });
  return best === undefined ? [] : [best];
}

/** Letters at the start of `text`, following "B or C" / "B, C" lists so a hedge is seen as one. */
function leadingChoices(text: string, choices: readonly string[]): number[] {
  const indices: number[] = [];
  let rest = text.replace(LEAD_WORDS, "");
  for (;;) {
    const match = LETTER_TOKEN.exec(rest);
    if (!match) break;
    const [token, bold, open, letter = "", close] = match;
    const after = rest.slice(token.length);
    // A lowercase letter followed by a word is the article "a", not choice A, unless it is marked as a letter.
    const marked = bold !== undefined || open !== undefined || close !== undefined;
    if (letter === letter.toLowerCase() && !marked && /^\s+\p{L}/u.test(after)) break;
    const index = letter.toUpperCase().charCodeAt(0) - 65;
    if (index >= choices.length) break;
    indices.push(index);
    const joiner = LIST_JOINER.exec(after);
    if (!joiner) break;
    rest = after.slice(joiner[0].length);
  }
  return indices;
}

function lettersOf(matches: Iterable<RegExpMatchArray>, choices: readonly string[]): number[] {
  const indices: number[] = [];
  for (const match of matches) {
    const index = (match[1] ?? "").toUpperCase().charCodeAt(0) - 65;
    if (index >= 0 && index < choices.length) indices.push(index);
  }
  return indices;
}

/** Choices whose text appears as whole words; a choice contained in a longer mentioned one ("Paris" in "Paris, Texas") is dropped. */
function mentionedChoices(text: string, choices: readonly string[]): number[] {
  const haystack = normalizeText(text);
  const texts = choices.map((choice) => normalizeText(choice));
  const exact = texts.indexOf(haystack);
  if (exact >= 0) return [exact];
  const found = texts.flatMap((needle, index) => (needle !== "" && containsWords(haystack, needle) ? [index] : []));
  return found.filter((i) => !found.some((j) => j !== i && (texts[j] as string).includes(texts[i] as string)));
}

function containsWords(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(haystack);
}

function decide(indices: number[], evidence: string): ChoiceExtraction | undefined {
  const distinct = [...new Set(indices)].sort((a, b) => a - b);
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return { kind: "chosen", index: distinct[0] as number, evidence };
  return { kind: "ambiguous", indices: distinct, evidence };
}
