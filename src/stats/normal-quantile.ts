// Inverse of the standard normal distribution function, for interval widths at any confidence level.

import { normalCdf, normalDensity } from "./normal-cdf.ts";

/** The x with P(Z <= x) = p. Accurate to about 1e-12 over (1e-300, 1 - 1e-16); ±Infinity at 0 and 1. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  // Work in the lower tail, where p keeps its relative precision, and mirror for the upper one.
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = -initialGuess(p);
  // Halley's method on Φ(x) - p: cubic convergence, so a handful of steps reach double precision.
  for (let i = 0; i < 20; i++) {
    const density = normalDensity(x);
    if (density === 0) break;
    const u = (normalCdf(x) - p) / density;
    const step = u / (1 + (x * u) / 2);
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** Abramowitz & Stegun 26.2.23: |error| < 4.5e-4, a starting point for Halley's method. p is in (0, 0.5). */
function initialGuess(p: number): number {
  const t = Math.sqrt(-2 * Math.log(p));
  return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
}
