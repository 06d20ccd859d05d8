import { describe, expect, it } from "vitest";
import { logIncompleteBeta } from "./incomplete-beta.ts";

const incompleteBeta = (x: number, a: number, b: number) => Math.exp(logIncompleteBeta(x, a, b));

/** P(Binomial(n, p) >= k) summed term by term, in logs: the identity I_p(k, n-k+1) = P(X >= k) checks the function. */
function binomialUpperTail(k: number, n: number, p: number): number {
  let logTerm = 0;
  for (let i = 0; i < k; i++) logTerm += Math.log((n - i) / (i + 1));
  logTerm += k * Math.log(p) + (n - k) * Math.log(1 - p);
  let sum = 0;
  for (let i = k; i <= n; i++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log((n - i) / (i + 1)) + Math.log(p / (1 - p));
  }
  return sum;
}

describe("logIncompleteBeta", () => {
  it("has the closed forms of simple cases", () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 14);
    expect(incompleteBeta(0.3, 1, 3)).toBeCloseTo(1 - 0.7 ** 3, 14);
    expect(logIncompleteBeta(0, 2, 3)).toBe(-Infinity);
    expect(logIncompleteBeta(1, 2, 3)).toBe(0);
  });

  it("matches binomial tails on both sides of the mean", () => {
    for (const [k, n, p] of [[3, 10, 0.2], [7, 10, 0.5], [40, 100, 0.35], [95, 100, 0.9], [500, 1000, 0.49]] as const) {
      expect(incompleteBeta(p, k, n - k + 1)).toBeCloseTo(binomialUpperTail(k, n, p), 10);
    }
  });

  it("keeps its relative precision far out in a tail", () => {
    // P(X >= 90) for X ~ Binomial(100, 0.3): about 1e-40, far below what 1 - (1 - tail) could show.
    const exact = binomialUpperTail(90, 100, 0.3);
    expect(exact).toBeLessThan(1e-35);
    expect(logIncompleteBeta(0.3, 90, 11)).toBeCloseTo(Math.log(exact), 8);
  });

  it("rejects arguments outside its domain", () => {
    expect(() => logIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
    expect(() => logIncompleteBeta(1.5, 1, 1)).toThrow(RangeError);
  });
});
