// Spots a loop that keeps saying the same sentence in other words: each sentence shares most of its words with one of
// the three before it (so two or three sentences may take turns) and brings in next to no word the loop has not used
// already. A list of similar items ("Pack one bag of apples. Pack one bag of pears.") brings in a new word with
// every item, so it is not one. Words are compared through word-features.ts (synonyms, plurals); Chinese and Japanese
// text, which has no spaces, through pairs of adjacent characters.

import { ASCII_LETTER, DENSE, estimateCharClass, OTHER_LETTER } from "../tokenizers/estimate-tokenizer.ts";
import { LINE_BREAK, SPACE, type NormalizedText } from "./normalized-text.ts";
import { extendWordHash, MIN_WORD_LETTERS, WORD_HASH_START, wordFeature } from "./word-features.ts";

export interface NearRun {
  /** Normalised position where the loop's first sentence begins. */
  start: number;
  /** Where its second copy begins. */
  secondStart: number;
  /** Last position of its newest sentence. */
  end: number;
  sentences: number;
}

interface Sentence {
  features: Int32Array;
  start: number;
  end: number;
}

interface Streak {
  /** Sentences so far that restate one of the LOOKBACK before them; 0 = no streak. */
  similar: number;
  /** Sentences in the loop: the restating ones and those they restate. */
  sentences: number;
  start: number;
  secondStart: number;
  end: number;
  vocabulary: Set<number>;
  /** New words brought in by each of the last NOVELTY_WINDOW sentences. */
  novel: number[];
  /** Grown since loops() was last asked. */
  fresh: boolean;
}

/** A sentence needs this many words to be compared at all, and two sentences this many in common to be alike. */
const MIN_FEATURES = 4;
/** Share of their words in common (Jaccard) above which two sentences say the same thing. */
const MIN_SIMILARITY = 0.5;
const MAX_FEATURES = 64;
const MIN_BREAKING_WORDS = 3;
const NOVELTY_WINDOW = 4;
/** New words allowed over the last NOVELTY_WINDOW sentences of a loop. */
const MAX_NOVEL_WORDS = 1;
const MAX_VOCABULARY = 512;
/** Earlier sentences a new one may restate. */
const LOOKBACK = 3;

const isTerminal = (code: number) => code === 46 || code === 33 || code === 63 || code === 59;
/** 。！？；: a Chinese or Japanese sentence ends there, space or not. */
const isWideTerminal = (code: number) => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b;

export class NearLoopTracker {
  readonly #text: NormalizedText;
  readonly #minSentences: number;
  #features: number[] = [];
  #words = 0;
  #sentenceStart = -1;
  #letters = 0;
  #wordHash = WORD_HASH_START;
  #hashBeforeLast = WORD_HASH_START;
  #lastLetter = 0;
  #previousDense = -1;
  #previousChar = SPACE;
  /** The last LOOKBACK sentences long enough to compare, oldest first. */
  #recent: Sentence[] = [];
  readonly #streak: Streak = { similar: 0, sentences: 0, start: 0, secondStart: 0, end: 0, vocabulary: new Set(), novel: [], fresh: false };

  constructor(text: NormalizedText, minSentences: number) {
    this.#text = text;
    this.#minSentences = minSentences;
  }

  consume(index: number): void {
    const code = this.#text.charAt(index);
    const previous = this.#previousChar;
    this.#previousChar = code;
    const cls = estimateCharClass(code);
    if (cls === ASCII_LETTER || cls === OTHER_LETTER) {
      if (this.#sentenceStart < 0) this.#sentenceStart = index;
      this.#hashBeforeLast = this.#wordHash;
      this.#wordHash = extendWordHash(this.#wordHash, code);
      this.#letters++;
      this.#lastLetter = code;
      return;
    }
    this.#endWord();
    if (cls === DENSE) {
      if (this.#sentenceStart < 0) this.#sentenceStart = index;
      this.#words++;
      if (this.#previousDense >= 0) this.#addFeature(extendWordHash(extendWordHash(WORD_HASH_START, this.#previousDense), code));
      this.#previousDense = code;
      return;
    }
    this.#previousDense = -1;
    if (code === LINE_BREAK || isWideTerminal(code)) this.#endSentence(index);
    else if (code === SPACE && isTerminal(previous)) this.#endSentence(index - 1);
    else if (code !== SPACE && this.#sentenceStart < 0) this.#sentenceStart = index;
  }

  /**
   * The current streak if it grew since the last call and is long enough and poor enough in new words to be a loop. A
   * streak that stopped growing is left alone: whatever followed it was not the loop.
   */
  loop(): NearRun | undefined {
    const streak = this.#streak;
    const fresh = streak.fresh;
    streak.fresh = false;
    if (!fresh || streak.similar === 0 || streak.sentences < this.#minSentences) return undefined;
    if (streak.novel.reduce((sum, n) => sum + n, 0) > MAX_NOVEL_WORDS) return undefined;
    return { start: streak.start, secondStart: streak.secondStart, end: streak.end, sentences: streak.sentences };
  }

  #endWord(): void {
    if (this.#letters > 0) this.#words++;
    if (this.#letters >= MIN_WORD_LETTERS) this.#addFeature(wordFeature(this.#wordHash, this.#hashBeforeLast, this.#letters, this.#lastLetter));
    this.#letters = 0;
    this.#wordHash = WORD_HASH_START;
  }

  #addFeature(feature: number): void {
    if (this.#features.length < MAX_FEATURES) this.#features.push(feature);
  }

  #endSentence(end: number): void {
    const start = this.#sentenceStart;
    const features = this.#features;
    const words = this.#words;
    this.#sentenceStart = -1;
    this.#previousDense = -1;
    this.#words = 0;
    if (start < 0) return;
    const sorted = Int32Array.from(new Set(features)).sort();
    features.length = 0;
    if (sorted.length < MIN_FEATURES) {
      // A fragment ("Hmm.", "Step 4:", a list marker) is neither part of a streak nor a break in one; a sentence of
      // short words ("And we row to the light,") is a break.
      if (words >= MIN_BREAKING_WORDS) this.#breakStreaks();
      return;
    }
    const sentence: Sentence = { features: sorted, start, end };
    this.#extend(sentence);
    this.#recent.push(sentence);
    if (this.#recent.length > LOOKBACK) this.#recent.shift();
  }

  #breakStreaks(): void {
    this.#streak.similar = 0;
    this.#recent.length = 0;
  }

  #extend(sentence: Sentence): void {
    const recent = this.#recent;
    const streak = this.#streak;
    let earlierIndex = -1;
    for (let i = recent.length - 1; i >= 0 && earlierIndex < 0; i--) if (alike(sentence.features, recent[i]!.features)) earlierIndex = i;
    if (earlierIndex < 0) {
      streak.similar = 0;
      return;
    }
    if (streak.similar === 0) {
      const earlier = recent[earlierIndex]!;
      streak.start = earlier.start;
      streak.secondStart = recent[earlierIndex + 1]?.start ?? sentence.start;
      streak.sentences = recent.length - earlierIndex;
      streak.vocabulary.clear();
      streak.novel.length = 0;
      for (const before of recent.slice(earlierIndex)) for (const feature of before.features) streak.vocabulary.add(feature);
    }
    let novel = 0;
    for (const feature of sentence.features) {
      if (streak.vocabulary.has(feature)) continue;
      novel++;
      streak.vocabulary.add(feature);
    }
    streak.novel.push(novel);
    if (streak.novel.length > NOVELTY_WINDOW) streak.novel.shift();
    streak.similar++;
    streak.sentences++;
    streak.end = sentence.end;
    streak.fresh = true;
    // A streak that keeps bringing in words is not a loop, however alike its sentences.
    if (streak.vocabulary.size > MAX_VOCABULARY) streak.similar = 0;
  }
}

/** Jaccard similarity of two sorted feature sets at least MIN_SIMILARITY, with at least MIN_FEATURES in common. */
function alike(a: Int32Array, b: Int32Array): boolean {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared >= MIN_FEATURES && shared >= MIN_SIMILARITY * (a.length + b.length - shared);
}
