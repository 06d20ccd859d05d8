// Coverage of a benchmark's macro average (the mean of its subjects' or languages' accuracies): MMLU-Pro's 14 subjects
// at their real sizes, subsets drawn in proportion, and MGSM's problems asked in 11 languages (a problem's difficulty
// shared by every language). The sample-level bootstrap within subjects, which the benchmark family used first,
// against the item-level stratified interval it uses now.

import type { StratifiedCount } from "../../src/stats/stratified-rate-interval.ts";
import { stratifiedRateInterval } from "../../src/stats/stratified-rate-interval.ts";
import { percentileOfSorted } from "../../src/stats/percentile.ts";
import { fixed, formatTable } from "../format-table.ts";
import { binomial, normal, random, type Random, sigmoid } from "./simulated-data.ts";

const RUNS = 1000;
const RESAMPLES = 400;
const MMLU_PRO_SUBJECTS = [717, 789, 1132, 410, 844, 969, 818, 381, 1101, 1351, 924, 499, 1299, 798];
/** Subject s's items pass with σ(logit(0.45 + 0.5·s/13) + spread·u), u ~ N(0, 1): harder and easier questions. */
const DESIGNS: { label: string; limit?: number; problems?: number; trials: number; spread: number }[] = [
  { label: "MMLU-Pro --limit 14, 1 trial", limit: 14, trials: 1, spread: 0 },
  { label: "MMLU-Pro --limit 50, 1 trial", limit: 50, trials: 1, spread: 0 },
  { label: "MMLU-Pro --limit 300, 1 trial", limit: 300, trials: 1, spread: 0 },
  { label: "MMLU-Pro --limit 1000, 1 trial", limit: 1000, trials: 1, spread: 0 },
  { label: "MMLU-Pro --limit 100, 3 trials, items vary", limit: 100, trials: 3, spread: 1.5 },
  { label: "MGSM 10 problems × 11 languages, 1 trial", problems: 10, trials: 1, spread: 1.2 },
  { label: "MGSM 50 problems × 11 languages, 1 trial", problems: 50, trials: 1, spread: 1.2 },
  { label: "MGSM 25 problems × 11 languages, 3 trials", problems: 25, trials: 3, spread: 1.2 },
];

export function macroRateCoverage(): string {
  const rng = random(181);
  const rows = DESIGNS.map((design) => {
    const truth = design.problems === undefined ? mmluTruth(design.spread) : mgsmTruth(design.spread);
    const tally = { old: 0, item: 0, oldWidth: 0, itemWidth: 0 };
    for (let run = 0; run < RUNS; run++) {
      const counts = design.problems === undefined ? mmluRun(rng, design.limit as number, design.trials, design.spread) : mgsmRun(rng, design.problems, design.trials, design.spread);
      const old = sampleBootstrap(rng, counts);
      const item = stratifiedRateInterval(counts).interval;
      if (old.lower <= truth && truth <= old.upper) tally.old++;
      if (item.lower <= truth && truth <= item.upper) tally.item++;
      tally.oldWidth += old.upper - old.lower;
      tally.itemWidth += item.upper - item.lower;
    }
    return [design.label, fixed(tally.old / RUNS, 3), fixed(tally.item / RUNS, 3), fixed(tally.oldWidth / RUNS, 3), fixed(tally.itemWidth / RUNS, 3)];
  });
  return formatTable(["design", "bootstrap on samples", "item-level", "width (samples)", "width (items)"], rows);
}

function subjectLogit(s: number): number {
  const p = 0.45 + (0.5 * s) / 13;
  return Math.log(p / (1 - p));
}

function mmluRun(rng: Random, limit: number, trials: number, spread: number): StratifiedCount[] {
  const total = MMLU_PRO_SUBJECTS.reduce((a, b) => a + b, 0);
  return MMLU_PRO_SUBJECTS.flatMap((size, s) =>
    Array.from({ length: Math.max(1, Math.round((limit * size) / total)) }, (_, i) => ({
      stratum: `s${s}`,
      cluster: `s${s}-${i}`,
      successes: binomial(rng, trials, sigmoid(subjectLogit(s) + spread * normal(rng))),
      trials,
    })),
  );
}

/** Problem i passes in language l with σ(1 + spread·uᵢ − 0.5 + 0.1·l): one difficulty for every language. */
function mgsmRun(rng: Random, problems: number, trials: number, spread: number): StratifiedCount[] {
  return Array.from({ length: problems }, (_, i) => {
    const difficulty = 1 + spread * normal(rng);
    return Array.from({ length: 11 }, (_, l) => ({ stratum: `l${l}`, cluster: `p${i}`, successes: binomial(rng, trials, sigmoid(difficulty - 0.5 + 0.1 * l)), trials }));
  }).flat();
}

/** The mean over strata of E[σ(shift + spread·u)], by quadrature. */
function mmluTruth(spread: number): number {
  return MMLU_PRO_SUBJECTS.reduce((sum, _, s) => sum + expectedPass(subjectLogit(s), spread), 0) / MMLU_PRO_SUBJECTS.length;
}

function mgsmTruth(spread: number): number {
  return Array.from({ length: 11 }, (_, l) => expectedPass(0.5 + 0.1 * l, spread)).reduce((a, b) => a + b, 0) / 11;
}

function expectedPass(shift: number, spread: number): number {
  if (spread === 0) return sigmoid(shift);
  const nodes = Array.from({ length: 401 }, (_, i) => -8 + (16 * i) / 400);
  const weights = nodes.map((z) => Math.exp((-z * z) / 2));
  const total = weights.reduce((a, b) => a + b, 0);
  return nodes.reduce((sum, z, i) => sum + (weights[i] as number) * sigmoid(shift + spread * z), 0) / total;
}

/** The first rule: samples resampled within each stratum, the macro mean's 2.5th and 97.5th percentiles. */
function sampleBootstrap(rng: Random, counts: readonly StratifiedCount[]): { lower: number; upper: number } {
  const strata = new Map<string, number[]>();
  for (const { stratum, successes, trials } of counts) {
    const values = strata.get(stratum) ?? [];
    for (let t = 0; t < trials; t++) values.push(t < successes ? 1 : 0);
    strata.set(stratum, values);
  }
  const groups = [...strata.values()];
  const means = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) {
    let total = 0;
    for (const values of groups) {
      let sum = 0;
      for (let i = 0; i < values.length; i++) sum += values[Math.floor(rng() * values.length)] as number;
      total += sum / values.length;
    }
    means[r] = total / groups.length;
  }
  means.sort();
  return { lower: percentileOfSorted(means, 0.025), upper: percentileOfSorted(means, 0.975) };
}
