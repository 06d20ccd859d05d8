// Effective context length read from simulated sweeps (1k to 64k, each length 10 depth cells × 3 trials = 30
// samples), in both readings: a flat 0.95 model, one that falls from 0.95 to 0.60 past 16k, and a flat 0.40 model.

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
];

export function effectiveLengthRuns(): string {
  const rng = random(505);
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    for (const reading of ["absolute", "relative"] as const) {
      const truth = scenario.truth[reading];
      const reports = new Map<string, number>();
      let exact = 0;
      let upper = 0;
      let consistent = 0;
      for (let run = 0; run < RUNS; run++) {
        const found = sweep(rng, scenario.rate, 3, reading);
        const text = describeEffectiveLength(found, label);
        reports.set(text, (reports.get(text) ?? 0) + 1);
        if (readsExactly(found, truth)) exact++;
        if (upperBoundRight(found, truth)) upper++;
        if (contains(found, truth)) consistent++;
      }
      const common = [...reports].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([text, n]) => `${text} ${fixed(n / RUNS, 2)}`).join("; ");
      rows.push([scenario.name, reading, fixed(exact / RUNS, 3), fixed(upper / RUNS, 3), fixed(consistent / RUNS, 3), common]);
    }
  }
  return formatTable(["model (30 samples a length)", "reading", "exact", "upper bound right", "not contradicted", "commonest reports"], rows);
}

/** Samples per length at which a flat 0.95 model reads "at least 64k" (every length held) in 95% of runs. */
export function samplesForFlatModel(): string {
  const rng = random(506);
  const rows = [3, 6, 10, 15, 20, 30].map((trials) => {
    let held = 0;
    for (let run = 0; run < 400; run++) if (sweep(rng, () => 0.95, trials, "absolute").atLeast === 64 * K) held++;
    return [String(CELLS * trials), fixed(held / 400, 3)];
  });
  return formatTable(["samples a length", "flat 0.95 reads 'at least 64k'"], rows);
}

function sweep(rng: Random, rate: (length: number) => number, trials: number, reading: EffectiveReading): EffectiveLength {
  const accuracies = LENGTHS.map((length) => ({
    length,
    accuracy: itemRateInterval(Array.from({ length: CELLS }, () => ({ successes: binomial(rng, trials, rate(length)), trials }))),
  }));
  return effectiveLength(accuracies, { reading });
}

/** "at least 64k" for a model effective beyond the sweep, the exact length, or none. */
function readsExactly(found: EffectiveLength, truth: number | "none"): boolean {
  if (truth === "none") return found.none;
  if (truth === Infinity) return found.atLeast === LENGTHS.at(-1) && found.atMost === undefined;
  return !found.none && found.atLeast === truth && found.atMost === truth;
}

/** No false upper bound, and the true one found: none below 64k for a model effective beyond it, 16k for the fall. */
function upperBoundRight(found: EffectiveLength, truth: number | "none"): boolean {
  if (truth === "none") return found.none;
  if (truth === Infinity) return !found.none && found.atMost === undefined;
  return !found.none && found.atMost === truth;
}

/** The report's bounds hold the truth: nothing the data said contradicts it. */
function contains(found: EffectiveLength, truth: number | "none"): boolean {
  if (found.none) return truth === "none";
  if (truth === "none") return found.atLeast === undefined;
  return (found.atLeast ?? 0) <= truth && truth <= (found.atMost ?? Infinity);
}
