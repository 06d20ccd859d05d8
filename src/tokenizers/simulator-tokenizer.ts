// The provider simulator's documented token scheme, as a tokenizer: one pass over char codes, no regex, no
// allocation, so a 1 MB prompt is counted in milliseconds. Cutting helpers count exactly like countSimulatedTokens.

import type { Tokenizer } from "./tokenizer.ts";

/** Words cost one token per 4 characters: `run & 3` is `run % 4`. */
const WORD_PIECE_MASK = 3;

const SPACE = 0;
const WORD = 1;
const SINGLE = 2;

/** Letters, digits and most non-ASCII letters join words; ASCII and general punctuation, CJK and emoji halves count alone. */
function charKind(code: number): number {
  if (code <= 32 || code === 0xa0) return SPACE;
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95) return WORD;
    return SINGLE;
  }
  if (code >= 0x2000 && code <= 0x206f) return code <= 0x200b ? SPACE : SINGLE;
  if (code >= 0x2e80) return code >= 0xa000 && code < 0xd800 ? WORD : SINGLE;
  return WORD;
}

// One table lookup per char is what keeps megabyte prompts in the low milliseconds.
const KINDS = new Uint8Array(0x10000);
for (let code = 0; code < KINDS.length; code++) KINDS[code] = charKind(code);

/** Words cost one token per started 4-character piece; punctuation one token each; whitespace nothing. */
export function countSimulatedTokens(text: string): number {
  let tokens = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = KINDS[text.charCodeAt(i)];
    if (kind === WORD) {
      if ((run & WORD_PIECE_MASK) === 0) tokens++;
      run++;
    } else {
      run = 0;
      if (kind === SINGLE) tokens++;
    }
  }
  return tokens;
}

/** Char offset where the first `maxTokens` tokens end (text.length when all of it fits). */
export function tokenPrefixEnd(text: string, maxTokens: number): number {
  let tokens = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = KINDS[text.charCodeAt(i)];
    if (kind === WORD) {
      if ((run & WORD_PIECE_MASK) === 0) {
        if (tokens === maxTokens) return i;
        tokens++;
      }
      run++;
    } else {
      run = 0;
      if (kind === SINGLE) {
        if (tokens === maxTokens) return i;
        tokens++;
      }
    }
  }
  return text.length;
}

/** Char offset where the last `maxTokens` tokens begin (0 when all of it fits). */
export function tokenSuffixStart(text: string, maxTokens: number): number {
  let tokens = 0;
  let run = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const kind = KINDS[text.charCodeAt(i)];
    if (kind === WORD) {
      if ((run & WORD_PIECE_MASK) === 0) {
        if (tokens === maxTokens) return i + 1;
        tokens++;
      }
      run++;
    } else {
      run = 0;
      if (kind === SINGLE) {
        if (tokens === maxTokens) return i + 1;
        tokens++;
      }
    }
  }
  return 0;
}

/** Text cut to at most `maxTokens` tokens, and whether anything was cut. */
export function cutToTokens(text: string, maxTokens: number): { text: string; cut: boolean } {
  const end = tokenPrefixEnd(text, maxTokens);
  return end >= text.length ? { text, cut: false } : { text: text.slice(0, end).trimEnd(), cut: true };
}

/** Exact for the simulator: what it reports as prompt tokens is this count plus its chat-format overhead. */
export const simulatorTokenizer: Tokenizer = { name: "simulator", exact: true, count: countSimulatedTokens };
