import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { bradleyTerry, bradleyTerryBootstrap, type PairwiseOutcome } from "./bradley-terry.ts";
import { eloWinProbability } from "./elo-ratings.ts";

const TRUTH: Record<string, number> = { w: 1250, x: 1100, y: 900, z: 750 };

/** Every pair meets `games` times; the winner is drawn from the true ratings. */
function simulate(truth: Record<string, number>, games: number, seed: number): PairwiseOutcome[] {
  const random = seededRandom(seed);
  const models = Object.keys(truth);
  const outcomes: PairwiseOutcome[] = [];
  for (const [i, a] of models.entries()) {
    for (const b of models.slice(i + 1)) {
      const p = eloWinProbability(truth[a]!, truth[b]!);
      for (let g = 0; g < games; g++) outcomes.push({ a, b, winner: random() < p ? "a" : "b" });
    }
  }
  return outcomes;
}

/** Hunter's (2004) MM iteration with ties as half wins: an independent route to the maximum-likelihood strengths. */
function minorizeMaximize(outcomes: readonly PairwiseOutcome[]): Record<string, number> {
  const models = [...new Set(outcomes.flatMap((o) => [o.a, o.b]))].sort();
  const wins = new Map(models.map((m) => [m, 0]));
  const games = new Map<string, number>();
  for (const { a, b, winner } of outcomes) {
    wins.set(a, wins.get(a)! + (winner === "a" ? 1 : winner === "tie" ? 0.5 : 0));
    wins.set(b, wins.get(b)! + (winner === "b" ? 1 : winner === "tie" ? 0.5 : 0));
    for (const key of [`${a}|${b}`, `${b}|${a}`]) games.set(key, (games.get(key) ?? 0) + 1);
  }
  let strength = new Map(models.map((m) => [m, 1]));
  for (let iteration = 0; iteration < 5000; iteration++) {
    const next = new Map<string, number>();
    for (const i of models) {
      let denominator = 0;
      for (const j of models) denominator += (games.get(`${i}|${j}`) ?? 0) / (strength.get(i)! + strength.get(j)!);
      next.set(i, wins.get(i)! / denominator);
    }
    strength = next;
  }
  const meanLog = models.reduce((s, m) => s + Math.log(strength.get(m)!), 0) / models.length;
  return Object.fromEntries(models.map((m) => [m, 1000 + (400 / Math.LN10) * (Math.log(strength.get(m)!) - meanLog)]));
}

describe("bradleyTerry", () => {
  it("recovers known strengths from simulated outcomes", () => {
    const fit = bradleyTerry(simulate(TRUTH, 400, 11));
    expect(fit.models).toEqual(["w", "x", "y", "z"]);
    for (const [model, rating] of Object.entries(TRUTH)) expect(Math.abs(fit.ratings[model]! - rating)).toBeLessThan(30);
    const mean = Object.values(fit.ratings).reduce((a, b) => a + b, 0) / 4;
    expect(mean).toBeCloseTo(1000, 9);
    expect(fit.winProbability("w", "z")).toBeCloseTo(eloWinProbability(fit.ratings.w!, fit.ratings.z!), 12);
    expect(fit.winProbability("w", "z") + fit.winProbability("z", "w")).toBeCloseTo(1, 12);
  });

  it("matches the maximum-likelihood answer of Hunter's MM algorithm when the prior is negligible", () => {
    const outcomes = simulate({ p: 1100, q: 1000, r: 950 }, 30, 5);
    outcomes.push({ a: "p", b: "r", winner: "tie" }, { a: "r", b: "q", winner: "tie" });
    const fit = bradleyTerry(outcomes, { priorPrecision: 1e-9 });
    const reference = minorizeMaximize(outcomes);
    for (const model of ["p", "q", "r"]) expect(fit.ratings[model]).toBeCloseTo(reference[model]!, 4);
  });

  it("gives the closed form for two models, whichever way round outcomes are written", () => {
    const outcomes: PairwiseOutcome[] = [];
    for (let i = 0; i < 75; i++) outcomes.push(i % 2 === 0 ? { a: "m", b: "n", winner: "a" } : { a: "n", b: "m", winner: "b" });
    for (let i = 0; i < 25; i++) outcomes.push({ a: "m", b: "n", winner: "b" });
    const fit = bradleyTerry(outcomes);
    // MLE gap: 400·log10(75/25) = 190.85; the weak prior shrinks it by a fraction of a point.
    const gap = fit.ratings.m! - fit.ratings.n!;
    expect(gap).toBeGreaterThan(189.5);
    expect(gap).toBeLessThan(190.85);
  });

  it("counts a tie as half a win to each side", () => {
    const withTies = bradleyTerry([
      { a: "m", b: "n", winner: "a" },
      { a: "m", b: "n", winner: "tie" },
      { a: "n", b: "m", winner: "tie" },
    ]);
    const withoutTies = bradleyTerry([
      { a: "m", b: "n", winner: "a" },
      { a: "m", b: "n", winner: "a" },
      { a: "n", b: "m", winner: "a" },
    ]);
    expect(withTies.ratings.m).toBeCloseTo(withoutTies.ratings.m!, 9);
    const allTies = bradleyTerry([{ a: "m", b: "n", winner: "tie" }, { a: "n", b: "o", winner: "tie" }]);
    for (const rating of Object.values(allTies.ratings)) expect(rating).toBeCloseTo(1000, 9);
  });

  it("stays finite when a model wins everything, and anchors on a named baseline", () => {
    const sweep: PairwiseOutcome[] = Array.from({ length: 50 }, (_, i) => ({ a: "champ", b: i % 2 ? "x" : "y", winner: "a" }));
    sweep.push({ a: "x", b: "y", winner: "a" }, { a: "x", b: "y", winner: "b" });
    const fit = bradleyTerry(sweep, { baseline: "x" });
    expect(fit.ratings.x).toBe(1000);
    expect(Number.isFinite(fit.ratings.champ)).toBe(true);
    expect(fit.ratings.champ! - fit.ratings.x!).toBeGreaterThan(700);
    expect(fit.ratings.champ! - fit.ratings.x!).toBeLessThan(2500);
    expect(fit.ratings.y).toBeCloseTo(1000, 6);
  });

  it("refuses no outcomes, self-comparisons, an unknown baseline and a non-positive prior", () => {
    expect(() => bradleyTerry([])).toThrow(RangeError);
    expect(() => bradleyTerry([{ a: "m", b: "m", winner: "a" }])).toThrow(RangeError);
    expect(() => bradleyTerry([{ a: "m", b: "n", winner: "a" }], { baseline: "o" })).toThrow(RangeError);
    expect(() => bradleyTerry([{ a: "m", b: "n", winner: "a" }], { priorPrecision: 0 })).toThrow(RangeError);
    expect(() => bradleyTerry([{ a: "m", b: "n", winner: "a" }]).winProbability("m", "o")).toThrow(RangeError);
  });
});

describe("bradleyTerryBootstrap", () => {
  it("is deterministic for a seed and brackets the point estimates", () => {
    const outcomes = simulate(TRUTH, 60, 3);
    const first = bradleyTerryBootstrap(outcomes, { resamples: 200, seed: 9 });
    const again = bradleyTerryBootstrap(outcomes, { resamples: 200, seed: 9 });
    expect(again.intervals).toEqual(first.intervals);
    expect(bradleyTerryBootstrap(outcomes, { resamples: 200, seed: 10 }).intervals).not.toEqual(first.intervals);
    for (const [model, rating] of Object.entries(first.ratings)) {
      expect(first.intervals[model]!.lower).toBeLessThan(rating);
      expect(first.intervals[model]!.upper).toBeGreaterThan(rating);
      expect(first.intervals[model]).toMatchObject({ level: 0.95, method: "bootstrap" });
    }
    const gap = first.differenceInterval("w", "z");
    expect(gap.lower).toBeGreaterThan(0);
    expect(first.differenceInterval("z", "w").upper).toBeCloseTo(-gap.lower, 9);
    expect(() => first.differenceInterval("w", "nobody")).toThrow(RangeError);
  });

  it("covers the true ratings about as often as it claims", () => {
    let covered = 0;
    let total = 0;
    for (let replication = 0; replication < 40; replication++) {
      const result = bradleyTerryBootstrap(simulate(TRUTH, 40, 100 + replication), { resamples: 200, seed: replication });
      for (const [model, rating] of Object.entries(TRUTH)) {
        total++;
        if (result.intervals[model]!.lower <= rating && rating <= result.intervals[model]!.upper) covered++;
      }
    }
    expect(covered / total).toBeGreaterThan(0.88);
    expect(covered / total).toBeLessThan(1);
  });

  it("anchors every resample on the baseline, leaving out those that never drew it", () => {
    const outcomes = simulate({ m: 1100, n: 1000, o: 900 }, 30, 8);
    outcomes.push({ a: "rare", b: "m", winner: "b" });
    const result = bradleyTerryBootstrap(outcomes, { baseline: "rare", resamples: 100 });
    expect(result.ratings.rare).toBe(1000);
    expect(result.intervals.rare).toMatchObject({ lower: 1000, upper: 1000 });
    expect(result.intervals.m!.lower).toBeGreaterThan(1000);
    expect(bradleyTerryBootstrap(outcomes, { baseline: "n", resamples: 50 }).intervals.n).toMatchObject({ lower: 1000, upper: 1000 });
  });

  it("refuses no outcomes and bad settings", () => {
    expect(() => bradleyTerryBootstrap([])).toThrow(RangeError);
    const one: PairwiseOutcome[] = [{ a: "m", b: "n", winner: "a" }];
    expect(() => bradleyTerryBootstrap(one, { resamples: 0 })).toThrow(RangeError);
    expect(() => bradleyTerryBootstrap(one, { level: 1 })).toThrow(RangeError);
  });
});
