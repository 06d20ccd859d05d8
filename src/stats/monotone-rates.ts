// Rates along an ordered axis (accuracy over context length) read under the assumption that they never rise: the
// isotonic fit (pool-adjacent-violators, weighted by samples) pools every rise with what comes before it, and then
// every step down that the data do not decide is pooled too, so the fit keeps only falls that are decided (Fisher's
// exact test, exact near 0 and 1 where a single miss must not look like a fall).
// What is left is a non-increasing step function whose every block is estimated from all its samples: a flat model is
// one block, a fall is two. The price: a fall the data cannot decide is pooled, and the lengths after it are read at
// the block's accuracy (bench/statistics.ts measures how often that reads a length past the truth).

import type { RateEstimate } from "./item-rate-interval.ts";
import { fisherExactGreater } from "./fisher-exact-test.ts";
import { wilsonBounds } from "./wilson-interval.ts";

export interface RateBlock {
  /** Indices into the input, first and last, inclusive. */
  from: number;
  to: number;
  /** The block's samples pooled: lengths are asked independently, so their effective sample sizes add up. */
  estimate: RateEstimate;
}

/** The fit, first block first; `rates` are in the axis's order (shortest length first). */
export function monotoneRates(rates: readonly RateEstimate[], level = 0.95): RateBlock[] {
  if (rates.length === 0) throw new RangeError("monotoneRates: no rates");
  const block = (from: number, to: number): RateBlock => ({ from, to, estimate: pooledRate(rates.slice(from, to + 1), level) });
  const blocks: RateBlock[] = [];
  for (let index = 0; index < rates.length; index++) {
    blocks.push(block(index, index));
    while (blocks.length > 1 && blocks.at(-2)!.estimate.value < blocks.at(-1)!.estimate.value) {
      const later = blocks.pop()!;
      blocks.push(block(blocks.pop()!.from, later.to));
    }
  }
  // A fall is kept when decided at the level every interval here has (one-sided (1 − level) / 2). The least decided
  // step is pooled first: each merge moves its neighbours' steps.
  const alpha = (1 - level) / 2;
  for (;;) {
    const steps = blocks.slice(1).map((later, i) => fallPValue(blocks[i]!.estimate, later.estimate));
    const weakest = steps.indexOf(Math.max(...steps));
    if (weakest === -1 || steps[weakest]! < alpha) return blocks;
    blocks.splice(weakest, 2, block(blocks[weakest]!.from, blocks[weakest + 1]!.to));
  }
}

/** Several independently asked rates as one: successes and samples add up, and so do their effective sample sizes. */
export function pooledRate(rates: readonly RateEstimate[], level = 0.95): RateEstimate {
  if (rates.length === 1) return rates[0]!;
  const samples = rates.reduce((sum, rate) => sum + rate.samples, 0);
  const effectiveSamples = rates.reduce((sum, rate) => sum + rate.effectiveSamples, 0);
  const value = rates.reduce((sum, rate) => sum + rate.value * rate.samples, 0) / samples;
  const items = rates.reduce((sum, rate) => sum + rate.items, 0);
  return { value, samples, items, effectiveSamples, designEffect: samples / effectiveSamples, interval: wilsonBounds(value, effectiveSamples, level) };
}

/**
 * The one-sided p-value of a fall from `earlier` to `later`: Fisher's exact test on the counts each rate is worth (its
 * effective sample size, so repeated trials of one item are not counted as independent evidence).
 */
export function fallPValue(earlier: RateEstimate, later: RateEstimate): number {
  const counts = (rate: RateEstimate) => {
    const trials = Math.max(1, Math.round(rate.effectiveSamples));
    return [Math.round(rate.value * trials), trials] as const;
  };
  return fisherExactGreater(...counts(earlier), ...counts(later));
}
