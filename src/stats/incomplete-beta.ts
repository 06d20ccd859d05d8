// The regularized incomplete beta function I_x(a, b) in log form: the probability mass of a beta distribution below x,
// accurate deep in either tail, where sequential tests read it (a tail of 1e-40 must not come out as 1e-16).

import { logBeta } from "./log-gamma.ts";

const MAX_ITERATIONS = 100_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** log I_x(a, b) for a, b > 0 and x in [0, 1]; -Infinity at x = 0, 0 at x = 1. */
export function logIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`logIncompleteBeta: a and b must be positive, got ${a} and ${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`logIncompleteBeta: x must be in [0, 1], got ${x}`);
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  // The continued fraction converges fast below the mean; above it, the mirror form is used and the result is at
  // least about one half, so taking it from one loses nothing.
  if (x < (a + 1) / (a + b + 2)) return logFront + Math.log(betaFraction(x, a, b)) - Math.log(a);
  return Math.log1p(-Math.exp(logFront + Math.log(betaFraction(1 - x, b, a)) - Math.log(b)));
}

/** The continued fraction of I_x(a, b), evaluated by the modified Lentz method. */
function betaFraction(x: number, a: number, b: number): number {
  const clamp = (value: number) => (Math.abs(value) < TINY ? TINY : value);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let result = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / clamp(1 + even * d);
    c = clamp(1 + even / c);
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / clamp(1 + odd * d);
    c = clamp(1 + odd / c);
    const step = d * c;
    result *= step;
    if (Math.abs(step - 1) < EPSILON) return result;
  }
  return result;
}
