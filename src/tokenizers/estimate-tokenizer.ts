// A tokenizer-free count for models whose tokenizer is unknown: word, number and punctuation runs priced like modern
// ~100k-200k-vocabulary BPE tokenizers price them. One pass over char codes; within a few percent on English prose.

import type { Tokenizer } from "./tokenizer.ts";

export const BLANK = 0;
export const NEWLINE = 1;
export const ASCII_LETTER = 2;
/** Accented Latin, Greek, Cyrillic, Arabic, Indic...: vocabularies hold fewer of their words, so they cost more. */
export const OTHER_LETTER = 3;
export const DIGIT = 4;
export const PUNCTUATION = 5;
/** CJK ideographs, kana, hangul, and the halves of astral chars (emoji): about one token each. */
export const DENSE = 6;

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const WHITESPACE = /\s/u;

function charClass(code: number): number {
  if (code === 10 || code === 13) return NEWLINE;
  if (code < 128) {
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return ASCII_LETTER;
    if (code >= 48 && code <= 57) return DIGIT;
    return code === 32 || code === 9 ? BLANK : PUNCTUATION;
  }
  if (code >= 0xd800 && code <= 0xdfff) return DENSE;
  const char = String.fromCharCode(code);
  if (WHITESPACE.test(char) || code === 0x200b) return BLANK;
  if (!LETTER_OR_MARK.test(char)) return PUNCTUATION;
  return code >= 0x2e80 ? DENSE : OTHER_LETTER;
}

const CLASSES = new Uint8Array(0x10000);
for (let code = 0; code < CLASSES.length; code++) CLASSES[code] = charClass(code);

/** The class of one UTF-16 code unit (BLANK ... DENSE), for callers that count as text streams in (the loop guard). */
export function estimateCharClass(code: number): number {
  return CLASSES[code]!;
}

/**
 * A word is one token up to ONE_TOKEN_WORD letters (a non-ASCII letter weighs OTHER_LETTER_WEIGHT), plus one per
 * LETTERS_PER_EXTRA_TOKEN beyond. Tuned on English and Spanish text against o200k, cl100k, Llama 3 and Qwen 3.
 */
export const ONE_TOKEN_WORD = 6;
export const OTHER_LETTER_WEIGHT = 4;
export const LETTERS_PER_EXTRA_TOKEN = 4;
export const DIGITS_PER_TOKEN = 3;
export const PUNCTUATION_PER_TOKEN = 2;
const END = 255;

const classAt = (text: string, i: number) => (i < text.length ? CLASSES[text.charCodeAt(i)]! : END);
const isLetter = (cls: number) => cls === ASCII_LETTER || cls === OTHER_LETTER;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** Approximate tokens of `text` for an unknown modern BPE tokenizer. */
export function estimateTokens(text: string): number {
  let tokens = 0;
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i);
    const start = i;
    if (isLetter(cls)) {
      let weight = 0;
      for (let c = cls; isLetter(c); c = classAt(text, ++i)) weight += c === ASCII_LETTER ? 1 : OTHER_LETTER_WEIGHT;
      tokens += 1 + Math.floor(Math.max(0, weight - ONE_TOKEN_WORD) / LETTERS_PER_EXTRA_TOKEN);
    } else if (cls === DIGIT || cls === PUNCTUATION) {
      while (classAt(text, i) === cls) i++;
      // An apostrophe before a letter belongs to the word that follows: "they're" is "they" + "'re".
      const joinsWord = i - start === 1 && isApostrophe(text.charCodeAt(start)) && isLetter(classAt(text, i));
      if (!joinsWord) tokens += Math.ceil((i - start) / (cls === DIGIT ? DIGITS_PER_TOKEN : PUNCTUATION_PER_TOKEN));
    } else if (cls === DENSE) {
      tokens++;
      i++;
    } else {
      // A single space rides on the next word; a longer run of blanks or any line break is a token of its own.
      let newline = false;
      for (let c = cls; c === BLANK || c === NEWLINE; c = classAt(text, ++i)) newline ||= c === NEWLINE;
      if (newline || i - start > 1) tokens++;
    }
  }
  return tokens;
}

export const estimateTokenizer: Tokenizer = { name: "estimate", exact: false, count: estimateTokens };
