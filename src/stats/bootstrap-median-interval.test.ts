import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { bootstrapMedianInterval, nearestRankMedian } from "./bootstrap-median-interval.ts";

describe("nearestRankMedian", () => {
  it("takes the value at rank ceil(n / 2), as the run summaries' p50 does", () => {
    expect(nearestRankMedian([1, 2, 3])).toBe(2);
    expect(nearestRankMedian([1, 2, 3, 4])).toBe(2);
    expect(() => nearestRankMedian([])).toThrow(RangeError);
  });
});

describe("bootstrapMedianInterval", () => {
  it("brackets the median of a skewed sample and ignores its long tail", () => {
    const random = seededRandom(9);
    const latencies = Array.from({ length: 200 }, () => 100 + 20 * random() + (random() < 0.1 ? 5000 : 0));
    const interval = bootstrapMedianInterval(latencies);
    expect(interval.lower).toBeGreaterThan(100);
    expect(interval.upper).toBeLessThan(125);
    expect(interval).toMatchObject({ level: 0.95, method: "bootstrap" });
  });

  it("is a single point when every value is the same, and reproduces exactly", () => {
    expect(bootstrapMedianInterval([7, 7, 7, 7])).toMatchObject({ lower: 7, upper: 7 });
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    expect(bootstrapMedianInterval(values)).toEqual(bootstrapMedianInterval(values));
  });

  it("rejects an empty sample", () => {
    expect(() => bootstrapMedianInterval([])).toThrow(RangeError);
  });
});
