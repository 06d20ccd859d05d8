// The verdict rule for a measurement with an interval: supported when the whole interval is on the claimed side of
// the threshold, contradicted when it is wholly on the other side, inconclusive otherwise, with the trials that would
// likely decide it. Below the minimum evidence of its kind (MIN_SAMPLES), or without an interval, a measurement
// decides nothing: inconclusive, "needs ≥ N". A rate from fewer than EXACT_RATE_BELOW samples is read from its exact
// (Clopper-Pearson) interval, which covers at every n, rather than Wilson's, which covers only on average there.

import type { Comparison, VerdictStatus } from "../core/claim.ts";
import type { Interval, MetricValue } from "../core/metric.ts";
import { clopperPearsonInterval } from "../stats/clopper-pearson-interval.ts";
import { MIN_MEAN_ITEMS } from "../stats/item-mean-interval.ts";
import { minMedianSamples } from "../stats/median-interval.ts";
import { samplesToDecideRate } from "../stats/samples-to-decide-rate.ts";
import { samplesToDecideMean, trialsPerCell } from "./trials-to-decide.ts";
import { sampleSizeLabel } from "../metrics/sample-size.ts";

export interface Judgement {
  status: Exclude<VerdictStatus, "not-tested">;
  /** One line: "accuracy@128k 0.62 [0.51, 0.72] < 0.9". */
  evidence: string;
  trialsToDecide?: number;
}

/**
 * The fewest samples a verdict is decided from, by the kind of interval. Rates need one: their interval is exact
 * below EXACT_RATE_BELOW. Means (studentised bootstrap): below 10 values none is given (its coverage is measured in
 * bench/statistics.ts). Medians: 6 values is the least for a 95% distribution-free interval.
 */
export const MIN_SAMPLES: Record<Interval["method"], number> = {
  wilson: 1,
  "clopper-pearson": 1,
  bootstrap: MIN_MEAN_ITEMS,
  "order-statistic": minMedianSamples(),
  "profile-likelihood": 1,
};

/** Below this many samples Wilson's coverage dips to 0.79-0.89 for some rates; the exact interval decides instead. */
export const EXACT_RATE_BELOW = 10;

/** `runTrials` is the run's trials per item, so the estimate comes out as trials per cell. */
export function judgeInterval(given: MetricValue & { value: number }, comparison: Comparison, threshold: number, runTrials: number): Judgement {
  const measured = exactBelowTen(given);
  const interval = measured.interval;
  const shown = `${measured.name} ${describeValue(measured)}`;
  if (interval === undefined) {
    // Only a mean goes without an interval: too few values, or values that never vary (one answer with no emoji).
    if (measured.n < MIN_MEAN_ITEMS) return tooFew(shown, MIN_MEAN_ITEMS, measured.n, runTrials);
    return { status: "inconclusive", evidence: `${shown}: no interval, the values barely vary, so how far their mean could be off is unknown` };
  }
  if (measured.n < MIN_SAMPLES[interval.method]) return tooFew(shown, MIN_SAMPLES[interval.method], measured.n, runTrials);
  const atLeast = comparison === ">=";
  if (atLeast ? interval.lower >= threshold : interval.upper <= threshold) {
    return { status: "supported", evidence: `${shown} ${relation(comparison, true)} ${formatNumber(threshold)}` };
  }
  if (atLeast ? interval.upper < threshold : interval.lower > threshold) {
    return { status: "contradicted", evidence: `${shown} ${relation(comparison, false)} ${formatNumber(threshold)}` };
  }
  const samples = interval.method === "wilson" || interval.method === "clopper-pearson" ? samplesToDecideRateOf(measured, threshold, comparison) : samplesToDecideMean(measured, threshold);
  const evidence = `${shown} straddles ${formatNumber(threshold)}`;
  if (samples === undefined) return { status: "inconclusive", evidence: `${evidence}; no affordable number of trials would decide it at this value` };
  return { status: "inconclusive", evidence, trialsToDecide: trialsPerCell(samples, measured.n, runTrials) };
}

/** A rate's interval at its effective sample size (item-level): below ten it is read exactly, at that size rounded down. */
function exactBelowTen(measured: MetricValue & { value: number }): MetricValue & { value: number } {
  const given = measured.interval;
  const size = given?.effectiveSamples ?? measured.n;
  if (given?.method !== "wilson" || size >= EXACT_RATE_BELOW) return measured;
  const n = Math.max(1, Math.floor(size));
  const interval = clopperPearsonInterval(Math.round(measured.value * n), n, given.level);
  return { ...measured, interval: n < measured.n ? { ...interval, effectiveSamples: n } : interval };
}

/** Samples a rate needs to be decided: planned at its effective size, then scaled back to samples as its trials repeat items. */
function samplesToDecideRateOf(measured: MetricValue & { value: number }, threshold: number, comparison: Comparison): number | undefined {
  const effective = measured.interval?.effectiveSamples ?? measured.n;
  const needed = samplesToDecideRate(measured.value, threshold, comparison, effective);
  return needed === undefined ? undefined : Math.ceil(needed * (measured.n / effective));
}

export function tooFew(shown: string, minimum: number, n: number, runTrials: number): Judgement {
  return { status: "inconclusive", evidence: `${shown}: too few to decide, needs ≥ ${minimum}`, trialsToDecide: trialsPerCell(minimum, Math.max(1, n), runTrials) };
}

/** "≥" or "≤" for a measurement on the claimed side, "<" or ">" for one on the other. */
export function relation(comparison: Comparison, claimedSide: boolean): string {
  if (comparison === ">=") return claimedSide ? "≥" : "<";
  return claimedSide ? "≤" : ">";
}

/** "0.62 [0.51, 0.72] (n=40)", or "(n=10×4)" when trials repeat items. */
export function describeValue(measured: MetricValue): string {
  if (measured.value === null) return `no value (n=${measured.n})`;
  const interval = measured.interval ? ` [${formatNumber(measured.interval.lower)}, ${formatNumber(measured.interval.upper)}]` : "";
  return `${formatNumber(measured.value)}${interval} (${sampleSizeLabel(measured)})`;
}

/** Three significant digits below 100, whole numbers above: rates, rates per 1k and milliseconds all read well. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}
