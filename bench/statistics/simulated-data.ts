// Random draws for the statistics benchmark: normal, exponential, lognormal and binary values, binomial counts, and
// items whose trials are correlated (a shared difficulty, and answers that may repeat within an item).

import { seededRandom } from "../../src/core/random.ts";

export type Random = () => number;

export function random(seed: number): Random {
  return seededRandom(seed);
}

export function normal(rng: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

export function binomial(rng: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k++;
  return k;
}

/** The value distributions the means table covers, each with its true mean. */
export const DISTRIBUTIONS: { name: string; mean: number; draw: (rng: Random) => number }[] = [
  { name: "normal", mean: 0, draw: normal },
  { name: "skewed (exponential)", mean: 1, draw: (rng) => -Math.log(1 - rng()) },
  { name: "heavy tail (lognormal σ=1)", mean: Math.exp(0.5), draw: (rng) => Math.exp(normal(rng)) },
  { name: "binary p=0.5", mean: 0.5, draw: (rng) => (rng() < 0.5 ? 1 : 0) },
  { name: "binary p=0.2", mean: 0.2, draw: (rng) => (rng() < 0.2 ? 1 : 0) },
];

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Item difficulties on the logit scale: item i passes with σ(shift + u_i), u_i ~ N(0, spread²). */
export function logitShiftForMean(mean: number, spread: number): number {
  // E[σ(shift + u)] by a fixed quadrature grid, then bisection on shift.
  const nodes = Array.from({ length: 201 }, (_, i) => -6 + (12 * i) / 200);
  const weights = nodes.map((z) => Math.exp(-z * z / 2));
  const total = weights.reduce((a, b) => a + b, 0);
  const meanAt = (shift: number) => nodes.reduce((sum, z, i) => sum + (weights[i] as number) * sigmoid(shift + spread * z), 0) / total;
  let low = -20;
  let high = 20;
  for (let i = 0; i < 100; i++) {
    const middle = (low + high) / 2;
    if (meanAt(middle) < mean) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * One host's trials of one item: with probability `sticky` the host answers the item the same way every time (as at
 * temperature 0), else each trial is drawn afresh. Returns the number of successes.
 */
export function itemTrials(rng: Random, p: number, trials: number, sticky: number): number {
  if (rng() < sticky) return rng() < p ? trials : 0;
  return binomial(rng, trials, p);
}

/** Per trial outcomes rather than a count (for pairing samples trial by trial). */
export function itemOutcomes(rng: Random, p: number, trials: number, sticky: number): boolean[] {
  if (rng() < sticky) {
    const outcome = rng() < p;
    return Array.from({ length: trials }, () => outcome);
  }
  return Array.from({ length: trials }, () => rng() < p);
}
