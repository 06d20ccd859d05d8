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

  it("bounds it when a block in between is undecided, and says how many samples per length would decide it", () => {
    // 120 of 120 to 8k, 52 of 60 at 16k-32k (a decided fall, a pooled interval [0.76, 0.93] that straddles 0.85), 8 of 30.
    const found = effectiveLength([at(1, 30), at(2, 30), at(4, 30), at(8, 30), at(16, 26), at(32, 26), at(64, 8)]);
    expect(describeEffectiveLength(found, label)).toBe("at least 8k, at most 32k");
    expect(found.lengths[4]).toMatchObject({ status: "undecided", accuracy: 26 / 30, pooled: { lengths: [16 * K, 32 * K] } });
    expect(found.lengths[4]!.pooled.value).toBeCloseTo(52 / 60, 12);
    expect(found.samplesPerLength).toBe(found.lengths[4]!.samplesToDecide);
    expect(found.samplesPerLength).toBeGreaterThan(30);
  });

  it("pools what does not fall: a flat 0.95 model at 30 samples a length is read to the longest, though alone only 30 of 30 would hold", () => {
    const flat = [28, 29, 27, 30, 28, 29, 26];
    expect(flat.filter((correct) => wilsonInterval(correct, 30).lower >= 0.85)).toEqual([30]);
    const found = effectiveLength(lengths.map((l, i) => at(l, flat[i]!)));
    expect(found.lengths.every((entry) => entry.status === "held" && entry.pooled.lengths.length === 7)).toBe(true);
    expect(found.lengths[0]!.pooled.value).toBeCloseTo(197 / 210, 12);
    expect(describeEffectiveLength(found, label)).toBe("at least 64k");
  });

  it("assumes accuracy does not rise with length: a dip that recovers is pooled, and one miss at the shortest is no failure", () => {
    expect(describeEffectiveLength(effectiveLength(lengths.map((l) => at(l, l === 4 ? 24 : 30))), label)).toBe("at least 64k");
    const found = effectiveLength(lengths.map((l) => at(l, l === 1 ? 29 : 30)));
    expect(found.lengths[0]).toMatchObject({ status: "held", accuracy: 29 / 30 });
    expect(found.none).toBe(false);
  });

  it("keeps a decided fall apart from the lengths before it", () => {
    const found = effectiveLength(lengths.map((l) => at(l, l <= 8 ? 30 : l === 16 ? 18 : 6)));
    expect(found.lengths.map((entry) => entry.pooled.lengths.length)).toEqual([4, 4, 4, 4, 1, 2, 2]);
    expect(describeEffectiveLength(found, label)).toBe("8k");
  });

  it("gives a flat 40% model no effective length, and honours another threshold", () => {
    expect(describeEffectiveLength(effectiveLength(lengths.map((l) => at(l, 12))), label)).toBe("none");
    expect(describeEffectiveLength(effectiveLength(lengths.map((l) => at(l, 30)), { threshold: 0.99 }), label)).toBe("undecided");
  });
});

describe("effectiveLength, relative reading", () => {
  it("takes the fit's first block as the model's own short-context score and compares the later blocks with it", () => {
    const found = effectiveLength(lengths.map((l) => at(l, l <= 8 ? 30 : 20)), { reading: "relative" });
    expect(found.baseline).toMatchObject({ value: 1, lengths: [K, 2 * K, 4 * K, 8 * K] });
    expect(found.bar).toBeCloseTo(0.85, 12);
    // 60 of 90 from 16k on: [0.56, 0.76] against 0.85 of a baseline whose interval is [0.97, 1].
    expect(found.lengths[4]).toMatchObject({ status: "failed", pooled: { lengths: [16 * K, 32 * K, 64 * K] } });
    expect(describeEffectiveLength(found, label)).toBe("8k");
  });

  it("reads a flat 40% model as effective to the longest length relative to itself (and as none in the absolute reading)", () => {
    const found = effectiveLength(lengths.map((l) => at(l, 12)), { reading: "relative" });
    expect(found.bar).toBeCloseTo(0.34, 12);
    expect(describeEffectiveLength(found, label)).toBe("at least 64k");
    expect(describeEffectiveLength(effectiveLength(lengths.map((l) => at(l, 12))), label)).toBe("none");
  });

  it("carries the baseline's uncertainty: a fall to 0.8 of a 30-sample baseline is left undecided", () => {
    // 30 of 30 at 1k alone (its fall to 24 of 30 is decided), then 24 of 30 everywhere: 0.8 against 0.85 × [0.89, 1].
    const found = effectiveLength(lengths.map((l) => at(l, l === 1 ? 30 : 24)), { reading: "relative" });
    expect(found.baseline?.lengths).toEqual([K]);
    expect(found.lengths[1]!.status).toBe("undecided");
  });

  it("has no effective length when retrieval is zero at the shortest lengths", () => {
    expect(effectiveLength(lengths.map((l) => at(l, 0)), { reading: "relative" }).none).toBe(true);
  });
});
