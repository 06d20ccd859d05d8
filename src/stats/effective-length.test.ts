import { describe, expect, it } from "vitest";
import { describeEffectiveLength, effectiveLength, type LengthAccuracy } from "./effective-length.ts";
import { itemRateInterval } from "./item-rate-interval.ts";
import { wilsonInterval } from "./wilson-interval.ts";

const K = 1024;
const label = (tokens: number) => `${tokens / K}k`;

/** One length: ten cells (depths) of three trials, `correct` of the 30 spread as evenly as possible. */
function at(length: number, correct: number): LengthAccuracy {
  const cells = Array.from({ length: 10 }, (_, i) => ({ successes: Math.floor(correct / 10) + (i < correct % 10 ? 1 : 0), trials: 3 }));
  return { length: length * K, accuracy: itemRateInterval(cells) };
}

const lengths = [1, 2, 4, 8, 16, 32, 64];

describe("effectiveLength, absolute reading", () => {
  it("reads a model that holds everywhere as at least the longest length", () => {
    const found = effectiveLength(lengths.map((l) => at(l, 30)));
    expect(found).toMatchObject({ reading: "absolute", bar: 0.85, atLeast: 64 * K, atMost: undefined, none: false });
    expect(describeEffectiveLength(found, label)).toBe("at least 64k");
  });

  it("is exact when every length holds up to one that fails", () => {
    const found = effectiveLength(lengths.map((l) => at(l, l <= 16 ? 30 : 15)));
    expect(describeEffectiveLength(found, label)).toBe("16k");
    expect(found.lengths.map((entry) => entry.status)).toEqual(["held", "held", "held", "held", "held", "failed", "failed"]);
  });

  it("bounds it when a length in between is undecided, and says how many samples per length would decide it", () => {
    // 27 of 30 at 4k: Wilson [0.74, 0.97] straddles 0.85; 10 of 30 at 8k fails.
    expect(wilsonInterval(27, 30).lower).toBeLessThan(0.85);
    const found = effectiveLength([at(1, 30), at(2, 30), at(4, 27), at(8, 10), at(16, 30)]);
    expect(describeEffectiveLength(found, label)).toBe("at least 2k, at most 4k");
    expect(found.lengths[2]).toMatchObject({ status: "undecided", accuracy: 0.9 });
    expect(found.samplesPerLength).toBe(found.lengths[2]!.samplesToDecide);
    expect(found.samplesPerLength).toBeGreaterThan(30);
  });

  it("never treats a failure at the shortest length as a point estimate's accident: one miss in 30 is undecided, not none", () => {
    const found = effectiveLength(lengths.map((l) => at(l, l === 1 ? 29 : 30)));
    expect(found.lengths[0]!.status).toBe("undecided");
    expect(describeEffectiveLength(found, label)).toBe("undecided");
    expect(found.none).toBe(false);
  });

  it("gives a flat 40% model no effective length, and honours another threshold", () => {
    expect(describeEffectiveLength(effectiveLength(lengths.map((l) => at(l, 12))), label)).toBe("none");
    expect(describeEffectiveLength(effectiveLength(lengths.map((l) => at(l, 30)), { threshold: 0.99 }), label)).toBe("undecided");
  });
});

describe("effectiveLength, relative reading", () => {
  it("pools the two shortest lengths as the baseline and compares each length with the others' pool", () => {
    const found = effectiveLength(lengths.map((l) => at(l, l <= 8 ? 30 : 6)), { reading: "relative" });
    expect(found.baseline).toMatchObject({ value: 1, lengths: [K, 2 * K] });
    expect(found.bar).toBeCloseTo(0.85, 12);
    expect(describeEffectiveLength(found, label)).toBe("8k");
  });

  it("carries the baseline's uncertainty: a flat 40% model is not called effective to 64k from 30 samples a length", () => {
    const found = effectiveLength(lengths.map((l) => at(l, 12)), { reading: "relative" });
    expect(found.bar).toBeCloseTo(0.34, 12);
    expect(found.atMost).toBeUndefined();
    expect(describeEffectiveLength(found, label)).toBe("undecided");
  });

  it("has no effective length when retrieval is zero at the shortest lengths", () => {
    expect(effectiveLength(lengths.map((l) => at(l, 0)), { reading: "relative" }).none).toBe(true);
  });
});
