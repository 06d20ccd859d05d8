import { describe, expect, it } from "vitest";
import { logBeta, logGamma } from "./log-gamma.ts";

function logFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k++) sum += Math.log(k);
  return sum;
}

describe("logGamma", () => {
  it("matches log((n-1)!) at whole numbers, small and large", () => {
    for (const n of [1, 2, 3, 10, 50, 171, 5000]) expect(logGamma(n)).toBeCloseTo(logFactorial(n - 1), n > 1000 ? 7 : 10);
  });

  it("matches Γ(1/2) = √π and Γ(1/4) through the reflection formula", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 12);
  });

  it("rejects arguments it is not defined for here", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1)).toThrow(RangeError);
  });
});

describe("logBeta", () => {
  it("gives B(a, b) = (a-1)!(b-1)!/(a+b-1)! for whole numbers", () => {
    expect(Math.exp(logBeta(3, 4))).toBeCloseTo((2 * 6) / 720, 12);
    expect(logBeta(200, 300)).toBeCloseTo(logFactorial(199) + logFactorial(299) - logFactorial(499), 8);
  });
});
