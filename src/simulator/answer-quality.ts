// How the simulated judges read one answer: what a careful grader marks down (no answer, a refusal, a loop, emoji and
// exclamation padding, enthusiastic filler, a length far from the one asked), as a 0..10 score with notes. The
// same reading serves the pairwise and the rubric judge, and never depends on where an answer is shown.

import { askedWordCount } from "./compose-solver.ts";

export interface AnswerReading {
  /** 10 for a clean answer, lower for each fault found. */
  score: number;
  /** The faults found, in a few words each. */
  faults: string[];
}

const NO_ANSWER = /^\s*(?:i don't know\.?|no lo sé\.?|je ne sais pas\.?)?\s*$/iu;
const REFUSAL = /\b(?:I can't|I cannot|I won't|I'm sorry, but|I am sorry, but|No puedo|Lo siento|je ne peux pas|Désolé)\b/iu;
const FILLER = /great question|fantastic thing to ask|so happy to help|i love this one|let's dive right in|i hope this helps|let me know if you have|isn't that fascinating|keep those great questions|you've totally got this/giu;
const EMOJI = /\p{Extended_Pictographic}/gu;

export function readAnswer(answer: string, question: string): AnswerReading {
  const faults: string[] = [];
  let score = 10;
  const mark = (points: number, fault: string) => {
    score -= points;
    faults.push(fault);
  };
  if (NO_ANSWER.test(answer)) return { score: 0, faults: ["no answer"] };
  if (REFUSAL.test(answer)) mark(6, "refuses");
  const words = answer.split(/\s+/u).filter((w) => w !== "");
  if (repeatsItself(words)) mark(6, "repeats itself");
  const emoji = answer.match(EMOJI)?.length ?? 0;
  if (emoji > 0) mark(Math.min(3, 0.5 * emoji), `${emoji} emoji`);
  const exclamations = answer.match(/!/gu)?.length ?? 0;
  if (exclamations > 1) mark(Math.min(2, 0.25 * exclamations), `${exclamations} exclamation marks`);
  const filler = answer.match(FILLER)?.length ?? 0;
  if (filler > 0) mark(Math.min(2, 0.5 * filler), "enthusiastic filler");
  const asked = askedWordCount(question);
  if (asked !== undefined) {
    const off = Math.abs(words.length - asked) / asked;
    if (off > 0.1) mark(Math.min(3, 4 * off), `${words.length} words for ${asked} asked`);
  }
  return { score: Math.max(0, score), faults };
}

/** A tail where few word triples are new: the answer has fallen into a loop. */
function repeatsItself(words: readonly string[]): boolean {
  const tail = words.slice(-60).map((w) => w.toLowerCase());
  if (tail.length < 20) return false;
  const triples = new Set<string>();
  for (let i = 0; i + 2 < tail.length; i++) triples.add(`${tail[i]} ${tail[i + 1]} ${tail[i + 2]}`);
  return triples.size / (tail.length - 2) < 0.5;
}
