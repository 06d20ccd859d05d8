import { describe, expect, it } from "vitest";
import { normalCdf } from "./normal-cdf.ts";
import { normalQuantile } from "./normal-quantile.ts";

describe("normalQuantile", () => {
  it("matches textbook quantiles to 1e-6", () => {
    const table: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.95, 1.6448536269514722],
      [0.995, 2.5758293035489004],
      [0.9, 1.2815515655446004],
      [0.5, 0],
      [0.025, -1.959963984540054],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of table) expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-6);
  });

  it("inverts normalCdf at any level", () => {
    for (const p of [1e-300, 1e-15, 0.001, 0.2, 0.4999, 0.6, 0.99, 0.999999]) {
      const x = normalQuantile(p);
      expect(Math.abs(normalCdf(x) - p) / p).toBeLessThan(1e-9);
    }
  });

  it("is infinite at 0 and 1 and refuses probabilities outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
