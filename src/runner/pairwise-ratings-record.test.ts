import { describe, expect, it } from "vitest";
import type { Interval } from "../core/metric.ts";
import type { RatingIntervals } from "../stats/rating-intervals.ts";
import type { JudgeRatings } from "./pairwise-judging.ts";
import { pairwiseRatingsRecord } from "./pairwise-ratings-record.ts";

const interval = (lower: number, upper: number): Interval => ({ lower, upper, level: 0.95, method: "profile-likelihood" });
function fitted(ratings: Record<string, number>, intervals: Record<string, Interval>): RatingIntervals {
  return { ratings, intervals, differenceInterval: () => interval(-1, 1) };
}
const consistency = { name: "position_consistency", value: 0.9, n: 10 };

describe("pairwiseRatingsRecord", () => {
  it("sorts each judge's ratings highest first, keeps the baseline without an interval and writes open sides as null", () => {
    const judged: JudgeRatings = {
      judgeId: "j1",
      comparisons: 10,
      unscored: 1,
      positionConsistency: consistency,
      ratings: fitted({ low: 900, base: 1000, top: 1200 }, { low: interval(-Infinity, 980), top: interval(1100, Infinity) }),
      lengthControlled: fitted({ low: 950, base: 1000, top: 1010 }, { low: interval(800, 1100), top: interval(900, 1150) }),
      winners: ["a", "b"],
    };
    const record = pairwiseRatingsRecord({ runId: "r", taskId: "writing", simulated: true, computedAt: 5 }, [judged]);
    expect(record.judges[0]!.ratings).toEqual([
      { targetId: "top", rating: 1200, interval: { lower: 1100, upper: null } },
      { targetId: "base", rating: 1000 },
      { targetId: "low", rating: 900, interval: { lower: null, upper: 980 } },
    ]);
    expect(record.judges[0]!.lengthControlled.map((r) => r.targetId)).toEqual(["top", "base", "low"]);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it("keeps a judge with no readable pair (no ratings) and the panel's agreement over the pairings both read", () => {
    const reading = (judgeId: string, winners: JudgeRatings["winners"]): JudgeRatings => ({ judgeId, comparisons: 4, unscored: 0, positionConsistency: consistency, winners, ...(winners.some((w) => w) ? { ratings: fitted({ a: 1000, b: 990 }, {}), lengthControlled: fitted({ a: 1000, b: 990 }, {}) } : {}) });
    const record = pairwiseRatingsRecord({ runId: "r", taskId: "writing", simulated: false, computedAt: 5 }, [
      reading("j1", ["a", "b", "a", "b"]),
      reading("j2", ["a", "b", "b", "a"]),
      { ...reading("j3", [undefined, undefined, undefined, undefined]), unscored: 4, stopped: "budget" },
    ]);
    expect(record.judges[2]).toMatchObject({ judgeId: "j3", ratings: [], lengthControlled: [], stopped: "budget" });
    expect(record.agreements.map((a) => [a.first, a.second, a.kappa.n])).toEqual([["j1", "j2", 4], ["j1", "j3", 0], ["j2", "j3", 0]]);
    expect(record.agreements[0]!.kappa.value).toBeCloseTo(0, 5);
  });
});
