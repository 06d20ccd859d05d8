import { describe, expect, it } from "vitest";
import { normalCdf } from "./normal-cdf.ts";

// Φ by Simpson's rule on the density: a different method from the series and continued fraction under test.
function simpsonCdf(x: number): number {
  const steps = 20_000;
  const a = -12;
  const h = (x - a) / steps;
  const f = (t: number) => Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
  let sum = f(a) + f(x);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

describe("normalCdf", () => {
  it("agrees with numerical integration across the range, including both sides of the series/fraction switch", () => {
    for (const x of [-6, -4, -3.0001, -3, -2.9999, -1.5, -0.3, 0, 0.7, 1.96, 2.9999, 3.0001, 5]) {
      expect(Math.abs(normalCdf(x) - simpsonCdf(x))).toBeLessThan(1e-12);
    }
  });

  it("keeps relative precision deep in the lower tail", () => {
    // Textbook value Φ(-8) = 6.22096057427178e-16.
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 10);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
});
