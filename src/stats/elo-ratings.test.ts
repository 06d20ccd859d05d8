import { describe, expect, it } from "vitest";
import { eloRatings, eloWinProbability, RATING_POINTS_PER_LOG_STRENGTH } from "./elo-ratings.ts";

describe("eloRatings", () => {
  it("puts the mean at 1000, or the baseline there", () => {
    const centred = eloRatings(["a", "b"], [1, -1]);
    expect(centred.a).toBeCloseTo(1000 + RATING_POINTS_PER_LOG_STRENGTH, 9);
    expect(centred.a! + centred.b!).toBeCloseTo(2000, 9);
    const anchored = eloRatings(["a", "b"], [1, -1], "b");
    expect(anchored).toEqual({ a: 1000 + 2 * RATING_POINTS_PER_LOG_STRENGTH, b: 1000 });
    expect(() => eloRatings(["a"], [0], "c")).toThrow(RangeError);
    expect(() => eloRatings(["a"], [0, 1])).toThrow(RangeError);
  });

  it("maps a 400-point gap to 10-to-1 odds and a 10× strength ratio to 400 points", () => {
    expect(eloWinProbability(1400, 1000)).toBeCloseTo(10 / 11, 12);
    expect(eloWinProbability(1000, 1000)).toBe(0.5);
    const ratings = eloRatings(["a", "b"], [Math.log(10), 0]);
    expect(ratings.a! - ratings.b!).toBeCloseTo(400, 9);
  });
});
