import { describe, expect, it } from "vitest";
import { pairedItemDifference } from "./paired-item-difference.ts";

describe("pairedItemDifference", () => {
  // Reference: scipy.stats.ttest_1samp(d, 0).pvalue (scipy 1.17.1).
  it("gives the paired t-test's p-value over items", () => {
    const d = [0.5, -0.1, 0.3, 0.2, 0.0, 0.4, -0.2, 0.25, 0.1, 0.3];
    const result = pairedItemDifference(d);
    expect(result.difference).toBeCloseTo(0.175, 14);
    expect(result.pValue).toBeCloseTo(0.03469129137891493, 12);
    expect(result.items).toBe(10);
    expect(result.interval!.lower).toBeLessThan(0.175);
    expect(result.interval!.upper).toBeGreaterThan(0.175);
    expect(pairedItemDifference([1, 0, -1, 2, 0, 1, 1, 0, 3, -1, 1, 2]).pValue).toBeCloseTo(0.055839998724168484, 12);
  });

  it("reads a shift shared by every item as decisive and none as no evidence", () => {
    expect(pairedItemDifference(Array<number>(12).fill(0.3)).pValue).toBe(0);
    expect(pairedItemDifference(Array<number>(12).fill(0))).toMatchObject({ difference: 0, pValue: 1, interval: undefined });
    expect(pairedItemDifference([2]).pValue).toBe(1);
    expect(() => pairedItemDifference([])).toThrow(RangeError);
  });
});
