// Percentile bootstrap interval for a mean, seeded so the same values always give the same interval.

import type { Interval } from "../core/metric.ts";
import { seededRandom } from "../core/random.ts";
import { percentileOfSorted } from "./percentile.ts";

export interface BootstrapOptions {
  /** Resamples drawn (default 2000). */
  resamples?: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /** RNG seed (default fixed), so reports reproduce exactly. */
  seed?: number;
}

const DEFAULT_SEED = 0x5eed;

export function bootstrapMeanInterval(values: readonly number[], options: BootstrapOptions = {}): Interval {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  if (values.length === 0) throw new RangeError("bootstrapMeanInterval: no values");
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrapMeanInterval: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrapMeanInterval: level must be in (0, 1), got ${level}`);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const n = values.length;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)] as number;
    means[r] = sum / n;
  }
  means.sort();
  const tail = (1 - level) / 2;
  return { lower: percentileOfSorted(means, tail), upper: percentileOfSorted(means, 1 - tail), level, method: "bootstrap" };
}
