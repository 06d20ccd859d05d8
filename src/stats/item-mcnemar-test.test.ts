import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { itemMcNemarTest, type PairedItem } from "./item-mcnemar-test.ts";
import { mcnemarTest } from "./mcnemar.ts";

/** b items where only A passed, c where only B did, n where both agree (one trial each). */
function singleTrials(b: number, c: number, agree: number): PairedItem[] {
  return [
    ...Array.from({ length: b }, () => ({ a: 1, b: 0, trials: 1 })),
    ...Array.from({ length: c }, () => ({ a: 0, b: 1, trials: 1 })),
    ...Array.from({ length: agree }, (_, i) => ({ a: i % 2, b: i % 2, trials: 1 })),
  ];
}

/** The sign-flip p-value by enumerating all 2ⁿ sign patterns: slow, exact, independent of the convolution. */
function bruteForce(items: readonly PairedItem[]): number {
  const d = items.map((item) => item.a - item.b);
  const observed = Math.abs(d.reduce((x, y) => x + y, 0));
  let hits = 0;
  for (let mask = 0; mask < 2 ** d.length; mask++) {
    const total = d.reduce((sum, value, i) => sum + ((mask >> i) & 1 ? -value : value), 0);
    if (Math.abs(total) >= observed) hits++;
  }
  return hits / 2 ** d.length;
}

describe("itemMcNemarTest", () => {
  // Reference: scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue, which is statsmodels' exact McNemar.
  it("is the exact McNemar test when every item has one trial", () => {
    expect(itemMcNemarTest(singleTrials(3, 12, 40)).pValue).toBeCloseTo(0.03515625, 14);
    expect(itemMcNemarTest(singleTrials(10, 2, 5)).pValue).toBeCloseTo(0.03857421875, 14);
    expect(itemMcNemarTest(singleTrials(4, 4, 9)).pValue).toBe(1);
    expect(itemMcNemarTest(singleTrials(7, 1, 0)).pValue).toBeCloseTo(mcnemarTest(7, 1).pValue, 14);
    expect(itemMcNemarTest(singleTrials(3, 12, 40))).toMatchObject({ statistic: -9, items: 55, discordantItems: 15, method: "exact" });
  });

  it("matches brute-force enumeration of the sign flips with repeated trials", () => {
    const random = seededRandom(11);
    for (let round = 0; round < 5; round++) {
      const items = Array.from({ length: 14 }, () => {
        const trials = 1 + Math.floor(random() * 5);
        return { a: Math.floor(random() * (trials + 1)), b: Math.floor(random() * (trials + 1)), trials };
      });
      expect(itemMcNemarTest(items).pValue).toBeCloseTo(bruteForce(items), 12);
    }
  });

  it("treats an item's agreeing trials as one item, where pairing samples would call it a difference", () => {
    // Five items, each answered ten times: A passes all of items 1-3, B all of 4-5 (their trials agree within items).
    const items = [10, 10, 10, 0, 0].map((a, i) => ({ a, b: i < 3 ? 0 : 10, trials: 10 }));
    expect(itemMcNemarTest(items).pValue).toBe(1);
    expect(mcnemarTest(30, 20).pValue).toBeLessThan(0.21);
    expect(itemMcNemarTest(items).pValue).toBeGreaterThan(mcnemarTest(30, 20).pValue);
  });

  it("says no difference without discordant items, and refuses impossible counts", () => {
    expect(itemMcNemarTest([{ a: 2, b: 2, trials: 3 }])).toMatchObject({ pValue: 1, discordantItems: 0 });
    expect(itemMcNemarTest([]).pValue).toBe(1);
    expect(() => itemMcNemarTest([{ a: 4, b: 0, trials: 3 }])).toThrow(RangeError);
  });

  it("falls back to the normal approximation on very large inputs, close to the exact value", () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ a: i % 3 === 0 ? 10 : 4, b: i % 3 === 1 ? 9 : 4, trials: 10 }));
    const result = itemMcNemarTest(items);
    expect(result.method).toBe("normal");
    expect(result.statistic).toBe(1000 * 6 - 1000 * 5);
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue).toBeLessThan(0.05);
  });
});
