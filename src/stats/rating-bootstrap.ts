// Percentile bootstrap for pairwise ratings: refit on outcomes resampled with replacement (seeded, so the same
// outcomes always give the same intervals), for each model's rating and for the gap between any two models.

import type { Interval } from "../core/metric.ts";
import { seededRandom } from "../core/random.ts";
import { percentileOfSorted } from "./percentile.ts";

export interface RatingBootstrapOptions {
  /** Resamples drawn (default 1000). */
  resamples?: number;
  /** RNG seed (default fixed), so reports reproduce exactly. */
  seed?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

export interface RatingBootstrap {
  /** Ratings fitted on all the outcomes. */
  ratings: Record<string, number>;
  intervals: Record<string, Interval>;
  /** Interval for rating(a) − rating(b); gaps are what a reader compares, and they vary less than two separate intervals suggest. */
  differenceInterval(a: string, b: string): Interval;
  resamples: number;
}

const DEFAULT_SEED = 0x5eed;

/**
 * `fit` maps outcomes to ratings of the models that appear in them. A model missing from a resample (it drew none of
 * its comparisons) has no rating there; its intervals use the resamples where it appears, and an interval with no
 * such resample is (-Infinity, Infinity).
 */
export function bootstrapRatings<T>(
  outcomes: readonly T[],
  fit: (sample: readonly T[]) => Record<string, number>,
  options: RatingBootstrapOptions = {},
): RatingBootstrap {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  if (outcomes.length === 0) throw new RangeError("bootstrapRatings: no outcomes");
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrapRatings: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrapRatings: level must be in (0, 1), got ${level}`);
  const ratings = fit(outcomes);
  const models = Object.keys(ratings);
  const draws = new Map(models.map((model) => [model, new Float64Array(resamples).fill(Number.NaN)]));
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const n = outcomes.length;
  const sample: T[] = new Array<T>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = outcomes[Math.floor(random() * n)] as T;
    const refit = fit(sample);
    for (const [model, values] of draws) values[r] = refit[model] ?? Number.NaN;
  }
  const tail = (1 - level) / 2;
  const interval = (values: Iterable<number>): Interval => {
    const present = Float64Array.from([...values].filter((v) => !Number.isNaN(v))).sort();
    if (present.length === 0) return { lower: -Infinity, upper: Infinity, level, method: "bootstrap" };
    return { lower: percentileOfSorted(present, tail), upper: percentileOfSorted(present, 1 - tail), level, method: "bootstrap" };
  };
  const drawsOf = (model: string): Float64Array => {
    const values = draws.get(model);
    if (!values) throw new RangeError(`bootstrapRatings: no model "${model}"`);
    return values;
  };
  const intervals: Record<string, Interval> = {};
  for (const [model, values] of draws) intervals[model] = interval(values);
  return {
    ratings,
    intervals,
    differenceInterval(a, b) {
      const first = drawsOf(a);
      const second = drawsOf(b);
      return interval(first.map((x, r) => x - (second[r] as number)));
    },
    resamples,
  };
}
