import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { meanMetric, scoreMeanMetric } from "./mean-metric.ts";

const values = (...numbers: number[]) => numbers.map((value, i) => ({ itemId: `item-${i % 2}`, value }));

describe("meanMetric", () => {
  it("is the mean of the values with a mean's interval, taken in the order they came", () => {
    expect(meanMetric("rubric", values(0.5, 0.75, 1, 0.25))).toEqual({ name: "rubric", value: 0.625, n: 4, interval: bootstrapMeanInterval([0.5, 0.75, 1, 0.25]) });
    expect(meanMetric("rubric", [])).toEqual({ name: "rubric", value: null, n: 0 });
  });
});

describe("scoreMeanMetric", () => {
  it("reads 0/1 values as a rate, with a rate's interval, and anything else as a mean", () => {
    expect(scoreMeanMetric("accuracy", values(1, 0, 1, 1))).toEqual({ name: "accuracy", value: 0.75, n: 4, interval: wilsonInterval(3, 4) });
    expect(scoreMeanMetric("accuracy", values(1, 0.5)).interval?.method).toBe("bootstrap");
  });
});
