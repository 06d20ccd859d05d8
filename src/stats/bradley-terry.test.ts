import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { bradleyTerry, bradleyTerryIntervals, type PairwiseOutcome } from "./bradley-terry.ts";
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

/** `wins` of `games` for m over n, written both ways round. */
function match(wins: number, games: number): PairwiseOutcome[] {
  return Array.from({ length: games }, (_, i): PairwiseOutcome => (i % 2 === 0 ? { a: "m", b: "n", winner: i < wins ? "a" : "b" } : { a: "n", b: "m", winner: i < wins ? "b" : "a" }));
}

describe("bradleyTerryIntervals", () => {
  // Reference: the binomial likelihood-ratio interval for the log-odds, 2·(ℓ(p̂) − ℓ(p)) = χ²₁(0.95), solved with
  // scipy.optimize.brentq and turned into rating points (×400/ln 10).
  it("gives the likelihood-ratio interval for two models", () => {
    for (const [wins, games, lower, upper] of [
      [7, 8, 38.12228295734559, 846.6970630181011],
      [6, 8, -64.15516850359116, 524.4386047979484],
      [75, 100, 114.83442784564322, 272.82385528014606],
    ] as const) {
      const gap = bradleyTerryIntervals(match(wins, games)).differenceInterval("m", "n");
      expect(gap.lower, `${wins}/${games}`).toBeCloseTo(lower, 2);
      expect(gap.upper, `${wins}/${games}`).toBeCloseTo(upper, 2);
      expect(gap).toMatchObject({ level: 0.95, method: "profile-likelihood" });
    }
  });

  it("gives a model that won every game an open upper side, never a point: 8 of 8 reads ≥ +227", () => {
    const result = bradleyTerryIntervals(match(8, 8));
    const gap = result.differenceInterval("m", "n");
    expect(gap.lower).toBeCloseTo(226.57842634498664, 1);
    expect(gap.upper).toBe(Infinity);
    expect(result.differenceInterval("n", "m")).toMatchObject({ lower: -Infinity });
    expect(result.differenceInterval("n", "m").upper).toBeCloseTo(-226.57842634498664, 1);
    expect(result.intervals.m!.upper).toBe(Infinity);
    expect(result.intervals.m!.lower).toBeCloseTo(1000 + 226.57842634498664 / 2, 1);
    const three = bradleyTerryIntervals(match(3, 3)).differenceInterval("m", "n");
    expect(three.upper - three.lower).toBeGreaterThan(0);
  });

  // Reference: scipy.optimize SLSQP maximising the likelihood with the contrast fixed (and the strengths summing to
  // zero), brentq on the profile; three models with uneven schedules.
  it("profiles out the other models: a gap and a rating among three", () => {
    const rows: [string, string, number, number][] = [["p", "q", 10, 7], ["q", "r", 10, 6], ["p", "r", 10, 8], ["q", "p", 4, 1]];
    const outcomes = rows.flatMap(([a, b, games, wins]) => Array.from({ length: games }, (_, i): PairwiseOutcome => ({ a, b, winner: i < wins ? "a" : "b" })));
    const result = bradleyTerryIntervals(outcomes, { priorPrecision: 1e-9 });
    const gap = result.differenceInterval("p", "r");
    expect(result.ratings.p! - result.ratings.r!).toBeCloseTo(235.8201707485126, 1);
    expect(gap.lower).toBeCloseTo(48.640306457096656, 1);
    expect(gap.upper).toBeCloseTo(453.09539393830937, 1);
    expect(result.intervals.q!.lower).toBeCloseTo(1000 - 131.82832594590633, 1);
    expect(result.intervals.q!.upper).toBeCloseTo(1000 + 70.04136475576979, 1);
    expect(() => result.differenceInterval("p", "nobody")).toThrow(RangeError);
  });

  it("reads every interval against a named baseline, which has none of its own", () => {
    const result = bradleyTerryIntervals(match(7, 8), { baseline: "n" });
    expect(result.ratings.n).toBe(1000);
    expect(result.intervals.n).toBeUndefined();
    expect(result.intervals.m!.lower).toBeCloseTo(1000 + 38.12228295734559, 3);
  });

  it("covers the true gap about as often as it claims in short matches", () => {
    const random = seededRandom(21);
    let covered = 0;
    for (let replication = 0; replication < 300; replication++) {
      const p = eloWinProbability(1200, 1000);
      const wins = Array.from({ length: 12 }, () => random() < p).filter(Boolean).length;
      const gap = bradleyTerryIntervals(match(wins, 12)).differenceInterval("m", "n");
      if (gap.lower <= 200 && 200 <= gap.upper) covered++;
    }
    expect(covered / 300).toBeGreaterThan(0.92);
    expect(covered / 300).toBeLessThan(1);
  });
});
