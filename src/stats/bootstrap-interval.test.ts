import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval } from "./bootstrap-interval.ts";
import { itemMeanInterval } from "./item-mean-interval.ts";

const scores = [0.2, 0.9, 0.4, 0.7, 0.55, 0.8, 0.1, 0.65, 0.3, 0.95, 0.5, 0.6];

describe("bootstrapMeanInterval", () => {
  it("is the studentised interval with one value per item", () => {
    expect(bootstrapMeanInterval(scores, { seed: 3 })).toEqual(itemMeanInterval(scores.map((v) => [v]), { seed: 3 }).interval);
  });

  it("brackets the mean and widens with the level", () => {
    const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
    const narrow = bootstrapMeanInterval(scores, { level: 0.5 })!;
    const wide = bootstrapMeanInterval(scores, { level: 0.99 })!;
    expect(narrow.lower).toBeLessThan(mean);
    expect(narrow.upper).toBeGreaterThan(mean);
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
  });

  it("never gives an interval from one answer or from values that do not vary, and refuses no data", () => {
    expect(bootstrapMeanInterval([0])).toBeUndefined();
    expect(bootstrapMeanInterval(Array<number>(40).fill(3))).toBeUndefined();
    expect(() => bootstrapMeanInterval([])).toThrow(RangeError);
    expect(() => bootstrapMeanInterval(scores, { resamples: 0 })).toThrow(RangeError);
  });
});
