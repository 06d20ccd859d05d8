// The Elo-like scale every pairwise rating here is reported on: 400·log10(strength), centred on 1000, so a
// 400-point gap means 10-to-1 odds and readers can compare with arena leaderboards.

/** The rating of the average model, or of the named baseline when there is one. */
export const RATING_ANCHOR = 1000;

/** Rating points per unit of natural-log strength (400 / ln 10). */
export const RATING_POINTS_PER_LOG_STRENGTH = 400 / Math.LN10;

/**
 * Ratings from natural-log strengths: the mean model sits at 1000, or the baseline does when one is named (it then
 * has no interval of its own: the others are read relative to it).
 */
export function eloRatings(models: readonly string[], logStrengths: readonly number[], baseline?: string): Record<string, number> {
  if (models.length !== logStrengths.length) throw new RangeError("eloRatings: one log-strength per model");
  let centre = logStrengths.reduce((sum, x) => sum + x, 0) / Math.max(1, logStrengths.length);
  if (baseline !== undefined) {
    const index = models.indexOf(baseline);
    if (index < 0) throw new RangeError(`eloRatings: baseline "${baseline}" has no comparisons`);
    centre = logStrengths[index] as number;
  }
  const ratings: Record<string, number> = {};
  models.forEach((model, i) => {
    ratings[model] = RATING_ANCHOR + RATING_POINTS_PER_LOG_STRENGTH * ((logStrengths[i] as number) - centre);
  });
  return ratings;
}

/** P(a beats b) for two ratings on this scale, a tie counting as half a win. */
export function eloWinProbability(ratingA: number, ratingB: number): number {
  return 1 / (1 + 10 ** ((ratingB - ratingA) / 400));
}
