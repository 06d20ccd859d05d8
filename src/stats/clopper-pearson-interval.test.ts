import { describe, expect, it } from "vitest";
import { clopperPearsonInterval } from "./clopper-pearson-interval.ts";

describe("clopperPearsonInterval", () => {
  // Reference: scipy.stats.beta.ppf(0.025, x, n − x + 1) and beta.ppf(0.975, x + 1, n − x) (scipy 1.17.1).
  it("matches scipy's beta quantiles", () => {
    const cases: [number, number, number, number][] = [
      [2, 6, 0.043271868292741676, 0.7772219044964879],
      [0, 3, 0, 0.7075982261787133],
      [5, 5, 0.4781762498950185, 1],
      [7, 10, 0.3475471499400027, 0.9332604888222655],
      [1, 9, 0.002809136746599214, 0.48249651491733697],
    ];
    for (const [x, n, lower, upper] of cases) {
      const interval = clopperPearsonInterval(x, n);
      expect(interval.lower, `${x}/${n}`).toBeCloseTo(lower, 12);
      expect(interval.upper, `${x}/${n}`).toBeCloseTo(upper, 12);
    }
    expect(clopperPearsonInterval(0, 0)).toEqual({ lower: 0, upper: 1, level: 0.95, method: "clopper-pearson" });
  });

  it("refuses impossible counts", () => {
    expect(() => clopperPearsonInterval(4, 3)).toThrow(RangeError);
    expect(() => clopperPearsonInterval(1, 3, 1)).toThrow(RangeError);
  });
});
