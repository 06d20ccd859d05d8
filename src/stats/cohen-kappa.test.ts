import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { cohenKappa, cohenKappaInterval, type RatingLabel } from "./cohen-kappa.ts";

/** Two raters' labels from a contingency table: rows are the first rater's category, columns the second's. */
function fromTable(categories: readonly RatingLabel[], table: readonly (readonly number[])[]): [RatingLabel[], RatingLabel[]] {
  const first: RatingLabel[] = [];
  const second: RatingLabel[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let c = 0; c < count; c++) {
        first.push(categories[i]!);
        second.push(categories[j]!);
      }
    }),
  );
  return [first, second];
}

// The textbook 2×2 example: 50 items, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → po 0.7, pe 0.5, kappa 0.4.
const [yesNoFirst, yesNoSecond] = fromTable(["yes", "no"], [[20, 5], [10, 15]]);
// A 3×3 ordinal table worked by hand: rows 4,4,2 and columns 4,3,3 over 10 items, 7 on the diagonal.
const [ordinalFirst, ordinalSecond] = fromTable([1, 2, 3], [[3, 1, 0], [1, 2, 1], [0, 0, 2]]);

describe("cohenKappa", () => {
  it("gives the textbook 2×2 value", () => {
    expect(cohenKappa(yesNoFirst, yesNoSecond)).toEqual({ kappa: expect.closeTo(0.4, 12), observedAgreement: expect.closeTo(0.7, 12), expectedAgreement: expect.closeTo(0.5, 12), n: 50 });
    expect(cohenKappa(yesNoSecond, yesNoFirst).kappa).toBeCloseTo(0.4, 12);
  });

  it("gives the hand-computed unweighted, linear and quadratic values of a 3×3 table", () => {
    // po 0.7, pe 0.34 → 0.36 / 0.66.
    expect(cohenKappa(ordinalFirst, ordinalSecond).kappa).toBeCloseTo(0.36 / 0.66, 12);
    // Disagreement observed 3/10, expected 86/100 → 1 − 30/86.
    const linear = cohenKappa(ordinalFirst, ordinalSecond, { weights: "linear" });
    expect(linear.kappa).toBeCloseTo(28 / 43, 12);
    expect(linear.observedAgreement).toBeCloseTo(1 - 0.3 / 2, 12);
    // Squared distances: observed 3/10, expected 126/100 → 16/21.
    expect(cohenKappa(ordinalFirst, ordinalSecond, { weights: "quadratic" }).kappa).toBeCloseTo(16 / 21, 12);
  });

  it("equals 2·cov / (var1 + var2 + (mean1 − mean2)²) with quadratic weights, on random scores", () => {
    const random = seededRandom(3);
    const first = Array.from({ length: 60 }, () => 1 + Math.floor(random() * 7));
    const second = first.map((x) => Math.min(7, Math.max(1, x + Math.floor(random() * 3) - 1)));
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const m1 = mean(first);
    const m2 = mean(second);
    const cov = mean(first.map((x, i) => (x - m1) * (second[i]! - m2)));
    const v1 = mean(first.map((x) => (x - m1) ** 2));
    const v2 = mean(second.map((y) => (y - m2) ** 2));
    expect(cohenKappa(first, second, { weights: "quadratic" }).kappa).toBeCloseTo((2 * cov) / (v1 + v2 + (m1 - m2) ** 2), 12);
  });

  it("is 1 for perfect agreement, −1 for systematic disagreement, 0 when one rater is constant", () => {
    expect(cohenKappa(["a", "b", "c", "a"], ["a", "b", "c", "a"]).kappa).toBe(1);
    expect(cohenKappa(["a", "b", "a", "b"], ["b", "a", "b", "a"]).kappa).toBeCloseTo(-1, 12);
    expect(cohenKappa(["a", "a", "a", "a"], ["a", "b", "a", "b"]).kappa).toBeCloseTo(0, 12);
    expect(cohenKappa([3, 3, 3], [3, 5, 4], { weights: "linear" }).kappa).toBeCloseTo(0, 12);
  });

  it("is null, with observed agreement 1, when both raters gave every item the same label", () => {
    expect(cohenKappa(["a", "a", "a"], ["a", "a", "a"])).toEqual({ kappa: null, observedAgreement: 1, expectedAgreement: 1, n: 3 });
    expect(cohenKappa([7, 7], [7, 7], { weights: "quadratic" }).kappa).toBeNull();
  });

  it("refuses mismatched or empty ratings and weights on non-numeric labels", () => {
    expect(() => cohenKappa(["a"], ["a", "b"])).toThrow(RangeError);
    expect(() => cohenKappa([], [])).toThrow(RangeError);
    expect(() => cohenKappa(["a", "b"], ["a", "b"], { weights: "linear" })).toThrow(RangeError);
  });
});

describe("cohenKappaInterval", () => {
  it("is deterministic, brackets kappa and narrows with more items", () => {
    const interval = cohenKappaInterval(yesNoFirst, yesNoSecond, { seed: 4 });
    expect(cohenKappaInterval(yesNoFirst, yesNoSecond, { seed: 4 })).toEqual(interval);
    expect(interval).toMatchObject({ level: 0.95, method: "bootstrap" });
    expect(interval!.lower).toBeLessThan(0.4);
    expect(interval!.upper).toBeGreaterThan(0.4);
    const bigger = cohenKappaInterval([...yesNoFirst, ...yesNoFirst, ...yesNoFirst, ...yesNoFirst], [...yesNoSecond, ...yesNoSecond, ...yesNoSecond, ...yesNoSecond]);
    expect(bigger!.upper - bigger!.lower).toBeLessThan(interval!.upper - interval!.lower);
    // Large-sample standard error of this table is about 0.13, so the 95% interval is about ±0.25 wide.
    expect(interval!.upper - interval!.lower).toBeGreaterThan(0.35);
    expect(interval!.upper - interval!.lower).toBeLessThan(0.65);
  });

  it("collapses at perfect agreement, is undefined where kappa is, and refuses bad settings", () => {
    expect(cohenKappaInterval(["a", "b", "a"], ["a", "b", "a"])).toMatchObject({ lower: 1, upper: 1 });
    expect(cohenKappaInterval(["a", "a"], ["a", "a"])).toBeUndefined();
    expect(() => cohenKappaInterval(["a"], ["a"], { resamples: 0 })).toThrow(RangeError);
    expect(() => cohenKappaInterval(["a"], ["a"], { level: 0 })).toThrow(RangeError);
  });
});
