// A rate over items whose trials repeat: the pooled share of successes with a Wilson interval at the effective sample
// size, so ten trials of one easy item count for about one item, not ten (a cluster design effect, the unit the item).
//
// The variance of the pooled rate is estimated from the items' own spread (the ratio estimator's cluster-robust
// variance); the design effect is that variance over the binomial one, never below 1. Its between-item part is known
// only from k − 1 degrees of freedom, so it is inflated by (t_{k−1} / z)², as Korn and Graubard do for surveys with
// few clusters. With fewer than MIN_SPREAD_ITEMS items that spread is too poorly known to separate from the binomial
// part, and the whole effective size is discounted by (z / t_{k−1})² instead. bench/statistics.ts shows the coverage.

import type { Interval } from "../core/metric.ts";
import { normalQuantile } from "./normal-quantile.ts";
import { studentTQuantile } from "./student-t.ts";
import { wilsonBounds } from "./wilson-interval.ts";

export interface ItemCount {
  successes: number;
  trials: number;
}

export interface RateEstimate {
  /** Successes over trials, pooled over items. */
  value: number;
  samples: number;
  /** Items with at least one trial. */
  items: number;
  /** The sample size the interval is worth: samples / design effect, with the degrees-of-freedom discount. */
  effectiveSamples: number;
  /** Variance of the pooled rate over the binomial variance at the same n (>= 1); 1 when no trial repeats an item. */
  designEffect: number;
  interval: Interval;
}

/** Below this many items the between-item spread is not estimated on its own (see the module comment). */
export const MIN_SPREAD_ITEMS = 5;

export function itemRateInterval(items: readonly ItemCount[], level = 0.95): RateEstimate {
  if (!(level > 0 && level < 1)) throw new RangeError(`itemRateInterval: level must be in (0, 1), got ${level}`);
  for (const { successes, trials } of items) {
    if (!Number.isInteger(trials) || trials < 0 || !Number.isInteger(successes) || successes < 0 || successes > trials) {
      throw new RangeError(`itemRateInterval: an item needs integer 0 <= successes <= trials, got ${successes}/${trials}`);
    }
  }
  const asked = items.filter((item) => item.trials > 0);
  const samples = asked.reduce((sum, item) => sum + item.trials, 0);
  if (samples === 0) throw new RangeError("itemRateInterval: no trials");
  const value = asked.reduce((sum, item) => sum + item.successes, 0) / samples;
  const k = asked.length;
  // One item (the rate is that item's own) or one trial per item (nothing repeats): plain Wilson over the samples.
  if (k === 1 || asked.every((item) => item.trials === 1)) {
    return { value, samples, items: k, effectiveSamples: samples, designEffect: 1, interval: wilsonBounds(value, samples, level) };
  }
  const designEffect = designEffectOf(asked, value, samples);
  const ratio = (normalQuantile(1 - (1 - level) / 2) / studentTQuantile(1 - (1 - level) / 2, k - 1)) ** 2;
  const effectiveSamples = k >= MIN_SPREAD_ITEMS ? samples / (1 + (designEffect - 1) / ratio) : (samples / designEffect) * ratio;
  return { value, samples, items: k, effectiveSamples, designEffect, interval: wilsonBounds(value, effectiveSamples, level) };
}

/**
 * k/(k−1) · Σ (yᵢ − p·mᵢ)² / N² over p(1 − p)/N, at least 1. At p = 0 or 1 the items show no spread to measure, and the
 * design effect is taken as 1 (as the NCHS presentation standards do for proportions).
 */
function designEffectOf(items: readonly ItemCount[], p: number, samples: number): number {
  if (p === 0 || p === 1) return 1;
  const k = items.length;
  let squares = 0;
  for (const { successes, trials } of items) squares += (successes - p * trials) ** 2;
  const variance = (k / (k - 1)) * (squares / (samples * samples));
  return Math.max(1, variance / ((p * (1 - p)) / samples));
}
