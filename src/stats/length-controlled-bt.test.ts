import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { bradleyTerry, bradleyTerryIntervals } from "./bradley-terry.ts";
import { eloWinProbability } from "./elo-ratings.ts";
import { lengthControlledBradleyTerry, lengthControlledIntervals, lengthFeature, type LengthOutcome } from "./length-controlled-bt.ts";

/** Typical log-length of each model's answers; lengths vary within a model too, or length and model could not be told apart. */
const VERBOSITY: Record<string, number> = { long: 6.4, mid: 5.9, short: 5.4 };

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function simulate(judge: (a: LengthOutcome) => LengthOutcome["winner"], games: number, seed: number, equalLengths = false): LengthOutcome[] {
  const random = seededRandom(seed);
  const models = Object.keys(VERBOSITY);
  const outcomes: LengthOutcome[] = [];
  for (const [i, a] of models.entries()) {
    for (const b of models.slice(i + 1)) {
      for (let g = 0; g < games; g++) {
        const lengthA = equalLengths ? 500 : Math.round(Math.exp(VERBOSITY[a]! + 0.5 * normal(random)));
        const lengthB = equalLengths ? 500 : Math.round(Math.exp(VERBOSITY[b]! + 0.5 * normal(random)));
        const pair: LengthOutcome = g % 2 ? { a: b, b: a, winner: "tie", lengthA: lengthB, lengthB: lengthA } : { a, b, winner: "tie", lengthA, lengthB };
        outcomes.push({ ...pair, winner: judge(pair) });
      }
    }
  }
  return outcomes;
}

const prefersLonger = (o: LengthOutcome): LengthOutcome["winner"] => (o.lengthA > o.lengthB ? "a" : o.lengthA < o.lengthB ? "b" : "tie");

describe("lengthControlledBradleyTerry", () => {
  it("sees no gap between equal models when the judge only rewards length, where plain Bradley-Terry sees a big one", () => {
    const outcomes = simulate(prefersLonger, 120, 21);
    const plain = bradleyTerryIntervals(outcomes);
    const plainGap = plain.differenceInterval("long", "short");
    expect(plain.ratings.long! - plain.ratings.short!).toBeGreaterThan(300);
    expect(plainGap.lower).toBeGreaterThan(300);
    const controlled = lengthControlledIntervals(outcomes);
    for (const [a, b] of [["long", "short"], ["long", "mid"], ["mid", "short"]] as const) {
      const gap = controlled.differenceInterval(a, b);
      expect(gap.lower).toBeLessThan(0);
      expect(gap.upper).toBeGreaterThan(0);
      // A judge this deterministic separates the data perfectly by length, so the gaps are not pinned down at all (open
      // intervals); what matters is that 0 stays inside.
      expect(Math.abs(controlled.ratings[a]! - controlled.ratings[b]!)).toBeLessThan(100);
    }
    const fit = lengthControlledBradleyTerry(outcomes);
    expect(fit.lengthEffect).toBeGreaterThan(3);
    expect(fit.winProbability("long", "short")).toBeGreaterThan(0.4);
    expect(fit.winProbability("long", "short", { a: 2000, b: 200 })).toBeGreaterThan(0.95);
  });

  it("removes a soft length preference with either length feature", () => {
    const random = seededRandom(8);
    const softJudge = (o: LengthOutcome) => (random() < 1 / (1 + Math.exp(-1.5 * lengthFeature(o.lengthA, o.lengthB))) ? "a" : "b");
    const outcomes = simulate(softJudge, 150, 4);
    expect(bradleyTerry(outcomes).ratings.long! - bradleyTerry(outcomes).ratings.short!).toBeGreaterThan(150);
    for (const feature of ["log-ratio", "normalized-difference"] as const) {
      const gap = lengthControlledIntervals(outcomes, { feature }).differenceInterval("long", "short");
      expect(gap.lower).toBeLessThan(0);
      expect(gap.upper).toBeGreaterThan(0);
    }
    expect(lengthControlledBradleyTerry(outcomes).lengthEffect).toBeCloseTo(1.5, 0);
  });

  it("agrees with plain Bradley-Terry when one model is truly better and lengths are equal", () => {
    const truth: Record<string, number> = { long: 1150, mid: 1000, short: 850 };
    const random = seededRandom(2);
    const outcomes = simulate((o) => (random() < eloWinProbability(truth[o.a]!, truth[o.b]!) ? "a" : "b"), 200, 6, true);
    const plain = bradleyTerry(outcomes);
    const controlled = lengthControlledBradleyTerry(outcomes);
    expect(controlled.lengthEffect).toBe(0);
    for (const model of Object.keys(truth)) {
      expect(controlled.ratings[model]).toBeCloseTo(plain.ratings[model]!, 6);
      expect(Math.abs(controlled.ratings[model]! - truth[model]!)).toBeLessThan(40);
    }
    const anchored = lengthControlledIntervals(outcomes, { baseline: "short" });
    expect(anchored.intervals.short).toBeUndefined();
    expect(anchored.intervals.long!.lower).toBeGreaterThan(1150);
  });
});

describe("lengthFeature", () => {
  it("is antisymmetric, zero at equal length and defined for empty answers", () => {
    expect(lengthFeature(99, 9)).toBeCloseTo(Math.log(10), 12);
    expect(lengthFeature(9, 99)).toBeCloseTo(-Math.log(10), 12);
    expect(lengthFeature(0, 0)).toBe(0);
    expect(lengthFeature(300, 100, "normalized-difference")).toBe(0.5);
    expect(lengthFeature(0, 0, "normalized-difference")).toBe(0);
    expect(lengthFeature(0, 5, "normalized-difference")).toBe(-1);
  });

  it("refuses negative or non-finite lengths", () => {
    expect(() => lengthFeature(-1, 3)).toThrow(RangeError);
    expect(() => lengthFeature(Number.NaN, 3)).toThrow(RangeError);
    expect(() => lengthControlledBradleyTerry([{ a: "m", b: "n", winner: "a", lengthA: Infinity, lengthB: 1 }])).toThrow(RangeError);
  });
});
