// Bradley-Terry ratings from pairwise outcomes, P(a beats b) = sa / (sa + sb), fitted by Newton's method on the
// log-likelihood with a weak prior (see DEFAULT_PRIOR_PRECISION); ties count as half a win to each side.

import { eloRatings, eloWinProbability } from "./elo-ratings.ts";
import { DEFAULT_PRIOR_PRECISION, fitPairwiseLogistic, type PairwiseRow } from "./pairwise-logistic.ts";
import { bootstrapRatings, type RatingBootstrap, type RatingBootstrapOptions } from "./rating-bootstrap.ts";

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
  const index = new Map(models.map((model, i) => [model, i]));
  // Outcomes collapse to one row per ordered pair, so the fit costs the same for 100 or 100,000 comparisons.
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
  const fit = fitPairwiseLogistic([...rows.values()], { players: models.length, priorPrecision: options.priorPrecision ?? DEFAULT_PRIOR_PRECISION });
  const ratings = eloRatings(models, fit.theta, options.baseline);
  return { models, ratings, winProbability: (a, b) => eloWinProbability(ratingOf(ratings, a), ratingOf(ratings, b)) };
}

/**
 * Ratings with percentile bootstrap intervals, resampling outcomes (default 1000 resamples, fixed seed). With a
 * baseline, a resample that drew none of the baseline's comparisons has no scale and is left out for every model.
 */
export function bradleyTerryBootstrap(outcomes: readonly PairwiseOutcome[], options: RatingOptions & RatingBootstrapOptions = {}): RatingBootstrap {
  return bootstrapRatings(outcomes, (sample) => (hasBaseline(sample, options.baseline) ? bradleyTerry(sample, options).ratings : {}), options);
}

/** True without a baseline, or when some outcome involves it. */
export function hasBaseline(outcomes: readonly PairwiseOutcome[], baseline: string | undefined): boolean {
  return baseline === undefined || outcomes.some((o) => o.a === baseline || o.b === baseline);
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
