// Profile-likelihood intervals for pairwise ratings, each model's and the gap between any two, on the rating scale.
// A model that won every comparison gets an open upper side ("≥ +X"), never a zero-width interval.

import type { Interval } from "../core/metric.ts";
import { RATING_ANCHOR, RATING_POINTS_PER_LOG_STRENGTH } from "./elo-ratings.ts";
import type { PairwiseRow } from "./pairwise-logistic.ts";
import { profileLikelihoodInterval } from "./profile-likelihood-interval.ts";

export interface RatingIntervals {
  /** Ratings fitted on all the outcomes. */
  ratings: Record<string, number>;
  /** Each model's rating; a baseline has none (it is 1000 by definition). A side may be ±Infinity (open). */
  intervals: Record<string, Interval>;
  /** Interval for rating(a) − rating(b); gaps are what a reader compares, and they vary less than two separate intervals suggest. */
  differenceInterval(a: string, b: string): Interval;
}

export interface RatingIntervalOptions {
  /** Confidence level (default 0.95). */
  level?: number;
}

interface Fitted {
  models: readonly string[];
  ratings: Record<string, number>;
  rows: readonly PairwiseRow[];
  covariates: number;
  baseline?: string;
}

export function ratingIntervals(fitted: Fitted, options: RatingIntervalOptions = {}): RatingIntervals {
  const level = options.level ?? 0.95;
  const { models, rows, covariates, baseline } = fitted;
  const index = new Map(models.map((model, i) => [model, i]));
  const indexOf = (model: string): number => {
    const i = index.get(model);
    if (i === undefined) throw new RangeError(`ratingIntervals: no model "${model}"`);
    return i;
  };
  const size = models.length + covariates;
  const interval = (contrast: number[], offset: number): Interval => {
    const found = profileLikelihoodInterval(rows, contrast, { players: models.length, covariates, level });
    return { lower: offset + RATING_POINTS_PER_LOG_STRENGTH * found.lower, upper: offset + RATING_POINTS_PER_LOG_STRENGTH * found.upper, level, method: "profile-likelihood" };
  };
  const intervals: Record<string, Interval> = {};
  for (const model of models) {
    if (model === baseline) continue;
    // Against the baseline when there is one, else against the mean of all models (the scale's anchor).
    const contrast = new Array<number>(size).fill(0);
    if (baseline === undefined) for (let i = 0; i < models.length; i++) contrast[i] = -1 / models.length;
    else contrast[indexOf(baseline)] = -1;
    contrast[indexOf(model)] = (contrast[indexOf(model)] as number) + 1;
    intervals[model] = interval(contrast, RATING_ANCHOR);
  }
  const gaps = new Map<string, Interval>();
  return {
    ratings: fitted.ratings,
    intervals,
    differenceInterval(a, b) {
      const key = `${a}\u0000${b}`;
      let found = gaps.get(key);
      if (!found) {
        const contrast = new Array<number>(size).fill(0);
        contrast[indexOf(a)] = 1;
        contrast[indexOf(b)] = -1;
        found = interval(contrast, 0);
        gaps.set(key, found);
      }
      return found;
    },
  };
}
