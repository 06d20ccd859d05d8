// A BPE tokenizer's pre-tokenization: the pieces its split regex cuts text into (BPE never merges across them).
// ASCII is scanned by hand, several times faster than the Unicode regex; a piece touching any other char asks the regex.

/** Split schemes: cl100k as tiktoken writes it today, llama3 (cl100k's older form), qwen2 (single digits), o200k. */
export type PreTokenizerScheme = "o200k" | "cl100k" | "llama3" | "qwen2";

export interface PreTokenizer {
  readonly scheme: PreTokenizerScheme;
  /** The tokenizer's own split regex in JS syntax (flags "gu"); the hand scanner must agree with it. */
  readonly pattern: RegExp;
  /** Where the piece starting at `start` ends (start < text.length, and start is a piece boundary). */
  pieceEnd(text: string, start: number): number;
}

// JS has no `(?i:...)` group, so the case-insensitive contractions are written out. JS `\s` differs from the Rust
// regex behind tiktoken and Hugging Face in two chars (U+FEFF is a space here, U+0085 there); both JS libraries agree.
const CONTRACTION = String.raw`'(?:[sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])`;
const WORD_PREFIX = String.raw`[^\r\n\p{L}\p{N}]`;
const UPPER_LIKE = String.raw`[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]`;
const LOWER_LIKE = String.raw`[\p{Ll}\p{Lm}\p{Lo}\p{M}]`;
const NEWLINES_AND_SPACES = String.raw`\s*[\r\n]+|\s+(?!\S)|\s+`;

const PATTERNS: Record<PreTokenizerScheme, string> = {
  llama3: String.raw`${CONTRACTION}|${WORD_PREFIX}?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|${NEWLINES_AND_SPACES}`,
  qwen2: String.raw`${CONTRACTION}|${WORD_PREFIX}?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|${NEWLINES_AND_SPACES}`,
  // tiktoken's current cl100k differs from llama3's copy only in keeping trailing whitespace whole at the end of text.
  cl100k: String.raw`${CONTRACTION}|${WORD_PREFIX}?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s+$|${NEWLINES_AND_SPACES}`,
  o200k: [
    String.raw`${WORD_PREFIX}?${UPPER_LIKE}*${LOWER_LIKE}+(?:${CONTRACTION})?`,
    String.raw`${WORD_PREFIX}?${UPPER_LIKE}+${LOWER_LIKE}*(?:${CONTRACTION})?`,
    String.raw`\p{N}{1,3}`,
    String.raw` ?[^\s\p{L}\p{N}]+[\r\n/]*`,
    NEWLINES_AND_SPACES,
  ].join("|"),
};

// Character classes of the hand scanner; anything at or above 128 is NON_ASCII and sends the piece to the regex.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const NEWLINE = 4;
/** JS `\s` within ASCII, apart from \r and \n: space, \t, \v, \f. */
const BLANK = 5;
const NON_ASCII = 6;
const END = 7;

const ASCII_CLASSES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  if (code >= 97 && code <= 122) ASCII_CLASSES[code] = LOWER;
  else if (code >= 65 && code <= 90) ASCII_CLASSES[code] = UPPER;
  else if (code >= 48 && code <= 57) ASCII_CLASSES[code] = DIGIT;
  else if (code === 10 || code === 13) ASCII_CLASSES[code] = NEWLINE;
  else if (code === 32 || (code >= 9 && code <= 12)) ASCII_CLASSES[code] = BLANK;
  else ASCII_CLASSES[code] = OTHER;
}

const SPACE_CODE = 32;
const APOSTROPHE_CODE = 39;
const SLASH_CODE = 47;
/** A scanner's answer when the regex must decide. */
const ASK_REGEX = -1;

function classAt(text: string, i: number): number {
  if (i >= text.length) return END;
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_CLASSES[code]! : NON_ASCII;
}

const isLetter = (cls: number) => cls === LOWER || cls === UPPER;

/** Length of the contraction ('s 't 're 've 'm 'll 'd, any case) at `i`, or 0. */
function contractionLength(text: string, i: number): number {
  if (text.charCodeAt(i) !== APOSTROPHE_CODE) return 0;
  const first = text.charCodeAt(i + 1) | 0x20;
  if (first === 0x73 || first === 0x74 || first === 0x6d || first === 0x64) return 2;
  const second = text.charCodeAt(i + 2) | 0x20;
  if ((first === 0x72 || first === 0x76) && second === 0x65) return 3;
  return first === 0x6c && second === 0x6c ? 3 : 0;
}

/** End of the run of `wanted` chars from `i`, or ASK_REGEX when a non-ASCII char might extend it. */
function runEnd(text: string, i: number, wanted: (cls: number) => boolean): number {
  let cls = classAt(text, i);
  while (wanted(cls)) cls = classAt(text, ++i);
  return cls === NON_ASCII ? ASK_REGEX : i;
}

const isOther = (cls: number) => cls === OTHER;
const isUpper = (cls: number) => cls === UPPER;
const isLower = (cls: number) => cls === LOWER;

/** ` ?[^\s\p{L}\p{N}]+` then newlines (and slashes for o200k), from `i` (the first punctuation char). */
function punctuationEnd(text: string, i: number, slashes: boolean): number {
  let end = runEnd(text, i, isOther);
  if (end === ASK_REGEX) return end;
  let code = text.charCodeAt(end);
  while (code === 10 || code === 13 || (slashes && code === SLASH_CODE)) code = text.charCodeAt(++end);
  return end;
}

function digitsEnd(text: string, start: number, maxDigits: number): number {
  let i = start + 1;
  while (i - start < maxDigits && classAt(text, i) === DIGIT) i++;
  return i - start < maxDigits && classAt(text, i) === NON_ASCII ? ASK_REGEX : i;
}

/** `\s+$` (cl100k only), `\s*[\r\n]+`, `\s+(?!\S)`, `\s+` over the whitespace run at `start`. */
function whitespaceEnd(text: string, start: number, keepTrailingWhole: boolean): number {
  let i = start;
  let lastNewline = -1;
  for (let cls = classAt(text, i); cls === BLANK || cls === NEWLINE; cls = classAt(text, ++i)) {
    if (cls === NEWLINE) lastNewline = i;
  }
  const after = classAt(text, i);
  if (after === NON_ASCII) return ASK_REGEX;
  if (after === END && keepTrailingWhole) return i;
  if (lastNewline >= 0) return lastNewline + 1;
  if (after === END) return i;
  return i - start >= 2 ? i - 1 : i;
}

function cl100kLikeEnd(text: string, start: number, maxDigits: number, keepTrailingWhole: boolean): number {
  const cls = classAt(text, start);
  if (cls === NON_ASCII) return ASK_REGEX;
  const contraction = contractionLength(text, start);
  if (contraction > 0) return start + contraction;
  if (isLetter(cls)) return runEnd(text, start, isLetter);
  if (cls === DIGIT) return digitsEnd(text, start, maxDigits);
  const next = classAt(text, start + 1);
  if (cls !== NEWLINE) {
    if (isLetter(next)) return runEnd(text, start + 1, isLetter);
    if (next === NON_ASCII) return ASK_REGEX;
  }
  if (cls === OTHER) return punctuationEnd(text, start, false);
  if (text.charCodeAt(start) === SPACE_CODE && next === OTHER) return punctuationEnd(text, start + 1, false);
  return whitespaceEnd(text, start, keepTrailingWhole);
}

/** o200k words: upper-case run then lower-case run (or an upper-case run alone), then an optional contraction. */
function o200kWordEnd(text: string, start: number): number {
  let i = runEnd(text, start, isUpper);
  if (i === ASK_REGEX) return i;
  if (classAt(text, i) === LOWER) i = runEnd(text, i, isLower);
  return i === ASK_REGEX ? i : i + contractionLength(text, i);
}

function o200kEnd(text: string, start: number): number {
  const cls = classAt(text, start);
  if (cls === NON_ASCII) return ASK_REGEX;
  if (isLetter(cls)) return o200kWordEnd(text, start);
  if (cls === DIGIT) return digitsEnd(text, start, 3);
  const next = classAt(text, start + 1);
  if (cls !== NEWLINE) {
    if (isLetter(next)) return o200kWordEnd(text, start + 1);
    if (next === NON_ASCII) return ASK_REGEX;
  }
  if (cls === OTHER) return punctuationEnd(text, start, true);
  if (text.charCodeAt(start) === SPACE_CODE && next === OTHER) return punctuationEnd(text, start + 1, true);
  return whitespaceEnd(text, start, false);
}

const SCANNERS: Record<PreTokenizerScheme, (text: string, start: number) => number> = {
  llama3: (text, start) => cl100kLikeEnd(text, start, 3, false),
  qwen2: (text, start) => cl100kLikeEnd(text, start, 1, false),
  cl100k: (text, start) => cl100kLikeEnd(text, start, 3, true),
  o200k: o200kEnd,
};

export function createPreTokenizer(scheme: PreTokenizerScheme): PreTokenizer {
  const scan = SCANNERS[scheme];
  // Sticky: the pattern matches every char, so the piece at a boundary is the match starting exactly there.
  const sticky = new RegExp(PATTERNS[scheme], "uy");
  return {
    scheme,
    pattern: new RegExp(PATTERNS[scheme], "gu"),
    pieceEnd(text, start) {
      const end = scan(text, start);
      if (end !== ASK_REGEX) return end;
      sticky.lastIndex = start;
      // Every char matches some alternative; the fallback only guards against looping forever on a bad pattern.
      return start + (sticky.exec(text)?.[0].length ?? 1);
    },
  };
}
