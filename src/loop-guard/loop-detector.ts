// Spots a degenerate loop while a response streams in, so the caller can cancel instead of paying for the whole cap:
// a unit repeated verbatim ("The reason The reason ...", a paragraph of up to 10,000 characters over and over), with a
// counter that changes ("attempt 2 ... attempt 3"), or a sentence restated in other words. loop-rules.ts says when a
// run is a loop; a request for repetition (repetition-request.ts) lets it go on as far as the prompt asked.

import { ConfigError } from "../core/errors.ts";
import { ASCII_LETTER, DENSE, estimateCharClass, OTHER_LETTER } from "../tokenizers/estimate-tokenizer.ts";
import { allowedCopies, beyondAllowance, isCounterLoop, isExactLoop, isNearLoop, isProse, type LoopThresholds, type RunMeasure } from "./loop-rules.ts";
import { type LoopKind, type LoopVerdict, nearVerdict, periodicVerdict } from "./loop-verdict.ts";
import { NearLoopTracker } from "./near-loop-tracker.ts";
import { LINE_BREAK, NormalizedText } from "./normalized-text.ts";
import { PeriodTracker, type PeriodRun } from "./period-tracker.ts";
import { RawHistory } from "./raw-history.ts";
import type { RepetitionAllowance } from "./repetition-request.ts";

export interface LoopDetectorOptions extends Partial<LoopThresholds> {
  /** Longest unit looked for, in normalised characters. Memory grows with it; time per character does not. */
  maxPeriodChars?: number;
  /** How often the text is examined; a loop is reported at most this many characters after it qualifies. */
  checkEveryChars?: number;
}

export type ResolvedLoopDetectorOptions = Readonly<Required<LoopDetectorOptions>>;

/**
 * 200 estimated tokens of verbatim repetition is far beyond an 80-character "=====" rule, a small grid or a chorus
 * sung twice, yet stops "The reason " x N within ~220 tokens of its onset. A unit too long for three copies to fit
 * in that is stopped 150 tokens into its second copy: longer than a quoted line or a shared opening of two code
 * blocks, within 300 tokens of the second copy's start. Counter and near loops look like lists and refrains for
 * longer, so they wait for 250.
 */
export const DEFAULT_LOOP_DETECTOR_OPTIONS: ResolvedLoopDetectorOptions = {
  minRepeats: 3,
  minLoopTokens: 200,
  secondCopyTokens: 150,
  minLoopChars: 400,
  counterLoopTokens: 250,
  nearLoopTokens: 250,
  nearMinSentences: 6,
  maxPeriodChars: 10_000,
  checkEveryChars: 64,
};

/** Kept beyond the longest unit: the stretch a long unit's second copy runs before it counts. */
const HISTORY_MARGIN_CHARS = 4096;

/** Options already checked, so a detector made for every streamed answer does not check them again. */
const RESOLVED = new WeakSet<object>([DEFAULT_LOOP_DETECTOR_OPTIONS]);

/** Fills in defaults and rejects options the detector cannot honour. */
export function resolveLoopDetectorOptions(options: LoopDetectorOptions = {}): ResolvedLoopDetectorOptions {
  if (RESOLVED.has(options)) return options as ResolvedLoopDetectorOptions;
  const resolved = { ...DEFAULT_LOOP_DETECTOR_OPTIONS, ...definedOnly(options) };
  for (const [name, min] of [["minRepeats", 2], ["maxPeriodChars", 1], ["checkEveryChars", 1], ["nearMinSentences", 3]] as const) {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer >= ${min}, got ${value}`, "loop guard");
  }
  for (const name of ["minLoopTokens", "secondCopyTokens", "minLoopChars", "counterLoopTokens", "nearLoopTokens"] as const) {
    const value = resolved[name];
    if (!Number.isFinite(value) || value < 1) throw new ConfigError(`${name} must be a number >= 1, got ${value}`, "loop guard");
  }
  RESOLVED.add(resolved);
  return resolved;
}

/**
 * Feed it every delta in order; it returns a verdict once the text ends in a loop, and the same verdict on every push
 * after that (the caller is expected to stop the stream).
 *
 * Cost: appending is O(1) per character. Every `checkEveryChars` characters the new text is normalised and taken in by
 * the period and near-loop trackers, each O(1) per character (one hash lookup and at most 8 compares; one word hash),
 * so a unit of 10,000 characters costs no more time than one of 10; nothing is examined before the first check, at
 * 256 characters. Memory: a history of the longest unit plus 4,096 characters, at most ~0.6 MB per stream, allocated
 * as the answer grows.
 */
export class LoopDetector {
  readonly #options: ResolvedLoopDetectorOptions;
  readonly #allowance: RepetitionAllowance | undefined;
  readonly #raw: RawHistory;
  readonly #text: NormalizedText;
  readonly #periods: PeriodTracker;
  readonly #near: NearLoopTracker;
  /** Raw characters already normalised. */
  #processed = 0;
  #nextCheck: number;
  #verdict: LoopVerdict | undefined;
  readonly #shapes = new WeakMap<PeriodRun, UnitShape>();
  readonly #fewestLoopTokens: number;

  constructor(options: LoopDetectorOptions = DEFAULT_LOOP_DETECTOR_OPTIONS, allowance?: RepetitionAllowance) {
    const o = resolveLoopDetectorOptions(options);
    this.#options = o;
    this.#allowance = allowance;
    this.#fewestLoopTokens = Math.min(o.minLoopTokens, o.counterLoopTokens, o.nearLoopTokens);
    const history = o.maxPeriodChars + HISTORY_MARGIN_CHARS;
    this.#raw = new RawHistory(2 * history);
    this.#text = new NormalizedText(history);
    this.#periods = new PeriodTracker(this.#text, o.maxPeriodChars);
    this.#near = new NearLoopTracker(this.#text, o.nearMinSentences);
    // Nothing narrower than the smallest qualifying run can be a loop (emoji and Chinese count double), so the first
    // check waits for that much text.
    this.#nextCheck = Math.ceil(o.minLoopChars / 2 / o.checkEveryChars) * o.checkEveryChars;
  }

  /** Characters pushed so far. */
  get charsSeen(): number {
    return this.#raw.length;
  }

  push(delta: string): LoopVerdict | undefined {
    if (this.#verdict) return this.#verdict;
    // Checks fall on fixed character positions, not on delta boundaries: a large delta is examined piece by piece,
    // so how the host splits its stream never changes the verdict or delays it.
    let offset = 0;
    while (offset < delta.length) {
      const count = Math.min(delta.length - offset, this.#nextCheck - this.charsSeen);
      this.#raw.append(delta, offset, count);
      offset += count;
      if (this.charsSeen === this.#nextCheck) {
        this.#nextCheck += this.#options.checkEveryChars;
        this.#verdict = this.#check();
        if (this.#verdict) return this.#verdict;
      }
    }
    return undefined;
  }

  #check(): LoopVerdict | undefined {
    const raw = this.#raw;
    const text = this.#text;
    for (let position = this.#processed; position < raw.length; position++) {
      const before = text.length;
      text.push(raw.charAt(position), position);
      for (let index = before; index < text.length; index++) {
        this.#periods.consume(index);
        this.#near.consume(index);
      }
    }
    this.#processed = raw.length;
    return this.#periodicLoop() ?? this.#nearLoop();
  }

  #periodicLoop(): LoopVerdict | undefined {
    const last = this.#text.length - 1;
    const runs = [...this.#periods.runs].sort((a, b) => a.period - b.period);
    for (const run of runs) {
      const exactFrom = Math.max(run.matchStart, run.exactStart);
      if (exactFrom <= last) {
        const measure = this.#measure(run.period, exactFrom - run.period, exactFrom, last, this.#shape(run).lineBreaks);
        if (isExactLoop(measure, this.#options) && this.#allows(measure)) return this.#periodic("exact", run.period, exactFrom - run.period, measure);
      }
      if (run.exactStart > run.matchStart) {
        const shape = this.#shape(run);
        const measure = this.#measure(run.period, run.matchStart - run.period, run.matchStart, last, shape.lineBreaks);
        if (isCounterLoop(measure, shape.prose, this.#options) && this.#allows(measure)) {
          return this.#periodic("counter", run.period, run.matchStart - run.period, measure);
        }
      }
    }
    return undefined;
  }

  #nearLoop(): LoopVerdict | undefined {
    const near = this.#near.loop();
    if (!near) return undefined;
    // Text that is periodic as well (a rotation, a numbered list) is the period tracker's to judge.
    if (this.#periods.runs.some((run) => run.matchStart - run.period <= near.secondStart)) return undefined;
    const period = near.secondStart - near.start;
    const measure = this.#measure(period, near.start, near.secondStart, near.end, 0);
    if (!isNearLoop(measure, near.sentences, this.#options)) return undefined;
    const shape = this.#unitShape(period, near.end);
    if (!shape.prose || !this.#allows({ ...measure, copies: near.sentences, lineBreaks: shape.lineBreaks })) return undefined;
    return nearVerdict(this.#text, this.#raw, near, this.#allowed(shape.lineBreaks));
  }

  #measure(period: number, start: number, secondStart: number, end: number, lineBreaks: number): RunMeasure {
    const text = this.#text;
    const through = text.tokensThrough(end);
    const spanTokens = through - text.tokensThrough(start - 1);
    return {
      period,
      spanChars: end + 1 - start,
      matchedChars: end + 1 - secondStart,
      spanTokens,
      matchedTokens: through - text.tokensThrough(secondStart - 1),
      // Only measured for a run long enough in tokens to be a loop: it may take a pass over the run's characters.
      width: spanTokens >= this.#fewestLoopTokens ? this.#width(text.rawAt(start)) : 0,
      copies: Math.floor((end + 1 - start) / period),
      lineBreaks,
    };
  }

  #periodic(kind: LoopKind, period: number, start: number, measure: RunMeasure): LoopVerdict {
    return periodicVerdict(this.#text, this.#raw, kind, period, start, this.#allowed(measure.lineBreaks));
  }

  #allowed(lineBreaks: number): number | undefined {
    return allowedCopies(this.#allowance, lineBreaks);
  }

  /** A followed run's unit shape, worked out once: every copy of a periodic run has the same. */
  #shape(run: PeriodRun): UnitShape {
    let shape = this.#shapes.get(run);
    if (!shape) {
      shape = this.#unitShape(run.period, this.#text.length - 1);
      this.#shapes.set(run, shape);
    }
    return shape;
  }

  /** Line breaks in the `length` characters ending at `end`, and whether they are words (loop-rules.ts isProse). */
  #unitShape(length: number, end: number): UnitShape {
    const text = this.#text;
    const unit: number[] = [];
    let lineBreaks = 0;
    for (let i = end - length + 1; i <= end; i++) {
      const code = text.charAt(i);
      if (code === LINE_BREAK) lineBreaks++;
      unit.push(code);
    }
    return { lineBreaks, prose: isProse(unit, isWordChar) };
  }

  /** Raw characters since `from`, dense ones counted twice; only counted up to minLoopChars, all a rule asks. */
  #width(from: number): number {
    const raw = this.#raw;
    let width = raw.length - from;
    for (let p = Math.max(from, raw.start); p < raw.length && width < this.#options.minLoopChars; p++) {
      if (estimateCharClass(raw.charAt(p)) === DENSE) width++;
    }
    return width;
  }

  #allows(measure: RunMeasure): boolean {
    return beyondAllowance(measure.copies, allowedCopies(this.#allowance, measure.lineBreaks));
  }
}

interface UnitShape {
  lineBreaks: number;
  prose: boolean;
}

/** Letters, and the ideographs, kana and hangul that Chinese, Japanese and Korean words are made of (not emoji). */
function isWordChar(code: number): boolean {
  const cls = estimateCharClass(code);
  return cls === ASCII_LETTER || cls === OTHER_LETTER || (cls === DENSE && !isSurrogate(code));
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function definedOnly(options: LoopDetectorOptions): LoopDetectorOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
