// Effective context length read from simulated sweeps (1k to 64k, each length 10 depth cells × 3 trials = 30
// samples), in both readings: a flat 0.95 model, one that falls from 0.95 to 0.60 past 16k, a flat 0.40 model, and
// the wrong-side checks: a flat 0.80 model (under the absolute bar everywhere), and falls to 0.80, just under it.

import { describeEffectiveLength, type EffectiveLength, effectiveLength, type EffectiveReading } from "../../src/stats/effective-length.ts";
import { itemRateInterval } from "../../src/stats/item-rate-interval.ts";
import { fixed, formatTable } from "../format-table.ts";
import { binomial, random, type Random } from "./simulated-data.ts";

const RUNS = 1000;
const K = 1024;
const LENGTHS = [1, 2, 4, 8, 16, 32, 64].map((l) => l * K);
const CELLS = 10;
const label = (tokens: number) => `${tokens / K}k`;

/** The truth each scenario's report should contain: an effective length (Infinity: beyond the longest tested), or none. */
interface Scenario {
  name: string;
  rate: (length: number) => number;
  truth: Record<EffectiveReading, number | "none">;
}

const SCENARIOS: Scenario[] = [
  { name: "flat 0.95", rate: () => 0.95, truth: { absolute: Infinity, relative: Infinity } },
  { name: "0.95, 0.60 past 16k", rate: (length) => (length <= 16 * K ? 0.95 : 0.6), truth: { absolute: 16 * K, relative: 16 * K } },
  { name: "flat 0.40", rate: () => 0.4, truth: { absolute: "none", relative: Infinity } },
  { name: "flat 0.80", rate: () => 0.8, truth: { absolute: "none", relative: Infinity } },
  // 0.80 is under 0.85 × 0.95 too, so both readings end at 16k (and at 32k below).
  { name: "0.95, 0.80 past 16k", rate: (length) => (length <= 16 * K ? 0.95 : 0.8), truth: { absolute: 16 * K, relative: 16 * K } },
  { name: "0.97 falling 0.04 a length", rate: (length) => 0.97 - 0.04 * Math.log2(length / K), truth: { absolute: 8 * K, relative: 8 * K } },
  { name: "0.95, 0.80 at 64k", rate: (length) => (length < 64 * K ? 0.95 : 0.8), truth: { absolute: 32 * K, relative: 32 * K } },
];

export function effectiveLengthRuns(): string {
  const rng = random(505);
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    for (const reading of ["absolute", "relative"] as const) {
      const truth = scenario.truth[reading];
      const reports = new Map<string, number>();
      let right = 0;
      let beyond = 0;
      let consistent = 0;
      for (let run = 0; run < RUNS; run++) {
        const found = sweep(rng, scenario.rate, 3, reading);
        const text = describeEffectiveLength(found, label);
        reports.set(text, (reports.get(text) ?? 0) + 1);
        if (readsRight(found, truth)) right++;
        if (pastTruth(found, truth)) beyond++;
        if (contains(found, truth)) consistent++;
      }
      const common = [...reports].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([text, n]) => `${text} ${fixed(n / RUNS, 2)}`).join("; ");
      rows.push([scenario.name, reading, describeTruth(truth), fixed(right / RUNS, 3), fixed(consistent / RUNS, 3), fixed(beyond / RUNS, 3), common]);
    }
  }
  return formatTable(["model (30 samples a length)", "reading", "truth", "reads it", "not contradicted", "held past it", "commonest reports"], rows);
}

/**
 * How the samples per length move the trade: a flat 0.95 model read "at least 64k", and a model at 0.95 that falls to
 * 0.80 only at 64k read effective to 64k (the wrong side), absolute reading, 400 sweeps each.
 */
export function samplesForFlatModel(): string {
  const rng = random(506);
  const rows = [1, 2, 3, 5, 10, 20].map((trials) => {
    let held = 0;
    let wrong = 0;
    for (let run = 0; run < 400; run++) {
      if (sweep(rng, () => 0.95, trials, "absolute").atLeast === 64 * K) held++;
      if (sweep(rng, (length) => (length < 64 * K ? 0.95 : 0.8), trials, "absolute").atLeast === 64 * K) wrong++;
    }
    return [String(CELLS * trials), fixed(held / 400, 3), fixed(wrong / 400, 3)];
  });
  return formatTable(["samples a length", "flat 0.95 reads 'at least 64k'", "0.80 at 64k read as effective to 64k"], rows);
}

function sweep(rng: Random, rate: (length: number) => number, trials: number, reading: EffectiveReading): EffectiveLength {
  const accuracies = LENGTHS.map((length) => ({
    length,
    accuracy: itemRateInterval(Array.from({ length: CELLS }, () => ({ successes: binomial(rng, trials, rate(length)), trials }))),
  }));
  return effectiveLength(accuracies, { reading });
}

/** What the acceptance asks: "at least 64k" beyond the sweep; none; the length, or "at least" the one before and "at most" it. */
function readsRight(found: EffectiveLength, truth: number | "none"): boolean {
  if (truth === "none") return found.none;
  if (truth === Infinity) return found.atLeast === LENGTHS.at(-1);
  const before = LENGTHS[LENGTHS.indexOf(truth) - 1];
  return !found.none && found.atMost === truth && (found.atLeast === truth || found.atLeast === before);
}

/** Read as effective further than it is: the wrong side. */
function pastTruth(found: EffectiveLength, truth: number | "none"): boolean {
  if (found.atLeast === undefined) return false;
  return truth === "none" || found.atLeast > truth;
}

/** The report's bounds hold the truth: nothing the data said contradicts it. */
function contains(found: EffectiveLength, truth: number | "none"): boolean {
  if (found.none) return truth === "none";
  if (truth === "none") return found.atLeast === undefined;
  return (found.atLeast ?? 0) <= truth && truth <= (found.atMost ?? Infinity);
}

function describeTruth(truth: number | "none"): string {
  return truth === "none" ? "none" : truth === Infinity ? `≥ ${label(LENGTHS.at(-1)!)}` : label(truth);
}
