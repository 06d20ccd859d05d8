// How many trials would likely decide an inconclusive claim, at the rate or mean observed so far: the answer an
// "inconclusive" verdict owes its reader ("run 4 trials per cell instead of 1"). "Likely" means 80% power: at the
// estimate, a true value equal to the observed one gives a deciding 95% interval four times in five.

import type { Comparison } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { normalCdf } from "../stats/normal-cdf.ts";
import { normalQuantile } from "../stats/normal-quantile.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";

/** Beyond this many samples a claim is called undecidable at the observed value, not worth a number. */
export const MAX_SAMPLES_TO_DECIDE = 10_000;
/** The chance that following the estimate decides the claim, when the truth is what was observed. */
export const DECIDE_POWER = 0.8;

const VERDICT_Z = normalQuantile(0.975);
/** The verdict's z plus the power margin: an interval this wide at the observed value clears the threshold. */
const PLANNING_Z = VERDICT_Z + normalQuantile(DECIDE_POWER);
const PLANNING_LEVEL = 2 * normalCdf(PLANNING_Z) - 1;

/**
 * The smallest total sample count above `fromSamples` at which a Wilson interval at the observed rate, widened for
 * 80% power, lies wholly on one side of the threshold (as the verdict rule reads it); undefined when the rate equals
 * the threshold or the count would pass the cap.
 */
export function samplesToDecideRate(observed: number, threshold: number, comparison: Comparison, fromSamples = 0, cap = MAX_SAMPLES_TO_DECIDE): number | undefined {
  if (observed === threshold) return undefined;
  for (let n = Math.max(1, fromSamples + 1); n <= cap; n++) {
    const interval = wilsonInterval(Math.round(observed * n), n, PLANNING_LEVEL);
    if (whollyOnOneSide(interval.lower, interval.upper, threshold, comparison)) return n;
  }
  return undefined;
}

/**
 * For a mean with a bootstrap interval: the sample count at which the interval's half-width on the threshold side,
 * narrowing as 1/√n and widened for 80% power, would clear the threshold. Undefined when the mean equals the
 * threshold or the count would pass the cap.
 */
export function samplesToDecideMean(measured: MetricValue, threshold: number, cap = MAX_SAMPLES_TO_DECIDE): number | undefined {
  const { value, interval, n } = measured;
  if (value === null || interval === undefined || value === threshold || n === 0) return undefined;
  const halfWidth = (value < threshold ? interval.upper - value : value - interval.lower) * (PLANNING_Z / VERDICT_Z);
  const needed = Math.ceil(n * (halfWidth / Math.abs(threshold - value)) ** 2);
  return needed <= cap ? Math.max(needed, n + 1) : undefined;
}

/** Samples to trials per cell: the run asked n / trials samples per trial, so n' samples take n' × trials / n trials. */
export function trialsPerCell(samplesNeeded: number, samples: number, runTrials: number): number {
  return Math.max(runTrials + 1, Math.ceil((samplesNeeded * runTrials) / samples));
}

/** The verdict rule's reading of an interval: supported or contradicted only when it lies wholly on one side. */
export function whollyOnOneSide(lower: number, upper: number, threshold: number, comparison: Comparison): boolean {
  return comparison === ">=" ? lower >= threshold || upper < threshold : upper <= threshold || lower > threshold;
}
