import { describe, expect, it } from "vitest";
import { itemRateInterval } from "./item-rate-interval.ts";
import { wilsonInterval } from "./wilson-interval.ts";

// Reference: the same estimator written out in numpy/scipy (stats.t.ppf, stats.norm.ppf): the cluster-robust variance
// k/(k−1)·Σ(yᵢ − p·mᵢ)²/N², its design effect (at least 1), the degrees-of-freedom discount, then Wilson at that n.
describe("itemRateInterval", () => {
  it("matches the reference on heterogeneous items (six items: excess spread discounted by t₅)", () => {
    const estimate = itemRateInterval([5, 1, 5, 2, 4, 5].map((successes) => ({ successes, trials: 5 })));
    expect(estimate.value).toBeCloseTo(0.7333333333333333, 14);
    expect(estimate.designEffect).toBeCloseTo(3.1363636363636354, 12);
    expect(estimate.effectiveSamples).toBeCloseTo(6.417292101498433, 9);
    expect(estimate.interval.lower).toBeCloseTo(0.36159906828926397, 9);
    expect(estimate.interval.upper).toBeCloseTo(0.9303211017924706, 9);
    expect(estimate).toMatchObject({ samples: 30, items: 6 });
  });

  it("discounts the whole effective size below five items, and more items of the same spread narrow it", () => {
    const few = itemRateInterval([10, 4, 9].map((successes) => ({ successes, trials: 10 })));
    expect(few.designEffect).toBeCloseTo(5.77639751552795, 12);
    expect(few.effectiveSamples).toBeCloseTo(1.0776749144463602, 9);
    expect(few.interval.lower).toBeCloseTo(0.13056041215148068, 9);
    expect(few.interval.upper).toBeCloseTo(0.9862812891150488, 9);
    const ten = itemRateInterval([3, 3, 1, 0, 3, 2, 3, 1, 3, 3].map((successes) => ({ successes, trials: 3 })));
    expect(ten.effectiveSamples).toBeCloseTo(11.562790689901785, 9);
    expect(ten.interval.lower).toBeCloseTo(0.446775592354154, 9);
    expect(ten.interval.upper).toBeCloseTo(0.9035153442415679, 9);
  });

  it("is plain Wilson when no trial repeats an item, when there is one item, and when items agree", () => {
    const single = Array.from({ length: 20 }, (_, i) => ({ successes: i < 14 ? 1 : 0, trials: 1 }));
    expect(itemRateInterval(single).interval).toEqual(wilsonInterval(14, 20));
    expect(itemRateInterval([{ successes: 7, trials: 10 }]).interval).toEqual(wilsonInterval(7, 10));
    // Ten items at 2 of 4 each: less spread than binomial, so the design effect stays at 1 and nothing is discounted.
    const even = itemRateInterval(Array.from({ length: 10 }, () => ({ successes: 2, trials: 4 })));
    expect(even).toMatchObject({ designEffect: 1, effectiveSamples: 40 });
    expect(even.interval).toEqual(wilsonInterval(20, 40));
  });

  it("counts ten trials of one easy and one hard item for far less than twenty samples", () => {
    const pooled = wilsonInterval(10, 20);
    const items = itemRateInterval([{ successes: 10, trials: 10 }, { successes: 0, trials: 10 }]);
    expect(items.interval.upper - items.interval.lower).toBeGreaterThan(2 * (pooled.upper - pooled.lower));
  });

  it("skips items never asked and refuses impossible counts", () => {
    expect(itemRateInterval([{ successes: 3, trials: 4 }, { successes: 0, trials: 0 }]).items).toBe(1);
    expect(() => itemRateInterval([])).toThrow(RangeError);
    expect(() => itemRateInterval([{ successes: 5, trials: 4 }])).toThrow(RangeError);
  });
});
