// The `riddle` solver: reads a puzzle the way a careful model would (which puzzle it is, then the detail or the
// numbers that decide it) and answers on the one answer line the prompt asks for, in the prompt's language.
// It knows puzzle shapes, not answers: a twin worded differently from its classic is read, and answered, differently.

import { filledLine, formatLines } from "./format-lines.ts";
import { detectLanguage } from "./language.ts";
import { NUMBER_PUZZLES } from "./number-puzzles.ts";
import { asPuzzleLanguage, LEAD_IN, type Puzzle } from "./puzzle-words.ts";
import { TRICK_PUZZLES } from "./trick-puzzles.ts";

const PUZZLES: readonly Puzzle[] = [...TRICK_PUZZLES, ...NUMBER_PUZZLES];

/** The reader that takes this question, if any (for tests). */
export function puzzleFor(question: string): Puzzle | undefined {
  return PUZZLES.find((puzzle) => puzzle.recognise.every((pattern) => pattern.test(question)));
}

/** A brief lead-in and the filled answer line; undefined when the prompt asks for no single answer line or no reader fits. */
export function riddleAnswer(prompt: string): string | undefined {
  const lines = formatLines(prompt);
  const line = lines[0];
  if (lines.length !== 1 || line === undefined) return undefined;
  const text = prompt.replace(/[’‘]/gu, "'");
  // The puzzle is what comes before the instructions' paragraph: "answer in exactly this form" is not part of it.
  const question = text.slice(0, Math.max(0, text.lastIndexOf("\n\n", text.indexOf(line.label.trim())))) || text;
  const puzzle = puzzleFor(question);
  if (!puzzle) return undefined;
  const language = asPuzzleLanguage(detectLanguage(text));
  const answer = puzzle.read(question, language);
  return answer === undefined ? undefined : `${LEAD_IN[language]}\n\n${filledLine(line, answer)}`;
}
