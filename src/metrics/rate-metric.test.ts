import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { rateInterval } from "./intervals.ts";
import { countsByItem, rateMetric } from "./rate-metric.ts";

describe("rateMetric", () => {
  it("is hits over outcomes with the interval of its per-item counts", () => {
    const outcomes = [
      { itemId: "a", hit: true },
      { itemId: "b", hit: false },
      { itemId: "a", hit: true },
      { itemId: "c", hit: true },
      { itemId: "b", hit: true },
    ];
    expect(countsByItem(outcomes)).toEqual([{ successes: 2, trials: 2 }, { successes: 1, trials: 2 }, { successes: 1, trials: 1 }]);
    expect(rateMetric("accuracy", outcomes)).toEqual({ name: "accuracy", value: 0.8, n: 5, interval: rateInterval(countsByItem(outcomes)) });
  });

  it("has no value and no interval without outcomes", () => {
    expect(rateMetric("refusal_rate", [])).toEqual({ name: "refusal_rate", value: null, n: 0 });
  });
});

describe("rateInterval", () => {
  it("is a Wilson interval over the pooled counts until item-level intervals replace it", () => {
    expect(rateInterval([{ successes: 3, trials: 4 }, { successes: 4, trials: 6 }])).toEqual(wilsonInterval(7, 10));
  });
});
