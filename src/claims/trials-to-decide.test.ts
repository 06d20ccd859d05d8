import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { normalCdf } from "../stats/normal-cdf.ts";
import { normalQuantile } from "../stats/normal-quantile.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { MAX_SAMPLES_TO_DECIDE, samplesToDecideMean, samplesToDecideRate, trialsPerCell, whollyOnOneSide } from "./trials-to-decide.ts";

describe("samplesToDecideRate", () => {
  it("finds the first sample count whose Wilson interval at the observed rate, widened for 80% power, clears the threshold", () => {
    const level = 2 * normalCdf(normalQuantile(0.975) + normalQuantile(0.8)) - 1;
    // 7 of 10 against "at least 90%": the interval [0.40, 0.89] still reaches 0.9.
    const n = samplesToDecideRate(0.7, 0.9, ">=", 10)!;
    expect(wilsonInterval(Math.round(0.7 * n), n, level).upper).toBeLessThan(0.9);
    expect(wilsonInterval(Math.round(0.7 * (n - 1)), n - 1, level).upper).toBeGreaterThanOrEqual(0.9);
    // No refusal in 104 prompts against "under 2%": 385 prompts would show it (the plain 95% interval, at 189).
    expect(samplesToDecideRate(0, 0.02, "<=", 104)).toBe(385);
    expect(wilsonInterval(0, 189).upper).toBeLessThanOrEqual(0.02);
  });

  it("decides four times in five when followed and the truth is the observed rate", () => {
    // Observed 0.6 against "at least 0.75": draw the estimated number of samples at p = 0.6 many times over.
    const n = samplesToDecideRate(0.6, 0.75, ">=", 20)!;
    const random = seededRandom(11);
    let decided = 0;
    for (let run = 0; run < 2000; run++) {
      let successes = 0;
      for (let i = 0; i < n; i++) if (random() < 0.6) successes++;
      if (wilsonInterval(successes, n).upper < 0.75) decided++;
    }
    expect(decided / 2000).toBeGreaterThan(0.75);
    expect(decided / 2000).toBeLessThan(0.9);
  });

  it("says nothing decides a rate equal to the threshold, or one that would need more than the cap", () => {
    expect(samplesToDecideRate(0.5, 0.5, ">=")).toBeUndefined();
    expect(samplesToDecideRate(0.5, 0.501, ">=")).toBeUndefined();
    expect(MAX_SAMPLES_TO_DECIDE).toBe(10_000);
  });
});

describe("samplesToDecideMean", () => {
  it("scales the interval's half-width on the threshold side as 1/sqrt(n)", () => {
    const values = Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? 3 : 0));
    const interval = bootstrapMeanInterval(values);
    const measured = { name: "style:emoji_per_1k", value: 0.75, n: 20, interval };
    expect(interval.upper).toBeGreaterThan(1.2);
    const widened = (interval.upper - 0.75) * ((normalQuantile(0.975) + normalQuantile(0.8)) / normalQuantile(0.975));
    expect(samplesToDecideMean(measured, 1.2)).toBe(Math.ceil(20 * (widened / 0.45) ** 2));
    expect(samplesToDecideMean({ ...measured, value: 1.2 }, 1.2)).toBeUndefined();
  });
});

describe("trialsPerCell", () => {
  it("turns samples into trials per cell from the samples one trial gave, always asking for more than ran", () => {
    expect(trialsPerCell(200, 104, 1)).toBe(2);
    expect(trialsPerCell(90, 40, 2)).toBe(5);
    expect(trialsPerCell(41, 40, 2)).toBe(3);
  });
});

describe("whollyOnOneSide", () => {
  it("reads equality as on the claimed side", () => {
    expect(whollyOnOneSide(0.9, 1, 0.9, ">=")).toBe(true);
    expect(whollyOnOneSide(0, 0.02, 0.02, "<=")).toBe(true);
    expect(whollyOnOneSide(0.85, 0.95, 0.9, ">=")).toBe(false);
  });
});
