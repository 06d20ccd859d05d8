// Bradley-Terry ratings from pairwise outcomes, P(a beats b) = sa / (sa + sb), fitted by Newton's method on the
// log-likelihood with a weak prior (see DEFAULT_PRIOR_PRECISION); ties count as half a win to each side.

import { eloRatings, eloWinProbability } from "./elo-ratings.ts";
import { DEFAULT_PRIOR_PRECISION, fitPairwiseLogistic, type PairwiseRow } from "./pairwise-logistic.ts";
import { ratingIntervals, type RatingIntervalOptions, type RatingIntervals } from "./rating-intervals.ts";

export type PairwiseWinner = "a" | "b" | "tie";

export interface PairwiseOutcome {
  a: string;
  b: string;
  winner: PairwiseWinner;
}

export interface RatingOptions {
  /** Anchor the scale on this model (rating 1000) instead of on the mean of all models. */
  baseline?: string;
  /** Precision of the Gaussian prior on log-strengths (default DEFAULT_PRIOR_PRECISION). */
  priorPrecision?: number;
}

export interface BradleyTerryFit {
  /** Every model that appears in an outcome, sorted. */
  models: string[];
  /** Elo-like ratings (see elo-ratings.ts). */
  ratings: Record<string, number>;
  /** Fitted P(a beats b), a tie counting half. */
  winProbability(a: string, b: string): number;
}

/**
 * Fits ratings to all outcomes. When the comparisons fall into groups that never meet, only the prior relates the
 * groups (their centres are pulled together), so gaps across groups mean nothing; schedule comparisons that connect.
 */
export function bradleyTerry(outcomes: readonly PairwiseOutcome[], options: RatingOptions = {}): BradleyTerryFit {
  const models = modelsOf(outcomes);
  const rows = rowsOf(outcomes, models);
  const fit = fitPairwiseLogistic(rows, { players: models.length, priorPrecision: options.priorPrecision ?? DEFAULT_PRIOR_PRECISION });
  const ratings = eloRatings(models, fit.theta, options.baseline);
  return { models, ratings, winProbability: (a, b) => eloWinProbability(ratingOf(ratings, a), ratingOf(ratings, b)) };
}

/** Ratings with profile-likelihood intervals (see rating-intervals.ts). */
export function bradleyTerryIntervals(outcomes: readonly PairwiseOutcome[], options: RatingOptions & RatingIntervalOptions = {}): RatingIntervals {
  const fit = bradleyTerry(outcomes, options);
  return ratingIntervals({ models: fit.models, ratings: fit.ratings, rows: rowsOf(outcomes, fit.models), covariates: 0, baseline: options.baseline }, options);
}

/** Outcomes collapsed to one row per ordered pair, so a fit costs the same for 100 or 100,000 comparisons. */
function rowsOf(outcomes: readonly PairwiseOutcome[], models: readonly string[]): PairwiseRow[] {
  const index = new Map(models.map((model, i) => [model, i]));
  const rows = new Map<string, PairwiseRow>();
  for (const outcome of outcomes) {
    const a = index.get(outcome.a) as number;
    const b = index.get(outcome.b) as number;
    const key = `${a}:${b}`;
    const row = rows.get(key) ?? { a, b, games: 0, winsA: 0 };
    row.games += 1;
    row.winsA += scoreOfA(outcome.winner);
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** The models of the outcomes, sorted; refuses none and self-comparisons. */
export function modelsOf(outcomes: readonly PairwiseOutcome[]): string[] {
  if (outcomes.length === 0) throw new RangeError("bradleyTerry: no outcomes");
  const models = new Set<string>();
  for (const { a, b } of outcomes) {
    if (a === b) throw new RangeError(`bradleyTerry: "${a}" compared with itself`);
    models.add(a).add(b);
  }
  return [...models].sort();
}

export function scoreOfA(winner: PairwiseWinner): number {
  return winner === "a" ? 1 : winner === "tie" ? 0.5 : 0;
}

export function ratingOf(ratings: Record<string, number>, model: string): number {
  const rating = ratings[model];
  if (rating === undefined) throw new RangeError(`no rating for "${model}"`);
  return rating;
}
