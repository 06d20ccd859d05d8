// The text a loop is looked for in: case folded, each run of spaces one space, indentation dropped, each run of digits
// one mark, so "Attempt 7." and "attempt 8." read alike. Every character keeps the raw position it came
// from, the digits it stands for, and the estimated tokens of the text up to it, so a run can be measured in tokens.

import {
  ASCII_LETTER,
  BLANK,
  DENSE,
  DIGIT,
  DIGITS_PER_TOKEN,
  estimateCharClass,
  LETTERS_PER_EXTRA_TOKEN,
  NEWLINE,
  ONE_TOKEN_WORD,
  OTHER_LETTER,
  OTHER_LETTER_WEIGHT,
  PUNCTUATION,
} from "../tokenizers/estimate-tokenizer.ts";

/** Stands for a run of digits; a private-use character, so a literal "#" in the text stays apart from it. */
export const DIGITS_MARK = 0xe000;
export const SPACE = 32;
export const LINE_BREAK = 10;
const BLANKS_PER_SPACE = 32;
const INITIAL_CHARS = 1024;
/** Shared, never written: what a text holds before its first character. */
const NO_CHARS = new Uint16Array(0);
const NO_NUMBERS = new Int32Array(0);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Lower case of each UTF-16 unit beyond ASCII, filled in as units are met (0 = not looked up yet). */
const LOWER = new Uint16Array(0x10000);

function lowerCase(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let lower = LOWER[code]!;
  if (lower === 0) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    LOWER[code] = lower;
  }
  return lower;
}

/** The class of a raw unit, with full-width digits counted as digits. */
function classOf(code: number): number {
  return code >= 0xff10 && code <= 0xff19 ? DIGIT : estimateCharClass(code);
}

const isLetter = (cls: number) => cls === ASCII_LETTER || cls === OTHER_LETTER;

/**
 * Positions are absolute (0 = the first normalised character of the response); only the last `historyChars` are kept.
 * A run of digits is written once it ends, so the last character pushed may not be readable yet.
 */
export class NormalizedText {
  readonly #history: number;
  // Allocated on the first write: most answers end before the detector first looks at them.
  #chars = NO_CHARS;
  #raw = NO_NUMBERS;
  #tokens = NO_NUMBERS;
  #digits = NO_NUMBERS;
  #start = 0;
  #end = 0;
  #tokensBeforeStart = 0;
  #tokenCount = 0;
  #lastClass = BLANK;
  #wordWeight = 0;
  #punctuationRun = 0;
  /** Spaces and tabs since the last character that was not one. */
  #blankLength = 0;
  #digitCount = 0;
  #digitHash = 0;
  #digitRaw = 0;

  constructor(historyChars: number) {
    this.#history = historyChars;
  }

  /** Absolute position of the oldest character kept. */
  get start(): number {
    return this.#start;
  }

  /** Characters written so far (one past the newest). */
  get length(): number {
    return this.#start + this.#end;
  }

  charAt(index: number): number {
    return this.#chars[index - this.#start]!;
  }

  /** The raw position the character came from (the first of its run). */
  rawAt(index: number): number {
    return this.#raw[Math.max(0, index - this.#start)]!;
  }

  /** For a digits mark, a hash of the digits (never 0); else 0. */
  digitsAt(index: number): number {
    return this.#digits[index - this.#start]!;
  }

  /** Estimated tokens of the response up to and including `index`; -1 means before the first character. */
  tokensThrough(index: number): number {
    if (index < this.#start) return index < 0 ? 0 : this.#tokensBeforeStart;
    return this.#tokens[index - this.#start]!;
  }

  /** One raw UTF-16 unit at raw position `rawPosition`. */
  push(code: number, rawPosition: number): void {
    const cls = classOf(code);
    if (cls === DIGIT) {
      if (this.#digitCount === 0) {
        this.#digitRaw = rawPosition;
        this.#digitHash = FNV_OFFSET;
      }
      this.#digitHash = Math.imul(this.#digitHash ^ code, FNV_PRIME);
      this.#digitCount++;
      return;
    }
    this.#flushDigits();
    if (cls === BLANK || cls === NEWLINE) this.#blank(code, rawPosition);
    else this.#write(lowerCase(code), rawPosition, cls, 0);
  }

  /**
   * Every line break is kept (blank lines without end are a loop too); a run of spaces and tabs becomes one space, or
   * none at the start of a line (indentation), plus one more for every BLANKS_PER_SPACE, so a run of blanks that never
   * ends still moves the text along.
   */
  #blank(code: number, rawPosition: number): void {
    if (code === 13) return;
    if (code === LINE_BREAK) {
      this.#blankLength = 0;
      this.#tokenCount++;
      this.#write(LINE_BREAK, rawPosition, NEWLINE, 0);
      return;
    }
    const afterText = this.#lastClass !== BLANK && this.#lastClass !== NEWLINE;
    if (afterText) this.#blankLength = 0;
    this.#blankLength++;
    // Indentation is dropped from the text but not from the count: tokenizers spend a token on it.
    if (this.#blankLength === 1 && this.#lastClass === NEWLINE) this.#tokenCount++;
    if (afterText || this.#blankLength % BLANKS_PER_SPACE === 0) {
      if (!afterText) this.#tokenCount++;
      this.#write(SPACE, rawPosition, BLANK, 0);
    }
  }

  #flushDigits(): void {
    if (this.#digitCount === 0) return;
    // Tokenizers keep the space before a number apart from it (" 45" is two tokens), unlike the space before a word.
    if (this.#lastClass === BLANK) this.#tokenCount++;
    this.#tokenCount += Math.ceil(this.#digitCount / DIGITS_PER_TOKEN);
    this.#digitCount = 0;
    this.#write(DIGITS_MARK, this.#digitRaw, DIGIT, this.#digitHash | 1);
  }

  #write(code: number, rawPosition: number, cls: number, digits: number): void {
    this.#countTokens(cls);
    if (this.#end === this.#chars.length) this.#makeRoom();
    const at = this.#end++;
    this.#chars[at] = code;
    this.#raw[at] = rawPosition;
    this.#tokens[at] = this.#tokenCount;
    this.#digits[at] = digits;
  }

  /** The estimate tokenizer's rules, applied one normalised character at a time. */
  #countTokens(cls: number): void {
    const previous = this.#lastClass;
    this.#lastClass = cls;
    if (isLetter(cls)) {
      if (!isLetter(previous)) {
        this.#tokenCount++;
        this.#wordWeight = 0;
      }
      const before = Math.floor(Math.max(0, this.#wordWeight - ONE_TOKEN_WORD) / LETTERS_PER_EXTRA_TOKEN);
      this.#wordWeight += cls === ASCII_LETTER ? 1 : OTHER_LETTER_WEIGHT;
      this.#tokenCount += Math.floor(Math.max(0, this.#wordWeight - ONE_TOKEN_WORD) / LETTERS_PER_EXTRA_TOKEN) - before;
    } else if (cls === PUNCTUATION) {
      this.#punctuationRun = previous === PUNCTUATION ? this.#punctuationRun + 1 : 1;
      if (this.#punctuationRun % 2 === 1) this.#tokenCount++;
    } else if (cls === DENSE) {
      this.#tokenCount++;
    }
  }

  /** Grows the buffers up to twice the history, then slides the history to their front: amortised O(1). */
  #makeRoom(): void {
    const capacity = 2 * this.#history;
    if (this.#chars.length < capacity) {
      const size = Math.min(capacity, Math.max(INITIAL_CHARS, 2 * this.#chars.length));
      this.#chars = grown(this.#chars, new Uint16Array(size), this.#end);
      this.#raw = grown(this.#raw, new Int32Array(size), this.#end);
      this.#tokens = grown(this.#tokens, new Int32Array(size), this.#end);
      this.#digits = grown(this.#digits, new Int32Array(size), this.#end);
      return;
    }
    const drop = this.#end - this.#history;
    this.#tokensBeforeStart = this.#tokens[drop - 1]!;
    for (const buffer of [this.#chars, this.#raw, this.#tokens, this.#digits]) buffer.copyWithin(0, drop, this.#end);
    this.#start += drop;
    this.#end -= drop;
  }
}

function grown<T extends Uint16Array | Int32Array>(from: T, to: T, used: number): T {
  to.set(from.subarray(0, used));
  return to;
}
