import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { medianInterval, minMedianSamples, nearestRankMedian } from "./median-interval.ts";

describe("nearestRankMedian", () => {
  it("takes the value at rank ceil(n / 2), as the run summaries' p50 does", () => {
    expect(nearestRankMedian([1, 2, 3])).toBe(2);
    expect(nearestRankMedian([1, 2, 3, 4])).toBe(2);
    expect(() => nearestRankMedian([])).toThrow(RangeError);
  });
});

describe("medianInterval", () => {
  // Reference: scipy.stats.quantile_test(x, q=median, p=0.5).confidence_interval(0.95) (scipy 1.17.1).
  it("matches scipy's order-statistic interval", () => {
    expect(medianInterval([5, 1, 9, 3, 7, 2])).toMatchObject({ lower: 1, upper: 9 });
    const fifteen = [12.5, 3.1, 8.8, 4.4, 10.0, 7.7, 6.1, 9.9, 2.2, 5.5, 11.1, 1.0, 13.3, 8.0, 3.9];
    expect(medianInterval(fifteen)).toEqual({ lower: 3.9, upper: 10.0, level: 0.95, method: "order-statistic" });
    expect(medianInterval(Array.from({ length: 40 }, (_, i) => 40 - i))).toMatchObject({ lower: 14, upper: 27 });
  });

  it("needs 6 values at 95% and 8 at 99%, and gives none below", () => {
    expect(minMedianSamples()).toBe(6);
    expect(minMedianSamples(0.99)).toBe(8);
    expect(medianInterval([1, 2, 3, 4, 5])).toBeUndefined();
    expect(medianInterval([4])).toBeUndefined();
    expect(() => medianInterval([])).toThrow(RangeError);
  });

  it("brackets the median of a skewed sample and ignores its long tail", () => {
    const random = seededRandom(9);
    const latencies = Array.from({ length: 200 }, () => 100 + 20 * random() + (random() < 0.1 ? 5000 : 0));
    const interval = medianInterval(latencies)!;
    expect(interval.lower).toBeGreaterThan(100);
    expect(interval.upper).toBeLessThan(125);
  });

  it("covers the median at least 95% of the time at n = 6 and 7 (exactly 1 − 2/2ⁿ there)", () => {
    const random = seededRandom(4);
    for (const n of [6, 7]) {
      let covered = 0;
      for (let r = 0; r < 4000; r++) {
        const interval = medianInterval(Array.from({ length: n }, () => -Math.log(1 - random())))!;
        if (interval.lower <= Math.LN2 && Math.LN2 <= interval.upper) covered++;
      }
      expect(covered / 4000).toBeGreaterThan(0.95);
    }
  });
});
