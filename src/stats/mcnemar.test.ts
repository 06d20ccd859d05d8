import { describe, expect, it } from "vitest";
import { MCNEMAR_EXACT_MAX_DISCORDANT, mcnemarTest } from "./mcnemar.ts";

// Exact two-sided p-value by enumerating every outcome at least as extreme: a different route from the tail sum.
function enumeratedExactP(b: number, c: number): number {
  const n = b + c;
  const choose = (k: number) => {
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  };
  const observed = Math.abs(b - c);
  let p = 0;
  for (let k = 0; k <= n; k++) if (Math.abs(2 * k - n) >= observed) p += choose(k) / 2 ** n;
  return Math.min(1, p);
}

// Chi-square (1 df) upper tail by Simpson's rule on the normal density: P(χ² > s) = 2·P(Z > √s).
function chiSquareTail(s: number): number {
  const steps = 20_000;
  const a = Math.sqrt(s);
  const b = a + 12;
  const h = (b - a) / steps;
  const f = (t: number) => Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
  let sum = f(a) + f(b);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (2 * sum * h) / 3;
}

describe("mcnemarTest", () => {
  it("gives the exact binomial p-value for few discordant pairs", () => {
    // 2 vs 8: p = 2·(1 + 10 + 45)/1024 = 0.109375.
    expect(mcnemarTest(2, 8)).toEqual({ statistic: 2.5, pValue: 0.109375, method: "exact" });
    for (const [b, c] of [[0, 5], [3, 3], [1, 12], [12, 13], [0, 25]] as const) {
      expect(mcnemarTest(b, c).pValue).toBeCloseTo(enumeratedExactP(b, c), 12);
    }
  });

  it("switches to the continuity-corrected chi-square above the threshold", () => {
    expect(MCNEMAR_EXACT_MAX_DISCORDANT).toBe(25);
    // Textbook table: b = 121, c = 59 → χ² = (62 - 1)² / 180 = 20.672.
    const result = mcnemarTest(121, 59);
    expect(result.method).toBe("chi-square");
    expect(result.statistic).toBeCloseTo(20.6722, 4);
    expect(result.pValue).toBeCloseTo(chiSquareTail(20.6722222), 9);
    expect(result.pValue).toBeLessThan(1e-5);
    const near = mcnemarTest(10, 16);
    expect(near.method).toBe("chi-square");
    expect(near.pValue).toBeCloseTo(chiSquareTail(25 / 26), 9);
    expect(Math.abs(near.pValue - enumeratedExactP(10, 16))).toBeLessThan(0.01);
  });

  it("is symmetric, 1 without discordant pairs or with a balanced split, and refuses bad counts", () => {
    expect(mcnemarTest(4, 9)).toEqual(mcnemarTest(9, 4));
    expect(mcnemarTest(0, 0)).toEqual({ statistic: 0, pValue: 1, method: "exact" });
    expect(mcnemarTest(20, 20).pValue).toBe(1);
    expect(() => mcnemarTest(-1, 3)).toThrow(RangeError);
    expect(() => mcnemarTest(1.5, 3)).toThrow(RangeError);
  });
});
