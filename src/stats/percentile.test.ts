import { describe, expect, it } from "vitest";
import { percentileOfSorted } from "./percentile.ts";

describe("percentileOfSorted", () => {
  it("interpolates between order statistics", () => {
    const values = [1, 2, 3, 4, 5];
    expect(percentileOfSorted(values, 0)).toBe(1);
    expect(percentileOfSorted(values, 1)).toBe(5);
    expect(percentileOfSorted(values, 0.5)).toBe(3);
    expect(percentileOfSorted(values, 0.1)).toBeCloseTo(1.4, 12);
    expect(percentileOfSorted(Float64Array.of(10, 20), 0.25)).toBeCloseTo(12.5, 12);
  });

  it("returns the only value and refuses none", () => {
    expect(percentileOfSorted([7], 0.975)).toBe(7);
    expect(() => percentileOfSorted([], 0.5)).toThrow(RangeError);
  });
});

describe("percentileOfSorted with infinite values", () => {
  it("is infinite when an infinite neighbour has weight, and finite on an order statistic", () => {
    expect(percentileOfSorted([-Infinity, 1, 2, Infinity], 0.1)).toBe(-Infinity);
    expect(percentileOfSorted([-Infinity, 1, 2, Infinity], 0.9)).toBe(Infinity);
    expect(percentileOfSorted([-Infinity, 1, 2, Infinity], 1 / 3)).toBe(1);
  });
});
