// Finds where the normalised text has begun to repeat itself, whatever the length of the unit: an anchor of 16
// characters seen before at distance p makes p a candidate period, then each candidate is followed one character at a
// time for as long as the text keeps equalling itself p characters earlier. Per character: one hash update, one table
// lookup, one compare per candidate followed (at most 8), so the cost does not grow with the longest unit looked for.

import { DIGITS_MARK, type NormalizedText } from "./normalized-text.ts";

export interface PeriodRun {
  period: number;
  /** First position from which every character equals the one `period` earlier: where the second copy begins. */
  matchStart: number;
  /** The same, counting a digits mark as equal only when its digits are too: where the verbatim part's second copy begins. */
  exactStart: number;
}

/** Characters an anchor spans: shorter anchors find more chance repeats, longer ones notice a loop later. */
const ANCHOR_CHARS = 16;
const TABLE_BITS = 14;
const MAX_RUNS = 8;
const BASE = 0x01000193;
const SPREAD = 0x9e3779b1 | 0;

export class PeriodTracker {
  readonly #text: NormalizedText;
  readonly #maxPeriod: number;
  /** Latest position + 1 at which each anchor hash ended; 0 = never. Allocated on first use. */
  #table: Int32Array | undefined;
  #hash = 0;
  readonly #dropFactor: number;
  readonly #runs: PeriodRun[] = [];

  constructor(text: NormalizedText, maxPeriod: number) {
    this.#text = text;
    this.#maxPeriod = maxPeriod;
    let power = 1;
    for (let i = 0; i < ANCHOR_CHARS; i++) power = Math.imul(power, BASE);
    this.#dropFactor = power;
  }

  /** The runs followed now, in no particular order. */
  get runs(): readonly PeriodRun[] {
    return this.#runs;
  }

  /** Takes in the character at `index`, the next one after the last taken. */
  consume(index: number): void {
    const text = this.#text;
    const char = text.charAt(index);
    const runs = this.#runs;
    for (let k = runs.length - 1; k >= 0; k--) {
      const run = runs[k]!;
      if (text.charAt(index - run.period) !== char) {
        runs[k] = runs[runs.length - 1]!;
        runs.pop();
      } else if (char === DIGITS_MARK && text.digitsAt(index) !== text.digitsAt(index - run.period)) {
        run.exactStart = index + 1;
      }
    }
    let hash = (Math.imul(this.#hash, BASE) + char) | 0;
    if (index >= ANCHOR_CHARS) hash = (hash - Math.imul(text.charAt(index - ANCHOR_CHARS), this.#dropFactor)) | 0;
    this.#hash = hash;
    if (index < ANCHOR_CHARS - 1) return;
    const table = (this.#table ??= new Int32Array(1 << TABLE_BITS));
    const slot = Math.imul(hash, SPREAD) >>> (32 - TABLE_BITS);
    const previous = table[slot]! - 1;
    table[slot] = index + 1;
    if (previous < 0) return;
    const period = index - previous;
    if (period > this.#maxPeriod) return;
    for (let k = 0; k < runs.length; k++) if (runs[k]!.period === period) return;
    this.#follow(period, index);
  }

  /** Starts following `period`, finding how far back its run already reaches. */
  #follow(period: number, index: number): void {
    const text = this.#text;
    const floor = text.start + period;
    let t = index;
    while (t >= floor && text.charAt(t) === text.charAt(t - period)) t--;
    const matchStart = t + 1;
    // Equal hashes of unequal anchors: not a repeat.
    if (index - matchStart + 1 < ANCHOR_CHARS) return;
    let exactStart = matchStart;
    for (let u = index; u >= matchStart; u--) {
      if (text.charAt(u) === DIGITS_MARK && text.digitsAt(u) !== text.digitsAt(u - period)) {
        exactStart = u + 1;
        break;
      }
    }
    const runs = this.#runs;
    if (runs.length === MAX_RUNS) {
      // Make room by dropping the run that began last: the shortest, so the least likely to be a loop yet.
      let latest = 0;
      for (let k = 1; k < runs.length; k++) if (runs[k]!.matchStart > runs[latest]!.matchStart) latest = k;
      if (runs[latest]!.matchStart <= matchStart) return;
      runs[latest] = runs[runs.length - 1]!;
      runs.pop();
    }
    runs.push({ period, matchStart, exactStart });
  }
}
