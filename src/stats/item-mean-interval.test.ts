import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { itemMeanInterval, MIN_MEAN_ITEMS } from "./item-mean-interval.ts";
import { normalQuantile } from "./normal-quantile.ts";

const scores = [0.2, 0.9, 0.4, 0.7, 0.55, 0.8, 0.1, 0.65, 0.3, 0.95, 0.5, 0.6];

/**
 * The exact bootstrap-t interval: every one of the C(2n−1, n) distinct resamples of n values with its multinomial
 * weight, no Monte Carlo. Slow (92,378 resamples at n = 10) and independent of the code under test.
 */
function exactStudentised(values: readonly number[], level = 0.95): { lower: number; upper: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const se = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) / n);
  const logFactorial = [0];
  for (let i = 1; i <= n; i++) logFactorial.push(logFactorial[i - 1]! + Math.log(i));
  const draws: [number, number][] = [];
  const counts = new Array<number>(n).fill(0);
  const visit = (index: number, left: number) => {
    if (index === n - 1) {
      counts[index] = left;
      let logWeight = logFactorial[n]! - n * Math.log(n);
      let sum = 0;
      counts.forEach((c, i) => {
        logWeight -= logFactorial[c]!;
        sum += c * values[i]!;
      });
      const m = sum / n;
      const s = Math.sqrt(counts.reduce((acc, c, i) => acc + c * (values[i]! - m) ** 2, 0) / (n - 1) / n);
      draws.push([s > 0 ? (m - mean) / s : 0, Math.exp(logWeight)]);
      return;
    }
    for (let c = 0; c <= left; c++) {
      counts[index] = c;
      visit(index + 1, left - c);
    }
  };
  visit(0, n);
  draws.sort((a, b) => a[0] - b[0]);
  const quantile = (q: number) => {
    let cumulative = 0;
    for (const [t, w] of draws) if ((cumulative += w) >= q) return t;
    return draws.at(-1)![0];
  };
  const tail = (1 - level) / 2;
  return { lower: mean - quantile(1 - tail) * se, upper: mean - quantile(tail) * se };
}

describe("itemMeanInterval", () => {
  it("converges on the exact bootstrap-t interval enumerated over every resample", () => {
    const values = [0.3, 1.9, 0.2, 0.7, 4.1, 0.5, 1.1, 0.05, 2.6, 0.9];
    const exact = exactStudentised(values);
    const { interval } = itemMeanInterval(values.map((v) => [v]), { resamples: 40_000 });
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const se = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / 9 / 10);
    expect(Math.abs(interval!.lower - exact.lower)).toBeLessThan(0.1 * se);
    expect(Math.abs(interval!.upper - exact.upper)).toBeLessThan(0.15 * se);
  });

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

  it("gives none, not a bound in the trillions, when the all-zero resamples' spread is only rounding", () => {
    // Thirty items of three trials, one trial non-zero: the centred zeros of a resample without that item cancel to
    // about 1e-20 rather than 0, which once made t finite and the upper bound about 3e12.
    for (const value of [0.03, 0.1, 0.0123]) {
      const items = Array.from({ length: 30 }, (_, i) => (i === 3 ? [value, 0, 0] : [0, 0, 0]));
      expect(itemMeanInterval(items)).toEqual({ value: value / 90 });
    }
  });

  it("is deterministic for a seed", () => {
    const a = itemMeanInterval(scores.map((v) => [v]), { seed: 7 });
    expect(itemMeanInterval(scores.map((v) => [v]), { seed: 7 })).toEqual(a);
    expect(itemMeanInterval(scores.map((v) => [v]), { seed: 8 })).not.toEqual(a);
    expect(a.interval).toMatchObject({ level: 0.95, method: "bootstrap" });
  });
});
