import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { defaultZone, describeGuarantee, fewestTrialsToDecide, logLikelihoodRatio, sequentialDecision, type SequentialOutcome } from "./sequential-rule.ts";

/** Exact operating characteristics at rate p: P(above), P(below) and the expected trials, over every path to the cap. */
function operating(p: number, threshold: number, maxTrials: number): { above: number; below: number; trials: number } {
  let open = new Map([[0, 1]]);
  let above = 0;
  let below = 0;
  let trials = 0;
  for (let n = 1; n <= maxTrials; n++) {
    const next = new Map<number, number>();
    for (const [successes, weight] of open) {
      for (const [s, q] of [[successes + 1, p], [successes, 1 - p]] as const) {
        if (q === 0) continue;
        const decision = sequentialDecision({ successes: s, trials: n, threshold, maxTrials });
        if (decision === "above") above += weight * q;
        if (decision === "below") below += weight * q;
        if (decision === "above" || decision === "below" || decision === "undecided-at-cap") trials += weight * q * n;
        else next.set(s, (next.get(s) ?? 0) + weight * q);
      }
    }
    open = next;
  }
  return { above, below, trials };
}

describe("sequentialDecision", () => {
  // Reference: the same SPRT's exact operating characteristics computed independently in Python (dynamic programming
  // over success counts), threshold 0.85, zone 0.75-0.95, alpha 0.05, cap 30.
  it("matches the reference operating characteristics at cap 30 against 0.85", () => {
    const perfect = operating(1, 0.85, 30);
    expect(perfect).toEqual({ above: 1, below: 0, trials: 13 });
    const edge = operating(0.95, 0.85, 30);
    expect(edge.above).toBeCloseTo(0.8596386334535182, 12);
    expect(edge.below).toBeCloseTo(0.022938979558586713, 12);
    expect(edge.trials).toBeCloseTo(18.65530628582805, 10);
    const lowEdge = operating(0.75, 0.85, 30);
    expect(lowEdge.above).toBeCloseTo(0.038852348496745764, 12);
    expect(lowEdge.trials).toBeCloseTo(14.019373491240668, 10);
    const half = operating(0.5, 0.85, 30);
    expect(half.above).toBeCloseTo(0.00012860633432865143, 14);
    expect(half.trials).toBeCloseTo(5.612927688285708, 10);
  });

  it("keeps the wrong-side rate within alpha for every rate outside the zone, at any cap", () => {
    for (const p of [0, 0.3, 0.6, 0.7, 0.75]) expect(operating(p, 0.85, 200).above, `p = ${p}`).toBeLessThanOrEqual(0.05);
    for (const p of [0.95, 0.97, 1]) expect(operating(p, 0.85, 200).below, `p = ${p}`).toBeLessThanOrEqual(0.05);
  });

  it("holds its always-valid bound when looked at after every one of 1,000 trials at the zone's edge", () => {
    const random = seededRandom(4);
    let wrong = 0;
    for (let run = 0; run < 300; run++) {
      let successes = 0;
      for (let trials = 1; trials <= 1000; trials++) {
        if (random() < 0.75) successes++;
        const decision: SequentialOutcome = sequentialDecision({ successes, trials, threshold: 0.85, maxTrials: 1000 });
        if (decision === "above") wrong++;
        if (decision !== "continue") break;
      }
    }
    expect(wrong / 300).toBeLessThanOrEqual(0.05);
  });

  it("leaves a cell undecided at the cap, and continues before it", () => {
    expect(sequentialDecision({ successes: 26, trials: 30, threshold: 0.85, maxTrials: 30 })).toBe("undecided-at-cap");
    expect(sequentialDecision({ successes: 26, trials: 29, threshold: 0.85, maxTrials: 30 })).toBe("continue");
    expect(sequentialDecision({ successes: 0, trials: 0, threshold: 0.5, maxTrials: 30 })).toBe("continue");
    expect(sequentialDecision({ successes: 13, trials: 13, threshold: 0.85, maxTrials: 30 })).toBe("above");
    expect(sequentialDecision({ successes: 0, trials: 2, threshold: 0.85, maxTrials: 30 })).toBe("below");
  });

  it("states its zone and the fewest trials each side needs, which plan compares with the cap", () => {
    expect(defaultZone(0.85)).toBeCloseTo(0.1, 12);
    expect(defaultZone(0.9)).toBeCloseTo(0.2 / 3, 12);
    expect(defaultZone(0.05)).toBeCloseTo(0.1 / 3, 12);
    expect(fewestTrialsToDecide(0.85)).toEqual({ above: 13, below: 2 });
    expect(fewestTrialsToDecide(0.95).above).toBeGreaterThan(30);
    expect(describeGuarantee(0.85)).toBe("wrong-side error at most 0.05 when the rate is outside 0.75-0.95");
    expect(logLikelihoodRatio(0, 0, 0.75, 0.95)).toBe(0);
  });

  it("rejects impossible inputs", () => {
    expect(() => sequentialDecision({ successes: 3, trials: 2, threshold: 0.5, maxTrials: 30 })).toThrow(RangeError);
    expect(() => sequentialDecision({ successes: 0, trials: 2, threshold: 0, maxTrials: 30 })).toThrow(RangeError);
    expect(() => sequentialDecision({ successes: 0, trials: 2, threshold: 0.5, alpha: 1, maxTrials: 30 })).toThrow(RangeError);
    expect(() => sequentialDecision({ successes: 0, trials: 2, threshold: 0.5, maxTrials: 0 })).toThrow(RangeError);
    expect(() => sequentialDecision({ successes: 0, trials: 2, threshold: 0.9, zone: 0.2, maxTrials: 30 })).toThrow(RangeError);
  });
});
