// Length-controlled Bradley-Terry: P(a beats b) = σ(θa − θb + β·(f(len a) − f(len b))), so a judge's taste for
// longer answers is fitted as β and kept out of the ratings, which are each model's strength at equal length.

import { eloRatings, eloWinProbability, RATING_POINTS_PER_LOG_STRENGTH } from "./elo-ratings.ts";
import { modelsOf, ratingOf, scoreOfA, type BradleyTerryFit, type PairwiseOutcome, type RatingOptions } from "./bradley-terry.ts";
import { DEFAULT_PRIOR_PRECISION, fitPairwiseLogistic, type PairwiseRow } from "./pairwise-logistic.ts";
import { ratingIntervals, type RatingIntervalOptions, type RatingIntervals } from "./rating-intervals.ts";

export interface LengthOutcome extends PairwiseOutcome {
  /** Lengths of the two answers, in any one unit (characters, words or tokens), >= 0. */
  lengthA: number;
  lengthB: number;
}

/**
 * How a length pair becomes the covariate:
 * - "log-ratio" (default): ln((1 + len a) / (1 + len b)), i.e. f = ln(1 + length). Doubling an answer moves the
 *   odds by the same factor at any length, and the +1 keeps an empty answer defined.
 * - "normalized-difference": (len a − len b) / (len a + len b), bounded in [−1, 1] (0 when both are empty), close to
 *   the length term of LMArena's style control; AlpacaEval LC squashes a standardised difference with tanh instead.
 */
export type LengthFeature = "log-ratio" | "normalized-difference";

export interface LengthControlledOptions extends RatingOptions {
  feature?: LengthFeature;
}

export interface LengthControlledFit extends BradleyTerryFit {
  feature: LengthFeature;
  /** β: log-odds added per unit of feature difference; > 0 means the judge favours the longer answer. */
  lengthEffect: number;
  /** The same effect in rating points (how far a one-unit feature lead moves a model on the scale). */
  lengthEffectPoints: number;
  /** P(a beats b) at equal length, or at the given lengths. */
  winProbability(a: string, b: string, lengths?: { a: number; b: number }): number;
}

export function lengthFeature(lengthA: number, lengthB: number, feature: LengthFeature = "log-ratio"): number {
  for (const length of [lengthA, lengthB]) {
    if (!(length >= 0 && Number.isFinite(length))) throw new RangeError(`lengthFeature: lengths must be finite and >= 0, got ${length}`);
  }
  if (feature === "log-ratio") return Math.log1p(lengthA) - Math.log1p(lengthB);
  const total = lengthA + lengthB;
  return total === 0 ? 0 : (lengthA - lengthB) / total;
}

export function lengthControlledBradleyTerry(outcomes: readonly LengthOutcome[], options: LengthControlledOptions = {}): LengthControlledFit {
  const feature = options.feature ?? "log-ratio";
  const models = modelsOf(outcomes);
  const rows = rowsOf(outcomes, models, feature);
  const fit = fitPairwiseLogistic(rows, { players: models.length, covariates: 1, priorPrecision: options.priorPrecision ?? DEFAULT_PRIOR_PRECISION });
  const ratings = eloRatings(models, fit.theta, options.baseline);
  const beta = fit.beta[0] as number;
  return {
    models,
    ratings,
    feature,
    lengthEffect: beta,
    lengthEffectPoints: beta * RATING_POINTS_PER_LOG_STRENGTH,
    winProbability(a, b, lengths) {
      const shift = lengths ? beta * RATING_POINTS_PER_LOG_STRENGTH * lengthFeature(lengths.a, lengths.b, feature) : 0;
      return eloWinProbability(ratingOf(ratings, a) + shift, ratingOf(ratings, b));
    },
  };
}

/** Length-controlled ratings with profile-likelihood intervals, the length effect profiled out (see rating-intervals.ts). */
export function lengthControlledIntervals(outcomes: readonly LengthOutcome[], options: LengthControlledOptions & RatingIntervalOptions = {}): RatingIntervals {
  const fit = lengthControlledBradleyTerry(outcomes, options);
  const rows = rowsOf(outcomes, fit.models, fit.feature);
  return ratingIntervals({ models: fit.models, ratings: fit.ratings, rows, covariates: 1, baseline: options.baseline }, options);
}

function rowsOf(outcomes: readonly LengthOutcome[], models: readonly string[], feature: LengthFeature): PairwiseRow[] {
  const index = new Map(models.map((model, i) => [model, i]));
  return outcomes.map((outcome) => ({
    a: index.get(outcome.a) as number,
    b: index.get(outcome.b) as number,
    games: 1,
    winsA: scoreOfA(outcome.winner),
    covariates: [lengthFeature(outcome.lengthA, outcome.lengthB, feature)],
  }));
}
