// Counts the phrases of our slop list in a response's words: case-insensitive, whole words, longest phrase first.

import { SLOP_PHRASES_EN, SLOP_PHRASES_ES } from "./slop-list.ts";
import { wordTokens } from "./word-tokens.ts";

export interface SlopCount {
  /** Phrase occurrences; overlapping entries count once (the longest at each position). */
  total: number;
  /** Occurrences of each list entry that appeared, keyed by the entry as written in the list. */
  phrases: Record<string, number>;
}

interface Phrase {
  entry: string;
  words: readonly string[];
}

/** Phrases by their first word, longest first, so a scan tries "delve into" before "delve". */
const BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const entry of new Set([...SLOP_PHRASES_EN, ...SLOP_PHRASES_ES])) {
  const words = wordTokens(entry);
  const first = words[0];
  if (first === undefined) continue;
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push({ entry, words });
  BY_FIRST_WORD.set(first, list);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Slop phrases in `words` (from wordTokens); a match consumes its words, so phrases never double count. */
export function countSlop(words: readonly string[]): SlopCount {
  const phrases: Record<string, number> = {};
  let total = 0;
  let i = 0;
  while (i < words.length) {
    const match = BY_FIRST_WORD.get(words[i]!)?.find((phrase) => matchesAt(words, i, phrase.words));
    if (!match) {
      i++;
      continue;
    }
    phrases[match.entry] = (phrases[match.entry] ?? 0) + 1;
    total++;
    i += match.words.length;
  }
  return { total, phrases };
}

function matchesAt(words: readonly string[], start: number, phrase: readonly string[]): boolean {
  if (start + phrase.length > words.length) return false;
  for (let k = 1; k < phrase.length; k++) if (words[start + k] !== phrase[k]) return false;
  return true;
}
