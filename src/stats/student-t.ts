// Student's t distribution: its distribution function and quantiles, for intervals and tests whose spread is itself
// estimated from few units (items, clusters), where the normal's z would claim more precision than there is.

import { logIncompleteBeta } from "./incomplete-beta.ts";
import { normalQuantile } from "./normal-quantile.ts";

/** P(T <= t) for T ~ t(df), df > 0; from the incomplete beta: P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2). */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTCdf: df must be positive, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = 0.5 * Math.exp(logIncompleteBeta(df / (df + t * t), df / 2, 0.5));
  return t < 0 ? tail : 1 - tail;
}

/** Two-sided p-value of an observed t: P(|T| >= |t|). */
export function studentTTwoSided(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTTwoSided: df must be positive, got ${df}`);
  if (!Number.isFinite(t)) return Number.isNaN(t) ? Number.NaN : 0;
  return Math.min(1, Math.exp(logIncompleteBeta(df / (df + t * t), df / 2, 0.5)));
}

/** The t with P(T <= t) = p, for p in (0, 1): bisection on the distribution function, to about 1e-12. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be positive, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  // The t quantile is at least the normal one; double the bracket until it holds p.
  let low = normalQuantile(p);
  let high = Math.max(1, 2 * low);
  while (studentTCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-13 * high; i++) {
    const middle = (low + high) / 2;
    if (studentTCdf(middle, df) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
