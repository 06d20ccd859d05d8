import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { normalQuantile } from "../stats/normal-quantile.ts";
import { samplesToDecideMean, trialsPerCell } from "./trials-to-decide.ts";

describe("samplesToDecideMean", () => {
  it("scales the interval's half-width on the threshold side as 1/sqrt(n)", () => {
    const values = Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? 3 : 0));
    const interval = bootstrapMeanInterval(values)!;
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
