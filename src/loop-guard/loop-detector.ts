// Spots a degenerate loop while a response streams in: the tail of the text has become one unit repeated verbatim
// ("The reason The reason ...", a paragraph over and over), so the caller can cancel instead of paying for the whole cap.

import { ConfigError } from "../core/errors.ts";

export interface LoopDetectorOptions {
  /** Whole copies of the unit a run must hold: two is a chorus sung twice, three in a row is a loop. */
  minRepeats?: number;
  /** Shortest unit looked for; 1 catches runs of one character ("=====..." or blank lines without end). */
  minPeriodChars?: number;
  /** Longest unit looked for: a repeated paragraph. Each check costs about this many steps. */
  maxPeriodChars?: number;
  /** Shortest run that counts, whatever its unit: exact repetition shorter than this is a border, a chorus, a grid. */
  minLoopChars?: number;
  /** How often the tail is examined; a loop is reported at most this many characters after it qualifies. */
  checkEveryChars?: number;
}

export type ResolvedLoopDetectorOptions = Readonly<Required<LoopDetectorOptions>>;

export interface LoopVerdict {
  /** Where the repetition began: the first copy of the unit, in characters (UTF-16 code units) of the response. */
  onsetChar: number;
  /** The repeating unit as it first appeared, clipped to 200 characters. */
  period: string;
  periodChars: number;
  /** Whole copies of the unit from the onset to the point of detection. */
  repeats: number;
  /** Characters received when the loop was recognised. */
  detectedAtChar: number;
}

/**
 * 800 characters is ~200 tokens of verbatim repetition: far beyond an 80-character "=====" rule, a grid of zeros or a
 * chorus of "la la la", yet it stops "The reason " x N within ~220 tokens of its onset. Three copies of a unit up to
 * 2000 characters catches a repeated paragraph.
 */
export const DEFAULT_LOOP_DETECTOR_OPTIONS: ResolvedLoopDetectorOptions = {
  minRepeats: 3,
  minPeriodChars: 1,
  maxPeriodChars: 2000,
  minLoopChars: 800,
  checkEveryChars: 64,
};

const PERIOD_TEXT_CHARS = 200;

/** Fills in defaults and rejects options the detector cannot honour. */
export function resolveLoopDetectorOptions(options: LoopDetectorOptions = {}): ResolvedLoopDetectorOptions {
  const resolved = { ...DEFAULT_LOOP_DETECTOR_OPTIONS, ...definedOnly(options) };
  const atLeast = (name: keyof LoopDetectorOptions, min: number) => {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer >= ${min}, got ${value}`, "loop guard");
  };
  atLeast("minRepeats", 2);
  atLeast("minPeriodChars", 1);
  atLeast("maxPeriodChars", resolved.minPeriodChars);
  atLeast("minLoopChars", 1);
  atLeast("checkEveryChars", 1);
  return resolved;
}

/**
 * Feed it every delta in order; it returns a verdict once the text ends in a loop, and the same verdict on every push
 * after that (the caller is expected to stop the stream).
 *
 * Cost: appending is O(1) per character. Every `checkEveryChars` characters one check runs a Z-function over the
 * reversed tail, computed only for shifts up to `maxPeriodChars`: O(maxPeriodChars + length of the repeating run)
 * steps, so O((maxPeriodChars + history) / checkEveryChars) per character amortised; about 33 steps per character on
 * ordinary text with the defaults. Memory is bounded by twice the history.
 *
 * History: the last max(minRepeats x maxPeriodChars, minLoopChars) + checkEveryChars characters (6064 by default).
 * A run cannot grow past that before some check qualifies it, so the onset is always inside what is kept.
 * Limits: units longer than maxPeriodChars go unseen; so does a loop whose copies differ at all (a counter that
 * increments, "Step 7: ... Step 8: ..."), which is left to the after-the-fact repetition metrics.
 */
export class LoopDetector {
  readonly #options: ResolvedLoopDetectorOptions;
  readonly #historyChars: number;
  #buffer = new Uint16Array(1024);
  #end = 0;
  /** Position in the whole response of #buffer[0]. */
  #bufferStart = 0;
  #nextCheck: number;
  #z: Int32Array | undefined;
  #verdict: LoopVerdict | undefined;

  constructor(options?: LoopDetectorOptions) {
    const o = resolveLoopDetectorOptions(options);
    this.#options = o;
    this.#historyChars = Math.max(o.minRepeats * o.maxPeriodChars, o.minLoopChars) + o.checkEveryChars;
    // Nothing shorter than the smallest qualifying run can be a loop, so the first check waits for that much text.
    const shortestLoop = Math.max(o.minRepeats * o.minPeriodChars, o.minLoopChars);
    this.#nextCheck = Math.ceil(shortestLoop / o.checkEveryChars) * o.checkEveryChars;
  }

  /** Characters pushed so far. */
  get charsSeen(): number {
    return this.#bufferStart + this.#end;
  }

  push(delta: string): LoopVerdict | undefined {
    if (this.#verdict) return this.#verdict;
    // Checks fall on fixed character positions, not on delta boundaries: a large delta is examined piece by piece,
    // so how the host splits its stream never changes the verdict or delays it.
    let offset = 0;
    while (offset < delta.length) {
      const count = Math.min(delta.length - offset, this.#nextCheck - this.charsSeen);
      this.#append(delta, offset, count);
      offset += count;
      if (this.charsSeen === this.#nextCheck) {
        this.#nextCheck += this.#options.checkEveryChars;
        this.#verdict = this.#check();
        if (this.#verdict) return this.#verdict;
      }
    }
    return undefined;
  }

  #append(text: string, from: number, count: number): void {
    if (this.#end + count > this.#buffer.length) this.#makeRoom(count);
    const buffer = this.#buffer;
    let end = this.#end;
    for (let i = from; i < from + count; i++) buffer[end++] = text.charCodeAt(i);
    this.#end = end;
  }

  /** Grows the buffer up to twice the history, then slides the history to its front: amortised O(1) per character. */
  #makeRoom(count: number): void {
    const capacity = 2 * this.#historyChars;
    if (this.#buffer.length < capacity) {
      const grown = new Uint16Array(Math.min(capacity, Math.max(2 * this.#buffer.length, this.#end + count)));
      grown.set(this.#buffer.subarray(0, this.#end));
      this.#buffer = grown;
      if (this.#end + count <= grown.length) return;
    }
    const drop = this.#end - this.#historyChars;
    this.#buffer.copyWithin(0, drop, this.#end);
    this.#bufferStart += drop;
    this.#end -= drop;
  }

  /** The smallest unit p whose run at the tail holds minRepeats copies and minLoopChars characters, if any. */
  #check(): LoopVerdict | undefined {
    const { minRepeats, minPeriodChars, maxPeriodChars, minLoopChars } = this.#options;
    const buffer = this.#buffer;
    const last = this.#end - 1;
    const n = Math.min(this.#end, this.#historyChars);
    const top = Math.min(maxPeriodChars, Math.floor(n / minRepeats));
    if (top < minPeriodChars) return undefined;
    const z = (this.#z ??= new Int32Array(maxPeriodChars + 1));
    // Z-function of the tail read backwards: z[p] is how far back the text keeps equalling itself p characters
    // earlier, so the last z[p] + p characters repeat with period p. [left, right) is the rightmost match box so far.
    let left = 0;
    let right = 0;
    for (let p = 1; p <= top; p++) {
      let k = p < right ? Math.min(right - p, z[p - left]!) : 0;
      while (p + k < n && buffer[last - k] === buffer[last - p - k]) k++;
      z[p] = k;
      if (p + k > right) {
        left = p;
        right = p + k;
      }
      if (p >= minPeriodChars && p + k >= Math.max(minRepeats * p, minLoopChars)) return this.#verdictFor(p, p + k);
    }
    return undefined;
  }

  #verdictFor(periodChars: number, runChars: number): LoopVerdict {
    const buffer = this.#buffer;
    const runStart = this.#end - runChars;
    // A run often begins with a few characters that merely match the unit's end ("request. I'm sorry. I'm sorry. ",
    // "task 50.\n- task 51.\n- task 51.\n"): when it starts inside a line, the loop proper starts at the next line,
    // else when it starts inside a word, at the next word; never more than one unit later.
    const limit = runStart + periodChars - 1;
    let onset = runStart;
    if (runStart > 0 && buffer[runStart - 1] !== 10) {
      let newline = runStart;
      while (newline < limit && buffer[newline] !== 10) newline++;
      if (newline < limit) {
        onset = newline + 1;
        while (onset < limit && isLineBreak(buffer[onset]!)) onset++;
      } else if (!isBlank(buffer[runStart - 1]!)) {
        let wordStart = runStart + 1;
        while (wordStart <= limit && !(isBlank(buffer[wordStart - 1]!) && !isBlank(buffer[wordStart]!))) wordStart++;
        if (wordStart <= limit) onset = wordStart;
      }
    }
    if (onset < limit && isLowSurrogate(buffer[onset]!)) onset++;
    let periodEnd = onset + Math.min(periodChars, PERIOD_TEXT_CHARS);
    if (periodChars > PERIOD_TEXT_CHARS && isHighSurrogate(buffer[periodEnd - 1]!)) periodEnd--;
    const detectedAtChar = this.charsSeen;
    return {
      onsetChar: this.#bufferStart + onset,
      period: String.fromCharCode(...buffer.subarray(onset, periodEnd)),
      periodChars,
      repeats: Math.floor((this.#end - onset) / periodChars),
      detectedAtChar,
    };
  }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || isLineBreak(code);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function definedOnly(options: LoopDetectorOptions): LoopDetectorOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
