// Distribution-free interval for a median (the p50 of latencies and speeds) from two order statistics: with B the
// number of values below the median, B ~ Binomial(n, 1/2) whatever the distribution, so [x₍ⱼ₎, x₍ₙ₋ⱼ₊₁₎] covers it
// with probability 1 − 2·P(B < j), at least the level asked. No resampling, exact at every n, and none below the n
// where even [min, max] falls short (6 values at 95%).

import type { Interval } from "../core/metric.ts";

/** The nearest-rank median the run summaries report as p50: the value at rank ceil(n / 2). */
export function nearestRankMedian(sorted: ArrayLike<number>): number {
  if (sorted.length === 0) throw new RangeError("nearestRankMedian: no values");
  return sorted[Math.max(0, Math.ceil(sorted.length / 2) - 1)] as number;
}

/** Undefined when n is below minMedianSamples(level). */
export function medianInterval(values: readonly number[], level = 0.95): Interval | undefined {
  if (values.length === 0) throw new RangeError("medianInterval: no values");
  if (!(level > 0 && level < 1)) throw new RangeError(`medianInterval: level must be in (0, 1), got ${level}`);
  const n = values.length;
  const j = lowerRank(n, level);
  if (j === undefined) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return { lower: sorted[j - 1] as number, upper: sorted[n - j] as number, level, method: "order-statistic" };
}

/** The fewest values that give a median interval at this level (6 at 95%). */
export function minMedianSamples(level = 0.95): number {
  let n = 1;
  while (lowerRank(n, level) === undefined) n++;
  return n;
}

/** The largest rank j with 2·P(B ≤ j − 1) ≤ 1 − level, B ~ Binomial(n, 1/2); undefined when even j = 1 fails. */
function lowerRank(n: number, level: number): number | undefined {
  const tail = (1 - level) / 2;
  // P(B = i) by the recurrence C(n, i) = C(n, i − 1)·(n − i + 1)/i, in logs so n in the thousands stays finite.
  let logTerm = -n * Math.LN2;
  let below = 0;
  let j = 0;
  for (let i = 0; i <= n / 2; i++) {
    if (i > 0) logTerm += Math.log((n - i + 1) / i);
    if (below + Math.exp(logTerm) > tail * (1 + 1e-12)) break;
    below += Math.exp(logTerm);
    j = i + 1;
  }
  return j === 0 ? undefined : j;
}
