import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval } from "./bootstrap-interval.ts";

const scores = [0.2, 0.9, 0.4, 0.7, 0.55, 0.8, 0.1, 0.65, 0.3, 0.95, 0.5, 0.6];

describe("bootstrapMeanInterval", () => {
  it("is deterministic for a seed and changes with it", () => {
    const a = bootstrapMeanInterval(scores, { seed: 7 });
    expect(bootstrapMeanInterval(scores, { seed: 7 })).toEqual(a);
    expect(bootstrapMeanInterval(scores)).toEqual(bootstrapMeanInterval(scores));
    expect(bootstrapMeanInterval(scores, { seed: 8 })).not.toEqual(a);
    expect(a).toMatchObject({ level: 0.95, method: "bootstrap" });
  });

  it("brackets the mean and widens with the level", () => {
    const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
    const narrow = bootstrapMeanInterval(scores, { level: 0.5 });
    const wide = bootstrapMeanInterval(scores, { level: 0.99 });
    expect(narrow.lower).toBeLessThan(mean);
    expect(narrow.upper).toBeGreaterThan(mean);
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
  });

  it("approaches the normal interval for a large sample", () => {
    const values = Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const interval = bootstrapMeanInterval(values, { resamples: 4000 });
    const se = Math.sqrt((0.25 * 0.75) / 400);
    expect(interval.lower).toBeCloseTo(0.25 - 1.96 * se, 2);
    expect(interval.upper).toBeCloseTo(0.25 + 1.96 * se, 2);
  });

  it("collapses to the value when nothing varies, and refuses no data", () => {
    expect(bootstrapMeanInterval([3, 3, 3])).toMatchObject({ lower: 3, upper: 3 });
    expect(bootstrapMeanInterval([5])).toMatchObject({ lower: 5, upper: 5 });
    expect(() => bootstrapMeanInterval([])).toThrow(RangeError);
    expect(() => bootstrapMeanInterval(scores, { resamples: 0 })).toThrow(RangeError);
  });
});
