// The `recall` solver: answers the last question in the prompt with the other sentences sharing most of its
// content words (all of those tied for best, so a question over several planted sentences gets every one back),
// and needle-in-a-haystack prompts get right answers until truncation, a limit or the recall span removes a needle.
// It searches with indexOf per question word, never word by word, so megabyte haystacks stay cheap.

import type { SimulatedMessage } from "./prompt-tokens.ts";

const IGNORED = new Set(
  ("what which where when whom whose does did the and for are was were that this with from have has into " +
    "text passage document context question answer please tell above below mentioned according").split(" "),
);
const MAX_WORDS = 24;

/** The best-matching sentences outside the question, or undefined when none shares enough words with the question. */
export function recallAnswer(messages: readonly SimulatedMessage[], lastUser: number): string | undefined {
  const last = messages[lastUser]?.content ?? "";
  const questionEnd = last.lastIndexOf("?");
  if (questionEnd < 0) return undefined;
  const questionStart = sentenceStart(last, questionEnd);
  const words = contentWords(last.slice(questionStart, questionEnd));
  if (words.length === 0) return undefined;
  const needed = Math.min(words.length, Math.max(2, Math.ceil(words.length / 2)));

  let best: string[] = [];
  let bestScore = 0;
  const texts: string[] = [];
  for (let m = 0; m < lastUser; m++) {
    const message = messages[m];
    if (message && message.role !== "assistant") texts.push(message.content);
  }
  texts.push(last.slice(0, questionStart), last.slice(questionEnd + 1));
  for (const text of texts) {
    const found = bestSentences(text, words);
    if (!found || found.score < bestScore) continue;
    if (found.score > bestScore) best = [];
    best.push(...found.sentences);
    bestScore = found.score;
  }
  return bestScore >= needed && best.length > 0 ? [...new Set(best)].join(" ") : undefined;
}

function contentWords(question: string): string[] {
  const words = new Set<string>();
  for (const match of question.toLowerCase().matchAll(/[\p{L}\p{N}]{3,}/gu)) {
    if (!IGNORED.has(match[0])) words.add(match[0]);
    if (words.size === MAX_WORDS) break;
  }
  return [...words];
}

function bestSentences(text: string, words: readonly string[]): { sentences: string[]; score: number } | undefined {
  const lower = text.toLowerCase();
  // Sentence start -> bit set of the question words found in it.
  const hits = new Map<number, number>();
  words.forEach((word, bit) => {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      if (isWordChar(lower.charCodeAt(at - 1)) || isWordChar(lower.charCodeAt(at + word.length))) continue;
      const start = sentenceStart(lower, at);
      hits.set(start, (hits.get(start) ?? 0) | (1 << bit));
    }
  });
  let starts: number[] = [];
  let bestScore = 0;
  for (const [start, bits] of hits) {
    const score = popCount(bits);
    if (score > bestScore) {
      starts = [];
      bestScore = score;
    }
    if (score === bestScore) starts.push(start);
  }
  if (starts.length === 0) return undefined;
  starts.sort((a, b) => a - b);
  return { sentences: starts.map((start) => text.slice(start, sentenceEnd(text, start)).trim()), score: bestScore };
}

function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** Index just after the previous sentence break before `at` (0 at the start of the text). */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (isSentenceBreak(text.charCodeAt(i))) return i + 1;
  return 0;
}

/** Index just after the sentence's closing punctuation. */
function sentenceEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) if (isSentenceBreak(text.charCodeAt(i))) return i + 1;
  return text.length;
}

function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code > 127 && (code < 0x2000 || code > 0x206f));
}

function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}
