import { describe, expect, it } from "vitest";
import { meanDifferenceInterval } from "./mean-difference-interval.ts";

const a = [0.2, 0.9, 0.4, 0.7, 0.55, 0.8, 0.1, 0.65, 0.3, 0.95, 0.5, 0.6];
const b = a.map((v) => v + 1);

describe("meanDifferenceInterval", () => {
  it("brackets the difference mean(b) - mean(a) and excludes 0 for a clear shift", () => {
    const interval = meanDifferenceInterval(a, b);
    expect(interval.lower).toBeLessThan(1);
    expect(interval.upper).toBeGreaterThan(1);
    expect(interval.lower).toBeGreaterThan(0);
    expect(interval).toMatchObject({ level: 0.95, method: "bootstrap" });
    const reversed = meanDifferenceInterval(b, a);
    expect(reversed.upper).toBeLessThan(0);
  });

  it("includes 0 when both sides come from the same values", () => {
    const interval = meanDifferenceInterval(a, [...a].reverse());
    expect(interval.lower).toBeLessThan(0);
    expect(interval.upper).toBeGreaterThan(0);
  });

  it("approaches the normal interval for two large independent samples", () => {
    const left = Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const right = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? 1 : 0));
    const interval = meanDifferenceInterval(left, right, { resamples: 4000 });
    const se = Math.sqrt((0.25 * 0.75) / 400 + (0.5 * 0.5) / 300);
    expect(interval.lower).toBeCloseTo(0.25 - 1.96 * se, 2);
    expect(interval.upper).toBeCloseTo(0.25 + 1.96 * se, 2);
  });

  it("is deterministic for a seed and rejects bad input", () => {
    expect(meanDifferenceInterval(a, b, { seed: 3 })).toEqual(meanDifferenceInterval(a, b, { seed: 3 }));
    expect(meanDifferenceInterval(a, b, { seed: 3 })).not.toEqual(meanDifferenceInterval(a, b, { seed: 4 }));
    expect(() => meanDifferenceInterval([], b)).toThrow(RangeError);
    expect(() => meanDifferenceInterval(a, b, { resamples: 0 })).toThrow(RangeError);
    expect(() => meanDifferenceInterval(a, b, { level: 1 })).toThrow(RangeError);
  });
});
