// How often the "trials that would likely decide it" an inconclusive verdict prints do decide it: the count is planned
// for 80% power at a rate, and the verdict is then read from that many fresh samples (Wilson, independent samples),
// for a claim "≥ 0.8". Planned at the true rate it should decide about four times in five; planned, as verdicts are,
// at the rate a first 30 samples showed, it decides less often the nearer the truth is to the claim.

import { samplesToDecideRate, whollyOnOneSide } from "../../src/stats/samples-to-decide-rate.ts";
import { wilsonInterval } from "../../src/stats/wilson-interval.ts";
import { fixed, formatTable } from "../format-table.ts";
import { binomial, random, type Random } from "./simulated-data.ts";

const RUNS = 2000;
const CLAIM = 0.8;
const FIRST = 30;
const TRUTHS = [0.7, 0.75, 0.78, 0.82, 0.85, 0.9, 0.95];

export function plannedSamples(): string {
  const rng = random(707);
  const rows = TRUTHS.map((truth) => {
    const atTruth = samplesToDecideRate(truth, CLAIM, ">=");
    const fromTruth = atTruth === undefined ? undefined : decidedShare(rng, truth, () => atTruth);
    let planned = 0;
    let decided = 0;
    let sizes = 0;
    for (let run = 0; run < RUNS; run++) {
      const observed = binomial(rng, FIRST, truth) / FIRST;
      if (whollyOnOneSide(...bounds(observed * FIRST, FIRST), CLAIM, ">=")) continue;
      const n = samplesToDecideRate(observed, CLAIM, ">=", FIRST);
      if (n === undefined) continue;
      planned++;
      sizes += n;
      if (decides(rng, truth, n)) decided++;
    }
    return [
      fixed(truth, 2),
      atTruth === undefined ? "-" : String(atTruth),
      fromTruth === undefined ? "-" : fixed(fromTruth, 3),
      fixed(planned / RUNS, 3),
      planned === 0 ? "-" : String(Math.round(sizes / planned)),
      planned === 0 ? "-" : fixed(decided / planned, 3),
    ];
  });
  const header = ["true rate", "planned at it", "decides", "undecided after 30", "planned from them (mean)", "decides"];
  return formatTable(header, rows);
}

function decidedShare(rng: Random, truth: number, size: () => number): number {
  let decided = 0;
  for (let run = 0; run < RUNS; run++) if (decides(rng, truth, size())) decided++;
  return decided / RUNS;
}

function decides(rng: Random, truth: number, n: number): boolean {
  return whollyOnOneSide(...bounds(binomial(rng, n, truth), n), CLAIM, ">=");
}

function bounds(successes: number, n: number): [number, number] {
  const interval = wilsonInterval(Math.round(successes), n);
  return [interval.lower, interval.upper];
}
