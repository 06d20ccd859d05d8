// How many samples would likely decide a rate against a threshold, at the rate observed so far: what an undecided
// verdict or length owes its reader. "Likely" is 80% power at the observed rate; if the true rate is nearer the
// threshold than that, the estimate decides less often (bench/statistics.ts does not rely on it).

import type { Comparison } from "../core/claim.ts";
import { normalCdf } from "./normal-cdf.ts";
import { normalQuantile } from "./normal-quantile.ts";
import { wilsonInterval } from "./wilson-interval.ts";

/** Beyond this many samples a rate is called undecidable at the observed value, not worth a number. */
export const MAX_SAMPLES_TO_DECIDE = 10_000;
/** The chance that following the estimate decides it, when the truth is what was observed. */
export const DECIDE_POWER = 0.8;

export const VERDICT_Z = normalQuantile(0.975);
/** The verdict's z plus the power margin: an interval this wide at the observed value clears the threshold. */
export const PLANNING_Z = VERDICT_Z + normalQuantile(DECIDE_POWER);
const PLANNING_LEVEL = 2 * normalCdf(PLANNING_Z) - 1;
/** Counts past the start scanned one by one before the search starts jumping. */
const SCANNED = 500;

/**
 * The smallest total sample count above `fromSamples` at which a Wilson interval at the observed rate, widened for
 * 80% power, lies wholly on one side of the threshold (as the verdict rule reads it); undefined when the rate equals
 * the threshold or the count would pass the cap.
 */
export function samplesToDecideRate(observed: number, threshold: number, comparison: Comparison, fromSamples = 0, cap = MAX_SAMPLES_TO_DECIDE): number | undefined {
  if (observed === threshold) return undefined;
  const decides = (n: number) => {
    const interval = wilsonInterval(Math.round(observed * n), n, PLANNING_LEVEL);
    return whollyOnOneSide(interval.lower, interval.upper, threshold, comparison);
  };
  // Rounding the successes makes small counts not quite monotone, so they are scanned one by one; beyond, the interval
  // narrows steadily with n and doubling, then bisection, finds the first deciding count in a few dozen steps.
  const from = Math.max(1, Math.floor(fromSamples) + 1);
  const scanned = Math.min(cap, from + SCANNED);
  for (let n = from; n <= scanned; n++) if (decides(n)) return n;
  let low = scanned;
  let high = Math.min(cap, scanned + 1);
  while (!decides(high)) {
    if (high >= cap) return undefined;
    low = high;
    high = Math.min(cap, scanned + 2 * (high - scanned));
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (decides(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** The verdict rule's reading of an interval: supported or contradicted only when it lies wholly on one side. */
export function whollyOnOneSide(lower: number, upper: number, threshold: number, comparison: Comparison): boolean {
  return comparison === ">=" ? lower >= threshold || upper < threshold : upper <= threshold || lower > threshold;
}
