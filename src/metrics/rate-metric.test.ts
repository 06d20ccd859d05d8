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
    expect(rateMetric("accuracy", outcomes)).toEqual({ name: "accuracy", value: 0.8, n: 5, items: 3, interval: rateInterval(countsByItem(outcomes)) });
  });

  it("has no value and no interval without outcomes", () => {
    expect(rateMetric("refusal_rate", [])).toEqual({ name: "refusal_rate", value: null, n: 0 });
  });
});

describe("rateInterval", () => {
  it("is Wilson's over the pooled counts when no trial repeats an item, and wider when repeated trials agree", () => {
    const single = Array.from({ length: 10 }, (_, i) => ({ successes: i < 7 ? 1 : 0, trials: 1 }));
    expect(rateInterval(single)).toEqual(wilsonInterval(7, 10));
    const repeated = [{ successes: 5, trials: 5 }, { successes: 5, trials: 5 }, { successes: 0, trials: 5 }, { successes: 5, trials: 5 }, { successes: 0, trials: 5 }, { successes: 5, trials: 5 }];
    const pooled = wilsonInterval(20, 30);
    const clustered = rateInterval(repeated);
    expect(clustered.upper - clustered.lower).toBeGreaterThan(pooled.upper - pooled.lower);
  });
});
