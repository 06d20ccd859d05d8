import { describe, expect, it } from "vitest";
import { fitPairwiseLogistic } from "./pairwise-logistic.ts";

describe("fitPairwiseLogistic", () => {
  it("solves the two-player case in closed form: θa − θb = ln(wins / losses) up to the prior", () => {
    const fit = fitPairwiseLogistic([{ a: 0, b: 1, games: 40, winsA: 30 }], { players: 2, priorPrecision: 1e-9 });
    expect(fit.theta[0]! - fit.theta[1]!).toBeCloseTo(Math.log(3), 6);
    expect(fit.theta[0]! + fit.theta[1]!).toBeCloseTo(0, 9);
    expect(fit.iterations).toBeLessThan(20);
  });

  it("recovers a covariate's coefficient from rows where only the covariate varies", () => {
    // Equal players; P(a wins) = σ(0.8·x) exactly in the counts.
    const rows = [-2, -1, 0, 1, 2].map((x) => ({ a: 0, b: 1, games: 1000, winsA: 1000 / (1 + Math.exp(-0.8 * x)), covariates: [x] }));
    const fit = fitPairwiseLogistic(rows, { players: 2, covariates: 1, priorPrecision: 1e-9 });
    expect(fit.beta[0]).toBeCloseTo(0.8, 6);
    expect(fit.theta[0]).toBeCloseTo(0, 6);
  });

  it("keeps every parameter finite under perfect separation", () => {
    const fit = fitPairwiseLogistic([{ a: 0, b: 1, games: 1000, winsA: 1000 }], { players: 2 });
    expect(Number.isFinite(fit.theta[0])).toBe(true);
    expect(fit.theta[0]).toBeGreaterThan(3);
  });

  it("refuses malformed rows", () => {
    const ok = { a: 0, b: 1, games: 1, winsA: 1 };
    expect(() => fitPairwiseLogistic([{ ...ok, b: 2 }], { players: 2 })).toThrow(RangeError);
    expect(() => fitPairwiseLogistic([{ ...ok, b: 0 }], { players: 2 })).toThrow(RangeError);
    expect(() => fitPairwiseLogistic([{ ...ok, winsA: 2 }], { players: 2 })).toThrow(RangeError);
    expect(() => fitPairwiseLogistic([{ ...ok, games: 0, winsA: 0 }], { players: 2 })).toThrow(RangeError);
    expect(() => fitPairwiseLogistic([ok], { players: 2, covariates: 1 })).toThrow(RangeError);
    expect(() => fitPairwiseLogistic([{ ...ok, covariates: [Number.NaN] }], { players: 2, covariates: 1 })).toThrow(RangeError);
    expect(() => fitPairwiseLogistic([ok], { players: 2, priorPrecision: -1 })).toThrow(RangeError);
  });
});
