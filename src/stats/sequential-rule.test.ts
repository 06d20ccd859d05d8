import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { logMixtureRatio, sequentialDecision, type SequentialOutcome } from "./sequential-rule.ts";
import { wilsonInterval } from "./wilson-interval.ts";

interface StreamResult {
  decision: SequentialOutcome;
  trials: number;
}

/** Feeds Bernoulli(p) outcomes one at a time until the rule stops (at the latest at maxTrials). */
function runStream(p: number, threshold: number, maxTrials: number, random: () => number): StreamResult {
  let successes = 0;
  for (let trials = 1; ; trials++) {
    if (random() < p) successes++;
    const decision = sequentialDecision({ successes, trials, threshold, maxTrials });
    if (decision !== "continue") return { decision, trials };
  }
}

function fixedDecision(successes: number, trials: number, threshold: number): SequentialOutcome {
  const interval = wilsonInterval(successes, trials);
  if (interval.lower > threshold) return "above";
  if (interval.upper < threshold) return "below";
  return "undecided-at-cap";
}

describe("sequentialDecision", () => {
  it("decides a clear cell in a handful of trials", () => {
    expect(runStream(1, 0.5, 30, seededRandom(1))).toEqual({ decision: "above", trials: 8 });
    expect(runStream(0, 0.5, 30, seededRandom(1))).toEqual({ decision: "below", trials: 8 });
    const random = seededRandom(2);
    const nearlyAlways = Array.from({ length: 200 }, () => runStream(0.95, 0.5, 30, random));
    expect(nearlyAlways.every((result) => result.decision === "above")).toBe(true);
    expect(nearlyAlways.reduce((sum, result) => sum + result.trials, 0) / nearlyAlways.length).toBeLessThan(15);
  });

  it("keeps the wrong-side rate within alpha for rates just either side of the threshold", () => {
    const random = seededRandom(3);
    for (const [p, wrong] of [[0.55, "below"], [0.45, "above"]] as const) {
      const results = Array.from({ length: 2000 }, () => runStream(p, 0.5, 200, random));
      const errors = results.filter((result) => result.decision === wrong).length / results.length;
      expect(errors, `p = ${p}`).toBeLessThanOrEqual(0.05);
    }
  });

  it("holds its always-valid bound when looked at after every one of 1,000 trials at p = t", () => {
    const random = seededRandom(4);
    const results = Array.from({ length: 300 }, () => runStream(0.8, 0.8, 1000, random));
    const early = results.filter((result) => result.trials < 1000).length / results.length;
    expect(early).toBeLessThanOrEqual(0.05);
  });

  it("reaches a fixed 30-trial Wilson grid's decisions on a 40-cell heatmap with 59% fewer trials (492 vs 1,200)", () => {
    // A long-context heatmap: retrieval perfect at short lengths, fading, then gone.
    const rates = [1, 1, 1, 1, 0.95, 0.7, 0.3, 0].flatMap((p) => Array<number>(5).fill(p));
    const random = seededRandom(5);
    let sequentialTrials = 0;
    let fixedTrials = 0;
    for (const p of rates) {
      const outcomes = Array.from({ length: 30 }, () => random() < p);
      let successes = 0;
      let decision: SequentialOutcome = "continue";
      for (let trials = 1; decision === "continue"; trials++) {
        if (outcomes[trials - 1]) successes++;
        decision = sequentialDecision({ successes, trials, threshold: 0.5, maxTrials: 30 });
        if (decision !== "continue") sequentialTrials += trials;
      }
      fixedTrials += 30;
      expect(decision, `p = ${p}`).toBe(fixedDecision(outcomes.filter(Boolean).length, 30, 0.5));
    }
    expect({ sequentialTrials, fixedTrials }).toEqual({ sequentialTrials: 492, fixedTrials: 1200 });
    expect(1 - sequentialTrials / fixedTrials).toBeGreaterThanOrEqual(0.4);
  });

  it("gives the fixed-size Wilson decision at the cap, and says when even that is undecided", () => {
    expect(sequentialDecision({ successes: 20, trials: 30, threshold: 0.5, maxTrials: 30 })).toBe(fixedDecision(20, 30, 0.5));
    expect(sequentialDecision({ successes: 16, trials: 30, threshold: 0.5, maxTrials: 30 })).toBe("undecided-at-cap");
    expect(sequentialDecision({ successes: 16, trials: 29, threshold: 0.5, maxTrials: 30 })).toBe("continue");
    expect(sequentialDecision({ successes: 0, trials: 0, threshold: 0.5, maxTrials: 30 })).toBe("continue");
  });

  it("starts every mixture ratio at 1 and grows it only on the side the data lean to", () => {
    expect(logMixtureRatio(0, 0, 0.3, "above")).toBeCloseTo(0, 12);
    expect(logMixtureRatio(0, 0, 0.3, "below")).toBeCloseTo(0, 12);
    expect(logMixtureRatio(90, 100, 0.5, "above")).toBeGreaterThan(Math.log(40));
    expect(logMixtureRatio(90, 100, 0.5, "below")).toBeLessThan(0);
  });

  it("rejects impossible inputs", () => {
    expect(() => sequentialDecision({ successes: 3, trials: 2, threshold: 0.5, maxTrials: 30 })).toThrow(RangeError);
    expect(() => sequentialDecision({ successes: 0, trials: 2, threshold: 0, maxTrials: 30 })).toThrow(RangeError);
    expect(() => sequentialDecision({ successes: 0, trials: 2, threshold: 0.5, alpha: 1, maxTrials: 30 })).toThrow(RangeError);
    expect(() => sequentialDecision({ successes: 0, trials: 2, threshold: 0.5, maxTrials: 0 })).toThrow(RangeError);
  });
});
