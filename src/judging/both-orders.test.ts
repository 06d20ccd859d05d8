import { describe, expect, it } from "vitest";
import { bradleyTerry } from "../stats/bradley-terry.ts";
import { bothOrdersOutcome, combineBothOrders, positionConsistency, type BothOrdersVerdicts } from "./both-orders.ts";
import type { PairwiseVerdict } from "./pairwise-verdict.ts";

describe("combineBothOrders", () => {
  it("counts a win only when it holds both ways", () => {
    expect(combineBothOrders({ xFirst: "A", yFirst: "B" })).toEqual({ status: "scored", winner: "x", positionConsistent: true });
    expect(combineBothOrders({ xFirst: "B", yFirst: "A" })).toEqual({ status: "scored", winner: "y", positionConsistent: true });
    expect(combineBothOrders({ xFirst: "tie", yFirst: "tie" })).toEqual({ status: "scored", winner: "tie", positionConsistent: true });
  });

  it("turns any verdict that changes with position into an inconsistent tie", () => {
    const cases: [PairwiseVerdict, PairwiseVerdict][] = [["A", "A"], ["B", "B"], ["A", "tie"], ["tie", "B"], ["tie", "A"]];
    for (const [xFirst, yFirst] of cases) {
      expect(combineBothOrders({ xFirst, yFirst })).toEqual({ status: "scored", winner: "tie", positionConsistent: false });
    }
  });

  it("is unscored when either order is unreadable, naming which", () => {
    expect(combineBothOrders({ xFirst: undefined, yFirst: "A" })).toEqual({ status: "unscored", missing: ["xFirst"] });
    expect(combineBothOrders({ xFirst: undefined, yFirst: undefined })).toEqual({ status: "unscored", missing: ["xFirst", "yFirst"] });
    expect(bothOrdersOutcome("m", "n", { xFirst: "A", yFirst: undefined })).toBeUndefined();
  });
});

describe("a judge that always prefers the answer shown first", () => {
  const firstShown = (): PairwiseVerdict => "A";
  const pairs: BothOrdersVerdicts[] = Array.from({ length: 40 }, () => ({ xFirst: firstShown(), yFirst: firstShown() }));

  it("yields only ties, so no model gains from it", () => {
    const outcomes = pairs.map((pair, i) => bothOrdersOutcome(i % 2 ? "m" : "n", i % 2 ? "n" : "m", pair)!);
    expect(new Set(outcomes.map((o) => o.winner))).toEqual(new Set(["tie"]));
    const fit = bradleyTerry(outcomes);
    expect(fit.ratings.m).toBeCloseTo(1000, 9);
    expect(fit.ratings.n).toBeCloseTo(1000, 9);
  });

  it("has position consistency 0 with a Wilson interval", () => {
    const metric = positionConsistency(pairs);
    expect(metric).toMatchObject({ name: "position_consistency", value: 0, n: 40, interval: { lower: 0, method: "wilson" } });
    expect(metric.interval!.upper).toBeGreaterThan(0.05);
    expect(metric.interval!.upper).toBeLessThan(0.1);
  });
});

describe("positionConsistency", () => {
  it("counts consistent pairs among those read both ways", () => {
    const pairs: BothOrdersVerdicts[] = [
      { xFirst: "A", yFirst: "B" },
      { xFirst: "tie", yFirst: "tie" },
      { xFirst: "A", yFirst: "A" },
      { xFirst: "B", yFirst: undefined },
    ];
    expect(positionConsistency(pairs)).toMatchObject({ value: 2 / 3, n: 3 });
    expect(positionConsistency([])).toEqual({ name: "position_consistency", value: null, n: 0 });
  });
});
