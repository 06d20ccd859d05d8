// How many trials would likely decide an inconclusive claim about a mean, and samples turned into trials per cell: the
// answer an "inconclusive" verdict owes its reader ("run 4 trials per cell instead of 1"). Rates are planned in
// stats/samples-to-decide-rate.ts; both plan for 80% power at the value observed so far.

import type { MetricValue } from "../core/metric.ts";
import { MAX_SAMPLES_TO_DECIDE, PLANNING_Z, VERDICT_Z } from "../stats/samples-to-decide-rate.ts";

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
