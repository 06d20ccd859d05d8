import { describe, expect, it } from "vitest";
import { compareDecision, PRIMARY_SHARE } from "./compare-decision.ts";

describe("compareDecision", () => {
  it("gives the primaries 80% of alpha and the secondaries the rest, each family Holm-adjusted", () => {
    const primary = [
      { id: "riddles: accuracy", pValue: 0.004 },
      { id: "niah: accuracy", pValue: 0.3 },
    ];
    const secondary = [
      { id: "riddles: error rate", pValue: 0.004 },
      { id: "riddles: style:emoji_per_1k", pValue: 0.0001 },
      { id: "niah: refusal rate", pValue: 0.9 },
    ];
    const decision = compareDecision(primary, secondary);
    expect(PRIMARY_SHARE).toBe(0.8);
    // Primary: Holm 2 × 0.004 = 0.008, over 0.8 = 0.01. Secondary: Holm 2 × 0.004 = 0.008, over 0.2 = 0.04; 3 × 0.0001 / 0.2.
    expect(decision.tests.map((test) => [test.id, Number(test.adjustedP.toFixed(6)), test.differs])).toEqual([
      ["riddles: accuracy", 0.01, true],
      ["niah: accuracy", 0.375, false],
      ["riddles: error rate", 0.04, true],
      ["riddles: style:emoji_per_1k", 0.0015, true],
      ["niah: refusal rate", 1, false],
    ]);
    expect(decision.different).toBe(true);
  });

  it("does not call a p of 0.02 on one of many secondary rows a difference", () => {
    const secondary = Array.from({ length: 40 }, (_, i) => ({ id: `row ${i}`, pValue: i === 0 ? 0.02 : 0.5 }));
    const decision = compareDecision([{ id: "accuracy", pValue: 0.5 }], secondary);
    expect(decision.different).toBe(false);
  });

  it("gives all of alpha to the family that has tests", () => {
    expect(compareDecision([], [{ id: "style", pValue: 0.04 }]).different).toBe(true);
    expect(compareDecision([{ id: "accuracy", pValue: 0.045 }], []).different).toBe(true);
    expect(compareDecision([], []).different).toBe(false);
  });
});
