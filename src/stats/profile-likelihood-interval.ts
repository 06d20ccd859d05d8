// Profile-likelihood interval for a contrast of pairwise-comparison parameters (a rating, or the gap between two):
// every value v whose best log-likelihood with cᵀθ held at v lies within χ²₁(level)/2 of the overall best. Unlike a
// bootstrap it does not collapse when a model wins every comparison: the likelihood then keeps rising as the gap
// grows, so that side of the interval is open (±Infinity) and the result reads "at least +X".

import { fitPairwiseLogistic, type PairwiseRow } from "./pairwise-logistic.ts";
import { normalQuantile } from "./normal-quantile.ts";

export interface ProfileOptions {
  players: number;
  covariates?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/**
 * A ridge this small only keeps parameters the data cannot pin down finite inside each fit; its penalty is under 0.001
 * of log-likelihood anywhere within OPEN_BEYOND of the estimate, so the interval is the plain likelihood's.
 */
const PROFILE_RIDGE = 1e-6;
/** Log-odds (about 5,200 rating points) beyond the estimate where a side whose profile has not fallen is called open. */
export const OPEN_BEYOND = 30;
const TOLERANCE = 1e-7;

/** Interval for cᵀθ on the log-odds scale, with lower = -Infinity or upper = Infinity on an open side. */
export function profileLikelihoodInterval(rows: readonly PairwiseRow[], contrast: readonly number[], options: ProfileOptions): { lower: number; upper: number } {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`profileLikelihoodInterval: level must be in (0, 1), got ${level}`);
  const settings = { players: options.players, covariates: options.covariates ?? 0, priorPrecision: PROFILE_RIDGE };
  const best = fitPairwiseLogistic(rows, settings);
  const params = [...best.theta, ...best.beta];
  const estimate = contrast.reduce((sum, c, i) => sum + c * (params[i] as number), 0);
  const drop = normalQuantile(0.5 + level / 2) ** 2 / 2;
  const profile = (value: number) => fitPairwiseLogistic(rows, { ...settings, constraint: { contrast, value } }).objective;
  const outside = (value: number) => best.objective - profile(value) > drop;
  return { lower: bound(estimate, -1, outside), upper: bound(estimate, 1, outside) };
}

/** Steps out from the estimate, doubling, until the profile has fallen far enough, then bisects to the crossing. */
function bound(estimate: number, side: -1 | 1, outside: (value: number) => boolean): number {
  let inner = 0;
  let outer = 0.25;
  while (!outside(estimate + side * outer)) {
    if (outer >= OPEN_BEYOND) return side * Infinity;
    inner = outer;
    outer = Math.min(OPEN_BEYOND, outer * 2);
  }
  while (outer - inner > TOLERANCE) {
    const middle = (inner + outer) / 2;
    if (outside(estimate + side * middle)) outer = middle;
    else inner = middle;
  }
  return estimate + side * ((inner + outer) / 2);
}
