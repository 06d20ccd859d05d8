// Standard normal distribution function, accurate to about 1e-15, for p-values and for refining quantiles.

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

export function normalDensity(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** P(Z <= x) for a standard normal Z. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < -3) return upperTail(-x);
  if (x > 3) return 1 - upperTail(x);
  // Series Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/(3·5) + …): every term has the sign of x, so no cancellation near 0.
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 3; Math.abs(term) > 1e-17 * Math.abs(sum); k += 2) {
    term *= x2 / k;
    sum += term;
  }
  return 0.5 + normalDensity(x) * sum;
}

/** P(Z > x) for x > 3 from the continued fraction of the Mills ratio, summed from the tail so the tail keeps its relative precision. */
function upperTail(x: number): number {
  let fraction = x;
  for (let k = 80; k >= 1; k--) fraction = x + k / fraction;
  return normalDensity(x) / fraction;
}
