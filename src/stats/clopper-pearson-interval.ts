// Clopper-Pearson ("exact") interval for a proportion: the rates p whose binomial tail beyond the observed count is at
// least (1 − level)/2 on each side. It covers at least its level at every n and p, where Wilson only does so on
// average, so verdicts on a handful of samples read it (a perfect 5 of 5 gives [0.48, 1], not Wilson's [0.57, 1]).

import type { Interval } from "../core/metric.ts";
import { logIncompleteBeta } from "./incomplete-beta.ts";

export function clopperPearsonInterval(successes: number, n: number, level = 0.95): Interval {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`clopperPearsonInterval: n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`clopperPearsonInterval: successes must be an integer in [0, ${n}], got ${successes}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`clopperPearsonInterval: level must be in (0, 1), got ${level}`);
  const tail = (1 - level) / 2;
  // The bounds are beta quantiles: lower = B⁻¹(tail; x, n − x + 1), upper = B⁻¹(1 − tail; x + 1, n − x).
  const lower = successes === 0 ? 0 : betaQuantile(tail, successes, n - successes + 1);
  const upper = successes === n ? 1 : betaQuantile(1 - tail, successes + 1, n - successes);
  return { lower, upper, level, method: "clopper-pearson" };
}

/** The x with I_x(a, b) = q, by bisection on the log incomplete beta (monotone in x), to about 1e-14. */
function betaQuantile(q: number, a: number, b: number): number {
  const target = Math.log(q);
  let low = 0;
  let high = 1;
  for (let i = 0; i < 100 && high - low > 1e-15; i++) {
    const middle = (low + high) / 2;
    if (logIncompleteBeta(middle, a, b) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
