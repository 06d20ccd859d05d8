// Percentile bootstrap interval for a median (the p50 of latencies and speeds), seeded so it always reproduces.

import type { Interval } from "../core/metric.ts";
import { seededRandom } from "../core/random.ts";
import { percentileOfSorted } from "./percentile.ts";
import type { BootstrapOptions } from "./bootstrap-interval.ts";

const DEFAULT_SEED = 0x5eed;

/** The nearest-rank median the run summaries report as p50: the value at rank ceil(n / 2). */
export function nearestRankMedian(sorted: ArrayLike<number>): number {
  if (sorted.length === 0) throw new RangeError("nearestRankMedian: no values");
  return sorted[Math.max(0, Math.ceil(sorted.length / 2) - 1)] as number;
}

export function bootstrapMedianInterval(values: readonly number[], options: BootstrapOptions = {}): Interval {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  if (values.length === 0) throw new RangeError("bootstrapMedianInterval: no values");
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrapMedianInterval: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrapMedianInterval: level must be in (0, 1), got ${level}`);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const n = values.length;
  const resample = new Float64Array(n);
  const medians = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) resample[i] = values[Math.floor(random() * n)] as number;
    resample.sort();
    medians[r] = nearestRankMedian(resample);
  }
  medians.sort();
  const tail = (1 - level) / 2;
  return { lower: percentileOfSorted(medians, tail), upper: percentileOfSorted(medians, 1 - tail), level, method: "bootstrap" };
}
