import { describe, expect, it } from "vitest";
import { fisherExactGreater } from "./fisher-exact-test.ts";

describe("fisherExactGreater", () => {
  it("matches the hypergeometric tail (as scipy.stats.fisher_exact with alternative='greater')", () => {
    // Fisher's tea tasting, [[3, 1], [1, 3]]: 17/70.
    expect(fisherExactGreater(3, 4, 1, 4)).toBeCloseTo(17 / 70, 12);
    // One miss among 210, in the 30: its chance of landing there is 30/210; two misses there: C(30,2)/C(210,2).
    expect(fisherExactGreater(180, 180, 29, 30)).toBeCloseTo(30 / 210, 12);
    expect(fisherExactGreater(180, 180, 28, 30)).toBeCloseTo(435 / 21945, 12);
    // [[56, 14], [48, 32]]: the tail summed in exact rationals (Python's math.comb and fractions).
    expect(fisherExactGreater(56, 70, 48, 80)).toBeCloseTo(0.00632471112989837, 12);
  });

  it("is 1 when the second rate is the higher, and refuses counts that are not counts", () => {
    expect(fisherExactGreater(0, 10, 10, 10)).toBe(1);
    expect(() => fisherExactGreater(3, 2, 1, 4)).toThrow(RangeError);
    expect(() => fisherExactGreater(1, 0, 1, 4)).toThrow(RangeError);
  });
});
