import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { itemMeanInterval, MIN_MEAN_ITEMS } from "./item-mean-interval.ts";
import { normalQuantile } from "./normal-quantile.ts";

const scores = [0.2, 0.9, 0.4, 0.7, 0.55, 0.8, 0.1, 0.65, 0.3, 0.95, 0.5, 0.6];

describe("itemMeanInterval", () => {
  it("approaches the normal interval for a large symmetric sample", () => {
    const values = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 1 : 0) + (i % 7) / 10);
    const { value, interval } = itemMeanInterval(values.map((v) => [v]), { resamples: 4000 });
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
    const half = normalQuantile(0.975) * (sd / Math.sqrt(values.length));
    expect(value).toBeCloseTo(mean, 12);
    expect(interval!.lower).toBeCloseTo(mean - half, 2);
    expect(interval!.upper).toBeCloseTo(mean + half, 2);
  });

  it("reaches further on the long side of a skewed sample", () => {
    const random = seededRandom(9);
    const values = Array.from({ length: 30 }, () => -Math.log(1 - random()));
    const { value, interval } = itemMeanInterval(values.map((v) => [v]));
    expect(interval!.upper - value).toBeGreaterThan(1.2 * (value - interval!.lower));
  });

  it("counts an item's repeated identical trials as that item once, and widens when trials of an item agree", () => {
    const once = itemMeanInterval(scores.map((v) => [v]));
    const tenTimes = itemMeanInterval(scores.map((v) => Array<number>(10).fill(v)));
    expect(tenTimes.value).toBeCloseTo(once.value, 12);
    expect(tenTimes.interval!.lower).toBeCloseTo(once.interval!.lower, 12);
    expect(tenTimes.interval!.upper).toBeCloseTo(once.interval!.upper, 12);
    const flat = itemMeanInterval([scores.flatMap((v) => Array<number>(10).fill(v))]);
    expect(flat.interval).toBeUndefined();
  });

  it("gives no interval below the minimum, or when nothing varies (one answer with no emoji)", () => {
    expect(MIN_MEAN_ITEMS).toBe(10);
    expect(itemMeanInterval([[0]])).toEqual({ value: 0 });
    expect(itemMeanInterval(scores.slice(0, 9).map((v) => [v])).interval).toBeUndefined();
    expect(itemMeanInterval(Array.from({ length: 50 }, () => [0.1, 0.1])).interval).toBeUndefined();
    expect(() => itemMeanInterval([])).toThrow(RangeError);
    expect(() => itemMeanInterval([[Number.NaN]])).toThrow(RangeError);
  });

  it("gives none when the resamples cannot bound a side: one non-zero value among ten", () => {
    expect(itemMeanInterval([...Array<number[]>(9).fill([0]), [5]]).interval).toBeUndefined();
  });

  it("is deterministic for a seed", () => {
    const a = itemMeanInterval(scores.map((v) => [v]), { seed: 7 });
    expect(itemMeanInterval(scores.map((v) => [v]), { seed: 7 })).toEqual(a);
    expect(itemMeanInterval(scores.map((v) => [v]), { seed: 8 })).not.toEqual(a);
    expect(a.interval).toMatchObject({ level: 0.95, method: "bootstrap" });
  });
});
