import { describe, expect, it } from "vitest";
import { bisectionSteps, isNarrowEnough, MIN_PROBE_TOKENS, narrowBracket, shrinkSizes, shrinkUntilGood } from "./narrow-bracket.ts";

function boundaryAt(limit: number) {
  const asked: number[] = [];
  return { asked, isGood: async (tokens: number) => (asked.push(tokens), tokens <= limit) };
}

describe("narrowBracket", () => {
  it("bisects to the precision in no more steps than bisectionSteps says", async () => {
    const host = boundaryAt(777_777);
    const start = { good: 262_144, bad: 1_048_576 };
    const found = await narrowBracket(start, { precision: 0.01, isGood: host.isGood });
    expect(found.good).toBeLessThanOrEqual(777_777);
    expect(found.bad).toBeGreaterThan(777_777);
    expect(isNarrowEnough(found, 0.01)).toBe(true);
    expect(host.asked.length).toBeLessThanOrEqual(bisectionSteps(start, 0.01));
  });

  it("checks a stated boundary with one ask either side of it", async () => {
    const host = boundaryAt(500_000);
    const found = await narrowBracket({ good: 262_144, bad: 1_048_576 }, { precision: 0.01, isGood: host.isGood, statedBoundary: () => 500_000 });
    expect(host.asked).toEqual([498_333, 501_667]);
    expect(found).toEqual({ good: 498_333, bad: 501_667 });
  });

  it("falls back to bisection when the stated boundary is wrong", async () => {
    const host = boundaryAt(400_000);
    const found = await narrowBracket({ good: 262_144, bad: 1_048_576 }, { precision: 0.01, isGood: host.isGood, statedBoundary: () => 500_000 });
    expect(host.asked[0]).toBe(498_333);
    expect(found.good).toBeLessThanOrEqual(400_000);
    expect(found.bad).toBeGreaterThan(400_000);
    expect(isNarrowEnough(found, 0.01)).toBe(true);
  });
});

describe("shrinkUntilGood", () => {
  it("steps down by four until a size is good", async () => {
    const host = boundaryAt(2_000);
    expect(await shrinkUntilGood(65_536, host.isGood)).toEqual({ good: 1_024, bad: 4_096 });
    expect(host.asked).toEqual([16_384, 4_096, 1_024]);
  });

  it("stops at the smallest probe size", async () => {
    const host = boundaryAt(10);
    expect(await shrinkUntilGood(4_096, host.isGood)).toEqual({ good: 0, bad: MIN_PROBE_TOKENS });
    expect(shrinkSizes(4_096)).toEqual([1_024, MIN_PROBE_TOKENS]);
  });
});
