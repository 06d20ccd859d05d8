import { describe, expect, it } from "vitest";
import { bootstrapRatings } from "./rating-bootstrap.ts";

/** A stand-in fit: each model's rating is the mean of its values, so resampling behaviour is easy to predict. */
function meanFit(sample: readonly { model: string; value: number }[]): Record<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const { model, value } of sample) {
    const [sum, count] = sums.get(model) ?? [0, 0];
    sums.set(model, [sum + value, count + 1]);
  }
  return Object.fromEntries([...sums].map(([model, [sum, count]]) => [model, sum / count]));
}

describe("bootstrapRatings", () => {
  it("leaves a model out of the resamples that drew none of its outcomes", () => {
    const outcomes = [...Array.from({ length: 30 }, (_, i) => ({ model: "common", value: i % 3 })), { model: "rare", value: 5 }];
    const result = bootstrapRatings(outcomes, meanFit, { resamples: 300, seed: 1 });
    expect(result.ratings).toEqual({ common: 1, rare: 5 });
    expect(result.intervals.rare).toMatchObject({ lower: 5, upper: 5 });
    expect(result.differenceInterval("rare", "common").lower).toBeGreaterThan(3);
    expect(result.resamples).toBe(300);
  });

  it("reports an unbounded interval for a model no resample drew", () => {
    const outcomes = [...Array.from({ length: 200 }, () => ({ model: "common", value: 1 })), { model: "rare", value: 5 }];
    const result = bootstrapRatings(outcomes, meanFit, { resamples: 1, seed: 2 });
    expect(result.intervals.rare).toMatchObject({ lower: -Infinity, upper: Infinity });
  });
});
