import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson-interval.ts";

// The Wilson bounds are the p where the score test statistic |p̂ - p| / sqrt(p(1-p)/n) equals z; found here by bisection.
function scoreTestBound(successes: number, n: number, z: number, side: "lower" | "upper"): number {
  const phat = successes / n;
  const excess = (p: number) => Math.abs(phat - p) / Math.sqrt((p * (1 - p)) / n) - z;
  let inside = phat;
  let outside = side === "lower" ? 1e-15 : 1 - 1e-15;
  for (let i = 0; i < 200; i++) {
    const mid = (inside + outside) / 2;
    if (excess(mid) > 0) outside = mid;
    else inside = mid;
  }
  return (inside + outside) / 2;
}

describe("wilsonInterval", () => {
  it("gives the textbook interval for 7/10 at 95%", () => {
    const interval = wilsonInterval(7, 10);
    expect(interval.lower).toBeCloseTo(0.3968, 4);
    expect(interval.upper).toBeCloseTo(0.8922, 4);
    expect(interval).toMatchObject({ level: 0.95, method: "wilson" });
  });

  it("agrees with the score-test bounds found by bisection, at several levels", () => {
    const cases: [number, number, number, number][] = [
      [7, 10, 0.95, 1.959963984540054],
      [1, 20, 0.9, 1.6448536269514722],
      [45, 50, 0.99, 2.5758293035489004],
      [500, 1000, 0.95, 1.959963984540054],
    ];
    for (const [k, n, level, z] of cases) {
      const interval = wilsonInterval(k, n, level);
      expect(interval.lower).toBeCloseTo(scoreTestBound(k, n, z, "lower"), 9);
      expect(interval.upper).toBeCloseTo(scoreTestBound(k, n, z, "upper"), 9);
    }
  });

  it("is exactly 0 or 1 at the edges and [0, 1] without data", () => {
    expect(wilsonInterval(0, 10).lower).toBe(0);
    expect(wilsonInterval(0, 10).upper).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10).upper).toBe(1);
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1, level: 0.95, method: "wilson" });
  });

  it("refuses impossible counts", () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(RangeError);
  });
});
