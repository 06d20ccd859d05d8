import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { normalCdf } from "./normal-cdf.ts";
import { normalQuantile } from "./normal-quantile.ts";
import { MAX_SAMPLES_TO_DECIDE, samplesToDecideRate, whollyOnOneSide } from "./samples-to-decide-rate.ts";
import { wilsonInterval } from "./wilson-interval.ts";

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

describe("whollyOnOneSide", () => {
  it("reads equality as on the claimed side", () => {
    expect(whollyOnOneSide(0.9, 1, 0.9, ">=")).toBe(true);
    expect(whollyOnOneSide(0, 0.02, 0.02, "<=")).toBe(true);
    expect(whollyOnOneSide(0.85, 0.95, 0.9, ">=")).toBe(false);
  });
});
