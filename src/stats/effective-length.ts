// The effective context length, read from per-length accuracies with their (item-level) intervals, in two readings:
// - absolute (RULER's): the bar is a fixed accuracy, 0.85 by default;
// - relative: the bar is a share (0.85) of the model's own short-context accuracy, pooled over the shortest lengths,
//   and that baseline's uncertainty is carried: a length is compared with it by a MOVER interval for
//   accuracy − share × baseline (Zou and Donner's method, as Newcombe's for a difference of two rates).
// A length holds only when its interval lies at or above the bar and fails only when it lies below. The effective
// length is the longest length up to which every length holds: known exactly when the next length fails, bounded
// ("at least X", "at most Y") when lengths in between are undecided, never read off a point estimate.

import type { Interval } from "../core/metric.ts";
import type { RateEstimate } from "./item-rate-interval.ts";
import { samplesToDecideRate } from "./samples-to-decide-rate.ts";
import { wilsonBounds } from "./wilson-interval.ts";

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
  status: LengthStatus;
  /** Undecided lengths: samples at this length that would likely decide it (80% power at the observed accuracy). */
  samplesToDecide?: number;
}

export interface EffectiveLength {
  reading: EffectiveReading;
  /** The bar, as an accuracy: the threshold, or share × the pooled baseline. */
  bar: number;
  /** Relative reading: the pooled accuracy of the shortest lengths, and which lengths it pools. */
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
  if (reading === "absolute") {
    const bar = options.threshold ?? DEFAULT_EFFECTIVE_THRESHOLD;
    if (!(bar > 0 && bar < 1)) throw new RangeError(`effectiveLength: threshold must be in (0, 1), got ${bar}`);
    return summarise(reading, bar, undefined, sorted.map((entry) => judgeAgainst(entry, bar)));
  }
  const share = options.share ?? DEFAULT_EFFECTIVE_SHARE;
  if (!(share > 0 && share <= 1)) throw new RangeError(`effectiveLength: share must be in (0, 1], got ${share}`);
  const pool = sorted.slice(0, sorted.length >= 3 ? 2 : 1);
  const baseline = pooled(pool);
  const baselineView = { ...baseline, lengths: pool.map((entry) => entry.length) };
  if (baseline.value === 0) {
    const lengths = sorted.map((e): LengthReading => ({ length: e.length, accuracy: e.accuracy.value, status: "failed" }));
    return { reading, bar: 0, baseline: baselineView, lengths, none: true };
  }
  const readings = sorted.map((entry) => {
    // A length compared with a baseline that includes itself would be compared with itself: leave it out of its own.
    const others = pool.filter((other) => other.length !== entry.length);
    if (others.length === 0) return { length: entry.length, accuracy: entry.accuracy.value, status: "held" as const };
    return judgeRelative(entry, pooled(others), share);
  });
  return summarise(reading, share * baseline.value, baselineView, readings);
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

function judgeAgainst({ length, accuracy }: LengthAccuracy, bar: number): LengthReading {
  const { lower, upper } = accuracy.interval;
  const base = { length, accuracy: accuracy.value };
  if (lower >= bar) return { ...base, status: "held" };
  if (upper < bar) return { ...base, status: "failed" };
  return { ...base, status: "undecided", samplesToDecide: samplesFor(accuracy, bar) };
}

/** MOVER limits of accuracy − share·baseline from the two independent intervals. */
function judgeRelative({ length, accuracy }: LengthAccuracy, baseline: { value: number; interval: Interval }, share: number): LengthReading {
  const p = accuracy.value;
  const q = share * baseline.value;
  const difference = p - q;
  const lower = difference - Math.hypot(p - accuracy.interval.lower, share * (baseline.interval.upper - baseline.value));
  const upper = difference + Math.hypot(accuracy.interval.upper - p, share * (baseline.value - baseline.interval.lower));
  const base = { length, accuracy: p };
  if (lower >= 0) return { ...base, status: "held" };
  if (upper < 0) return { ...base, status: "failed" };
  return { ...base, status: "undecided", samplesToDecide: samplesFor(accuracy, q) };
}

/** Effective samples to decide at the observed accuracy, turned back into samples at this length's design effect. */
function samplesFor(accuracy: RateEstimate, bar: number): number | undefined {
  const effective = samplesToDecideRate(accuracy.value, bar, ">=", accuracy.effectiveSamples);
  return effective === undefined ? undefined : Math.ceil(effective * (accuracy.samples / accuracy.effectiveSamples));
}

/** Lengths are asked independently, so their effective sample sizes add up. */
function pooled(entries: readonly LengthAccuracy[]): { value: number; interval: Interval } {
  const samples = entries.reduce((sum, e) => sum + e.accuracy.samples, 0);
  const effective = entries.reduce((sum, e) => sum + e.accuracy.effectiveSamples, 0);
  const value = entries.reduce((sum, e) => sum + e.accuracy.value * e.accuracy.samples, 0) / samples;
  return { value, interval: wilsonBounds(value, effective, entries[0]?.accuracy.interval.level ?? 0.95) };
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
  const under = undecided.findIndex((entry) => entry.accuracy < bar);
  const needs = undecided.slice(0, under === -1 ? undefined : under + 1).map((entry) => entry.samplesToDecide);
  return needs.every((need) => need !== undefined) ? Math.max(...(needs as number[])) : undefined;
}
