import { describe, expect, it } from "vitest";
import { studentTCdf, studentTQuantile, studentTTwoSided } from "./student-t.ts";

// Reference values from scipy.stats.t (scipy 1.17.1): t.ppf(p, df), t.cdf(x, df), 2 * t.sf(|x|, df).
describe("Student's t", () => {
  it("matches scipy's quantiles", () => {
    const cases: [number, number, number][] = [
      [0.975, 1, 12.706204736174694],
      [0.975, 2, 4.302652729749462],
      [0.975, 9, 2.262157162798205],
      [0.975, 29, 2.045229642132703],
      [0.995, 4, 4.604094871349992],
      [0.9, 3.5, 1.5765766051364052],
      [0.975, 1000, 1.9623390808264083],
    ];
    for (const [p, df, expected] of cases) {
      expect(studentTQuantile(p, df), `p=${p} df=${df}`).toBeCloseTo(expected, 9);
      expect(studentTQuantile(1 - p, df)).toBeCloseTo(-expected, 9);
    }
  });

  it("matches scipy's distribution function and two-sided p-values", () => {
    const cases: [number, number, number, number][] = [
      [2.0, 5, 0.9490302605850708, 0.10193947882985835],
      [-1.3, 3, 0.14223375436394853, 0.28446750872789706],
      [0.5, 1, 0.6475836176504333, 0.7048327646991335],
      [4.0, 20, 0.9996482383534359, 0.0007035232931283187],
      [-8, 2, 0.00763403608266907, 0.01526807216533814],
    ];
    for (const [t, df, cdf, twoSided] of cases) {
      expect(studentTCdf(t, df)).toBeCloseTo(cdf, 12);
      expect(studentTTwoSided(t, df) / twoSided).toBeCloseTo(1, 9);
    }
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 15);
    expect(studentTTwoSided(0, 7)).toBe(1);
  });

  it("refuses impossible arguments", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
  });
});
