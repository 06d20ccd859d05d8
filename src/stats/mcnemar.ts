// McNemar's test for paired pass/fail outcomes (same items, two targets): do the discordant pairs lean one way?

import { normalCdf } from "./normal-cdf.ts";

/**
 * At or below this many discordant pairs the p-value is the exact two-sided binomial one; above it, the
 * continuity-corrected chi-square approximation, which is then within about 0.01 of exact.
 */
export const MCNEMAR_EXACT_MAX_DISCORDANT = 25;

export interface McNemarResult {
  /** Continuity-corrected chi-square statistic (max(|b - c| - 1, 0))² / (b + c); 0 when there are no discordant pairs. */
  statistic: number;
  pValue: number;
  /** Which p-value was computed (see MCNEMAR_EXACT_MAX_DISCORDANT). */
  method: "exact" | "chi-square";
}

/** b: pairs where only the first passed; c: pairs where only the second passed. */
export function mcnemarTest(b: number, c: number): McNemarResult {
  for (const count of [b, c]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`mcnemarTest: counts must be non-negative integers, got ${count}`);
  }
  const n = b + c;
  if (n === 0) return { statistic: 0, pValue: 1, method: "exact" };
  const statistic = Math.max(Math.abs(b - c) - 1, 0) ** 2 / n;
  if (n <= MCNEMAR_EXACT_MAX_DISCORDANT) {
    return { statistic, pValue: Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), n)), method: "exact" };
  }
  // A chi-square with one degree of freedom is the square of a standard normal.
  return { statistic, pValue: 2 * normalCdf(-Math.sqrt(statistic)), method: "chi-square" };
}

/** P(X <= k) for X ~ Binomial(n, 1/2); exact in doubles for the small n it is used with. */
function binomialHalfCdf(k: number, n: number): number {
  let coefficient = 1;
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    coefficient = (coefficient * (n - i + 1)) / i;
    sum += coefficient;
  }
  return sum / 2 ** n;
}
