import { describe, expect, it } from "vitest";
import { itemRateInterval } from "./item-rate-interval.ts";
import { type StratifiedCount, stratifiedRateInterval } from "./stratified-rate-interval.ts";
import { wilsonInterval } from "./wilson-interval.ts";

/** One trial per item: `outcomes` per stratum, each item its own cluster. */
function items(outcomes: Record<string, number[]>, trials = 1): StratifiedCount[] {
  return Object.entries(outcomes).flatMap(([stratum, values]) => values.map((value, i) => ({ stratum, cluster: `${stratum}-${i}`, successes: value * trials, trials })));
}

// Reference values: the same estimator written out in scipy (stats.t.ppf, stats.norm.ppf): residuals weighted by
// 1/(S·nₛ), each stratum's sum of squares times m/(m − 1), widened by (t/z)², the design effect, then Wilson at that n.
describe("stratifiedRateInterval", () => {
  it("matches the reference for two unequal strata (macro 0.625, not the pooled 0.667)", () => {
    const estimate = stratifiedRateInterval(items({ a: [1, 1, 1, 0], b: [1, 0] }));
    expect(estimate.value).toBeCloseTo(0.625, 14);
    expect(estimate.designEffect).toBeCloseTo(4.013395838398646, 9);
    expect(estimate.effectiveSamples).toBeCloseTo(1.4949933277436231, 9);
    expect(estimate.interval.lower).toBeCloseTo(0.11452808274058329, 9);
    expect(estimate.interval.upper).toBeCloseTo(0.9555087734964434, 9);
    expect(estimate).toMatchObject({ samples: 6, items: 6, strata: 2 });
  });

  it("takes a stratum of one item as binomial at the macro value (it shows no spread of its own)", () => {
    const estimate = stratifiedRateInterval(items({ a: [1, 1, 0, 1, 1], b: [0] }));
    expect(estimate.value).toBeCloseTo(0.4, 14);
    expect(estimate.designEffect).toBeCloseTo(2.0016744797998305, 9);
    expect(estimate.interval.lower).toBeCloseTo(0.08473546520911057, 9);
    expect(estimate.interval.upper).toBeCloseTo(0.8276051504950699, 9);
  });

  it("is Wilson over every sample when equal strata differ, asked once per item: stratifying removes the spread between them", () => {
    const estimate = stratifiedRateInterval(items({ a: Array.from({ length: 50 }, (_, i) => (i < 45 ? 1 : 0)), b: Array.from({ length: 50 }, (_, i) => (i < 15 ? 1 : 0)) }));
    expect(estimate.value).toBeCloseTo(0.6, 14);
    expect(estimate.designEffect).toBe(1);
    expect(estimate.interval).toEqual(wilsonInterval(60, 100));
  });

  it("counts ten trials of one item that always agree as that item once", () => {
    const outcomes = { a: [1, 1, 1, 0], b: [1, 0] };
    const once = stratifiedRateInterval(items(outcomes));
    const tenTimes = stratifiedRateInterval(items(outcomes, 10));
    expect(tenTimes.samples).toBe(60);
    expect(tenTimes.value).toBeCloseTo(once.value, 14);
    expect(tenTimes.effectiveSamples).toBeCloseTo(once.effectiveSamples, 9);
    expect(tenTimes.interval.lower).toBeCloseTo(once.interval.lower, 12);
    expect(tenTimes.interval.upper).toBeCloseTo(once.interval.upper, 12);
  });

  it("treats a problem asked in every language as one cluster: 10 problems in 11 languages are worth fewer than 10 answers", () => {
    const languages = Array.from({ length: 11 }, (_, l) => `l${l}`);
    const parallel = languages.flatMap((stratum) => Array.from({ length: 10 }, (_, i) => ({ stratum, cluster: `p${i}`, successes: i < 7 ? 1 : 0, trials: 1 })));
    const estimate = stratifiedRateInterval(parallel);
    expect(estimate.value).toBeCloseTo(0.7, 14);
    expect(estimate.designEffect).toBeCloseTo(16.281692262310358, 9);
    expect(estimate.effectiveSamples).toBeCloseTo(6.756054483024057, 9);
    expect(estimate.interval.lower).toBeCloseTo(0.34223417045912485, 9);
    expect(estimate.interval.upper).toBeCloseTo(0.9127711044350776, 9);
    // The same answers read as 110 independent items are worth about 110.
    const independent = stratifiedRateInterval(parallel.map((count) => ({ ...count, cluster: `${count.stratum}-${count.cluster}` })));
    expect(independent.effectiveSamples).toBeGreaterThan(90);
  });

  it("is the item-level rate interval when there is one stratum, and refuses counts that are not counts", () => {
    const counts = [5, 1, 5, 2, 4, 5].map((successes, i) => ({ stratum: "all", cluster: `i${i}`, successes, trials: 5 }));
    expect(stratifiedRateInterval(counts)).toEqual({ ...itemRateInterval(counts), strata: 1 });
    expect(() => stratifiedRateInterval([{ stratum: "a", cluster: "x", successes: 3, trials: 2 }])).toThrow(RangeError);
    expect(() => stratifiedRateInterval([{ stratum: "a", cluster: "x", successes: 0, trials: 0 }])).toThrow(/no trials/u);
    expect(() => stratifiedRateInterval(counts, 1)).toThrow(RangeError);
  });
});
