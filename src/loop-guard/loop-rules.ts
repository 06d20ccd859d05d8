// When a repeating run counts as a loop. Sizes are in estimated tokens (dense scripts and emoji cost more per character
// than English), with a floor in characters so a short grid or border is never one (unless its unit is tiny and
// repeated 50 times: "45, 45, 45, ...").
// - exact: the unit repeats verbatim (case and blanks aside): three copies, or for a long unit a second copy that has
//   gone on for secondCopyTokens, since waiting for a third would cost a whole unit more.
// - counter: the copies differ only in their numbers ("Poll 2: still PENDING", "Poll 3: ..."). A numbered list, table
//   or log reads the same way, so only a prose line or sentence counts, over a longer stretch.
// - near: sentences restated in other words (near-loop-tracker.ts), over the same longer stretch.
// A request for repetition (repetition-request.ts) lets a run go on to the copies asked for, and one more.

import type { RepetitionAllowance } from "./repetition-request.ts";

export interface LoopThresholds {
  /** Whole copies of a short unit a verbatim loop must hold. */
  minRepeats: number;
  /** Estimated tokens a verbatim loop must span. */
  minLoopTokens: number;
  /** Estimated tokens of verbatim second copy that make a loop of a long unit without a third copy. */
  secondCopyTokens: number;
  /** Raw characters any loop must span (a Chinese character or an emoji counting two): a border, a refrain or a small grid stays below it. */
  minLoopChars: number;
  /** Estimated tokens a counter loop must span; it also needs one copy more than a verbatim loop. */
  counterLoopTokens: number;
  /** Estimated tokens a near loop must span. */
  nearLoopTokens: number;
  /** Sentences a near loop must hold. */
  nearMinSentences: number;
}

/** What a rule is told of one candidate run. */
export interface RunMeasure {
  /** Characters of one unit, normalised. */
  period: number;
  /** Normalised characters from the onset to now, and those of the copies after the first. */
  spanChars: number;
  matchedChars: number;
  /** Estimated tokens of the same. */
  spanTokens: number;
  matchedTokens: number;
  /** Raw characters from the onset to now, dense-script characters and emoji counted twice (as wide as they print). */
  width: number;
  copies: number;
  /** Line breaks in one unit: 0 for part of a line, 1 for a line or row, more for a stanza or a block. */
  lineBreaks: number;
}

/** Copies of a unit so short that the character floor no longer applies: "45, 45, 45, ..." is no grid. */
const MANY_COPIES = 50;

export function isExactLoop(run: RunMeasure, t: LoopThresholds): boolean {
  const enoughCopies = run.matchedChars >= (t.minRepeats - 1) * run.period || run.matchedTokens >= t.secondCopyTokens;
  return enoughCopies && run.spanTokens >= t.minLoopTokens && (run.width >= t.minLoopChars || run.copies >= MANY_COPIES);
}

/** `prose`: the unit is a line or sentence of words, not a row of a table, a line of code or a log line. */
export function isCounterLoop(run: RunMeasure, prose: boolean, t: LoopThresholds): boolean {
  if (!prose || run.lineBreaks > 1) return false;
  const enoughCopies = run.matchedChars >= t.minRepeats * run.period || run.matchedTokens >= t.counterLoopTokens;
  return enoughCopies && run.spanTokens >= t.counterLoopTokens && run.width >= t.minLoopChars;
}

export function isNearLoop(run: RunMeasure, sentences: number, t: LoopThresholds): boolean {
  return sentences >= t.nearMinSentences && run.spanTokens >= t.nearLoopTokens && run.width >= t.minLoopChars;
}

/** Copies the prompt allowed for this unit: rows or lines for a unit spanning a line, cells for a smaller one. */
export function allowedCopies(allowance: RepetitionAllowance | undefined, lineBreaks: number): number | undefined {
  if (!allowance) return undefined;
  const { copies, cells } = allowance;
  if (lineBreaks > 0 || cells === undefined) return copies;
  return Math.max(copies ?? 0, cells);
}

/** Past what was asked: one extra copy is let through (a header row, the line quoted once before it is repeated). */
export function beyondAllowance(copies: number, allowed: number | undefined): boolean {
  return allowed === undefined || copies > allowed + 1;
}

const MARKUP = new Set([..."|<>{}[]=`\\_^~@$%&/+"].map((char) => char.charCodeAt(0)));
const MIN_PROSE_LETTERS = 16;
const MIN_LETTER_SHARE = 0.8;

/** A unit of words: at least 16 letters, 80% of its visible characters letters, and no table or code markup. */
export function isProse(unit: Iterable<number>, isLetter: (code: number) => boolean): boolean {
  let letters = 0;
  let visible = 0;
  for (const code of unit) {
    if (code === 32 || code === 10) continue;
    if (MARKUP.has(code)) return false;
    visible++;
    if (isLetter(code)) letters++;
  }
  return letters >= MIN_PROSE_LETTERS && letters >= MIN_LETTER_SHARE * visible;
}
