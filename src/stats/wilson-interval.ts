// Wilson score interval for a proportion: honest at small n and near 0 or 1, where the plain normal interval is not.

import type { Interval } from "../core/metric.ts";
import { normalQuantile } from "./normal-quantile.ts";

export function wilsonInterval(successes: number, n: number, level = 0.95): Interval {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`wilsonInterval: n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: successes must be an integer in [0, ${n}], got ${successes}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`wilsonInterval: level must be in (0, 1), got ${level}`);
  if (n === 0) return { lower: 0, upper: 1, level, method: "wilson" };
  return wilsonBounds(successes / n, n, level);
}

/**
 * The Wilson interval for an observed proportion p at a (possibly fractional) sample size n, e.g. an effective
 * sample size after a design effect. p = 0 and p = 1 give exact 0 and 1 bounds.
 */
export function wilsonBounds(p: number, n: number, level = 0.95): Interval {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`wilsonBounds: p must be in [0, 1], got ${p}`);
  if (!(n > 0)) throw new RangeError(`wilsonBounds: n must be positive, got ${n}`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n successes the bound is exactly 0 or 1; rounding must not push it to 1e-17 or 0.9999999999999999.
  return {
    lower: p === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: p === 1 ? 1 : Math.min(1, centre + halfWidth),
    level,
    method: "wilson",
  };
}
