import { describe, expect, it } from "vitest";
import { itemMeanInterval } from "../stats/item-mean-interval.ts";
import { itemRateInterval } from "../stats/item-rate-interval.ts";
import { meanMetric, scoreMeanMetric } from "./mean-metric.ts";

const values = (items: number, ...numbers: number[]) => numbers.map((value, i) => ({ itemId: `item-${i % items}`, value }));

describe("meanMetric", () => {
  it("is the mean of every value, with items resampled whole for its interval", () => {
    const twelve = values(6, 0.5, 0.75, 1, 0.25, 0.5, 0.9, 0.1, 0.6, 0.7, 0.2, 0.4, 0.8);
    const byItem = [0, 1, 2, 3, 4, 5].map((item) => twelve.filter((v) => v.itemId === `item-${item}`).map((v) => v.value));
    expect(meanMetric("rubric", twelve)).toEqual({ name: "rubric", value: expect.closeTo(6.7 / 12, 12), n: 12, items: 6 });
    const many = values(12, ...twelve.map((v) => v.value));
    expect(meanMetric("rubric", many)).toMatchObject({ n: 12, items: 12, interval: itemMeanInterval(many.map((v) => [v.value])).interval });
    expect(itemMeanInterval(byItem).interval).toBeUndefined();
    expect(meanMetric("rubric", [])).toEqual({ name: "rubric", value: null, n: 0 });
  });
});

describe("scoreMeanMetric", () => {
  it("reads 0/1 values as a rate, with a rate's item-level interval, and anything else as a mean", () => {
    const passFail = values(2, 1, 0, 1, 1);
    const rate = itemRateInterval([{ successes: 2, trials: 2 }, { successes: 1, trials: 2 }]);
    expect(scoreMeanMetric("accuracy", passFail)).toEqual({ name: "accuracy", value: 0.75, n: 4, items: 2, interval: { ...rate.interval, effectiveSamples: rate.effectiveSamples } });
    expect(scoreMeanMetric("accuracy", values(1, 1, 0.5)).interval).toBeUndefined();
  });
});
