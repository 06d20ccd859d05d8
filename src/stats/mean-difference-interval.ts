// Percentile bootstrap interval for the difference of two independent means (two deployments answering the same
// battery): each side is resampled on its own, since their responses are not paired one to one.

import type { Interval } from "../core/metric.ts";
import { seededRandom } from "../core/random.ts";
import type { BootstrapOptions } from "./bootstrap-interval.ts";
import { percentileOfSorted } from "./percentile.ts";

const DEFAULT_SEED = 0x5eed;

/** Interval for mean(b) - mean(a); seeded, so the same values always give the same interval. */
export function meanDifferenceInterval(a: readonly number[], b: readonly number[], options: BootstrapOptions = {}): Interval {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  if (a.length === 0 || b.length === 0) throw new RangeError("meanDifferenceInterval: each side needs values");
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`meanDifferenceInterval: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`meanDifferenceInterval: level must be in (0, 1), got ${level}`);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const resampledMean = (values: readonly number[]) => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[Math.floor(random() * values.length)]!;
    return sum / values.length;
  };
  const differences = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) differences[r] = resampledMean(b) - resampledMean(a);
  differences.sort();
  const tail = (1 - level) / 2;
  return { lower: percentileOfSorted(differences, tail), upper: percentileOfSorted(differences, 1 - tail), level, method: "bootstrap" };
}
