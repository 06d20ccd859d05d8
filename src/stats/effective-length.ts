// The effective context length, read from per-length accuracies with their (item-level) intervals, in two readings:
// - absolute (RULER's): the bar is a fixed accuracy, 0.85 by default;
// - relative: the bar is a share (0.85) of the model's own short-context accuracy, and that baseline's uncertainty is
//   carried: a length is compared with it by a MOVER interval for accuracy − share × baseline (Zou and Donner's
//   method, as Newcombe's for a difference of two rates).
// Accuracy is assumed not to rise with length: the lengths are read through a monotone fit (monotone-rates.ts) that
// pools a rise, and a fall the data do not decide, into one block, and each length is decided by its block's interval.
// So thirty samples a length, which cannot show 0.95 above 0.85 one length at a time, can show it for a block of
// lengths that behave alike. A length holds only when its block's interval lies at or above the bar and fails only
// when it lies below. The effective length is the longest length up to which every length holds: known exactly when
// the next length fails, bounded ("at least X", "at most Y") when lengths in between are undecided, never read off a
// point estimate.

import type { Interval } from "../core/metric.ts";
import type { RateEstimate } from "./item-rate-interval.ts";
import { monotoneRates, type RateBlock } from "./monotone-rates.ts";
import { samplesToDecideRate } from "./samples-to-decide-rate.ts";

export type EffectiveReading = "absolute" | "relative";
export type LengthStatus = "held" | "failed" | "undecided";

export interface LengthAccuracy {
  length: number;
  accuracy: RateEstimate;
}

export interface EffectiveLengthOptions {
  reading?: EffectiveReading;
  /** The absolute reading's bar (default DEFAULT_EFFECTIVE_THRESHOLD). */
  threshold?: number;
  /** The relative reading's share of the baseline (default DEFAULT_EFFECTIVE_SHARE). */
  share?: number;
}

export interface LengthReading {
  length: number;
  /** The length's own accuracy. */
  accuracy: number;
  /** The block of the monotone fit this length belongs to, which decides it: its lengths, pooled accuracy and interval. */
  pooled: { value: number; interval: Interval; lengths: number[] };
  status: LengthStatus;
  /** Undecided lengths: samples at this length that would likely decide it (80% power at the observed accuracy). */
  samplesToDecide?: number;
}

export interface EffectiveLength {
  reading: EffectiveReading;
  /** The bar, as an accuracy: the threshold, or share × the pooled baseline. */
  bar: number;
  /** Relative reading: the pooled accuracy of the shortest lengths (the fit's first block), and which lengths it pools. */
  baseline?: { value: number; interval: Interval; lengths: number[] };
  lengths: LengthReading[];
  /** Every length up to this one held; undefined when the shortest did not. */
  atLeast?: number;
  /** The length before the first that failed; undefined when none failed (the sweep may not have reached the end). */
  atMost?: number;
  /** The shortest length failed (or, relative, retrieval is zero there): no effective length at all. */
  none: boolean;
  /** When undecided lengths leave it open: samples per length that would likely decide them. */
  samplesPerLength?: number;
}

export const DEFAULT_EFFECTIVE_THRESHOLD = 0.85;
export const DEFAULT_EFFECTIVE_SHARE = 0.85;

export function effectiveLength(accuracies: readonly LengthAccuracy[], options: EffectiveLengthOptions = {}): EffectiveLength {
  const reading = options.reading ?? "absolute";
  const sorted = [...accuracies].sort((a, b) => a.length - b.length);
  if (sorted.length === 0) throw new RangeError("effectiveLength: no lengths");
  const blocks = monotoneRates(sorted.map((entry) => entry.accuracy), sorted[0]!.accuracy.interval.level);
  const lengthsOf = (block: RateBlock) => sorted.slice(block.from, block.to + 1).map((entry) => entry.length);
  const readBlocks = (judge: (block: RateBlock) => Omit<LengthReading, "length" | "accuracy" | "pooled">) =>
    blocks.flatMap((block) => {
      const verdict = judge(block);
      const pooled = { value: block.estimate.value, interval: block.estimate.interval, lengths: lengthsOf(block) };
      return sorted.slice(block.from, block.to + 1).map((entry): LengthReading => ({ length: entry.length, accuracy: entry.accuracy.value, pooled, ...verdict }));
    });
  if (reading === "absolute") {
    const bar = options.threshold ?? DEFAULT_EFFECTIVE_THRESHOLD;
    if (!(bar > 0 && bar < 1)) throw new RangeError(`effectiveLength: threshold must be in (0, 1), got ${bar}`);
    return summarise(reading, bar, undefined, readBlocks((block) => judgeAgainst(block, bar)));
  }
  const share = options.share ?? DEFAULT_EFFECTIVE_SHARE;
  if (!(share > 0 && share <= 1)) throw new RangeError(`effectiveLength: share must be in (0, 1], got ${share}`);
  // The model's own short-context score is the fit's first block: the shortest lengths it cannot tell apart.
  const first = blocks[0]!;
  const baseline = { value: first.estimate.value, interval: first.estimate.interval, lengths: lengthsOf(first) };
  if (baseline.value === 0) return summarise(reading, 0, baseline, readBlocks(() => ({ status: "failed" })));
  const readings = readBlocks((block) => (block === first ? { status: "held" } : judgeRelative(block, first.estimate, share)));
  return summarise(reading, share * baseline.value, baseline, readings);
}

/** "16k", "at least 8k, at most 16k", "at least 64k", "at most 4k", "none", "undecided". */
export function describeEffectiveLength(found: EffectiveLength, label: (tokens: number) => string): string {
  if (found.none) return "none";
  const { atLeast, atMost } = found;
  if (atLeast !== undefined && atLeast === atMost) return label(atLeast);
  if (atLeast !== undefined && atMost !== undefined) return `at least ${label(atLeast)}, at most ${label(atMost)}`;
  if (atLeast !== undefined) return `at least ${label(atLeast)}`;
  return atMost !== undefined ? `at most ${label(atMost)}` : "undecided";
}

function judgeAgainst(block: RateBlock, bar: number): Pick<LengthReading, "status" | "samplesToDecide"> {
  const { lower, upper } = block.estimate.interval;
  if (lower >= bar) return { status: "held" };
  if (upper < bar) return { status: "failed" };
  return { status: "undecided", samplesToDecide: samplesFor(block, bar) };
}

/** MOVER limits of accuracy − share·baseline from the two independent intervals (the block and the first block). */
function judgeRelative(block: RateBlock, baseline: RateEstimate, share: number): Pick<LengthReading, "status" | "samplesToDecide"> {
  const { value: p, interval } = block.estimate;
  const q = share * baseline.value;
  const difference = p - q;
  const lower = difference - Math.hypot(p - interval.lower, share * (baseline.interval.upper - baseline.value));
  const upper = difference + Math.hypot(interval.upper - p, share * (baseline.value - baseline.interval.lower));
  if (lower >= 0) return { status: "held" };
  if (upper < 0) return { status: "failed" };
  return { status: "undecided", samplesToDecide: samplesFor(block, q) };
}

/**
 * Samples per length of the block that would likely decide it: the effective samples needed at the observed accuracy,
 * turned back into samples at the block's design effect and shared among its lengths.
 */
function samplesFor(block: RateBlock, bar: number): number | undefined {
  const { value, samples, effectiveSamples } = block.estimate;
  const effective = samplesToDecideRate(value, bar, ">=", effectiveSamples);
  return effective === undefined ? undefined : Math.ceil((effective * (samples / effectiveSamples)) / (block.to - block.from + 1));
}

function summarise(reading: EffectiveReading, bar: number, baseline: EffectiveLength["baseline"], lengths: LengthReading[]): EffectiveLength {
  const firstFailed = lengths.findIndex((entry) => entry.status === "failed");
  const firstOpen = lengths.findIndex((entry) => entry.status !== "held");
  const atLeast = firstOpen === -1 ? lengths.at(-1)?.length : lengths[firstOpen - 1]?.length;
  const atMost = firstFailed === -1 ? undefined : lengths[firstFailed - 1]?.length;
  const found: EffectiveLength = { reading, bar, baseline, lengths, atLeast, atMost, none: firstFailed === 0 };
  const before = firstFailed === -1 ? lengths : lengths.slice(0, firstFailed);
  const undecided = before.filter((entry) => entry.status === "undecided");
  if (undecided.length === 0 || found.none) return found;
  return { ...found, samplesPerLength: samplesPerLength(undecided, bar) };
}

/**
 * The undecided lengths before the first failure must all be decided, up to the first whose accuracy is under the
 * bar (it will likely fail, and the lengths after it no longer matter); the largest of their needs decides them.
 */
function samplesPerLength(undecided: readonly LengthReading[], bar: number): number | undefined {
  const under = undecided.findIndex((entry) => entry.pooled.value < bar);
  const needs = undecided.slice(0, under === -1 ? undefined : under + 1).map((entry) => entry.samplesToDecide);
  return needs.every((need) => need !== undefined) ? Math.max(...(needs as number[])) : undefined;
}
