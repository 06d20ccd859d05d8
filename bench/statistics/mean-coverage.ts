// Coverage of the interval for a mean: the percentile bootstrap the tool used to give against the studentised one it
// gives now (none below 10 values or without spread: "shown" is how often there is one), and items with repeated
// trials (an item effect shared by its trials) with samples as the unit against items.

import { bootstrapMeanInterval } from "../../src/stats/bootstrap-interval.ts";
import { itemMeanInterval } from "../../src/stats/item-mean-interval.ts";
import { percentileOfSorted } from "../../src/stats/percentile.ts";
import { fixed, formatTable } from "../format-table.ts";
import { DISTRIBUTIONS, normal, random, type Random } from "./simulated-data.ts";

const RUNS = 1000;
const RESAMPLES = 999;
const SIZES = [10, 30, 100];

export function meanCoverage(): string {
  const rng = random(202);
  const rows: string[][] = [];
  for (const distribution of DISTRIBUTIONS) {
    for (const n of SIZES) {
      let percentile = 0;
      let studentised = 0;
      let shown = 0;
      for (let run = 0; run < RUNS; run++) {
        const values = Array.from({ length: n }, () => distribution.draw(rng));
        const old = percentileInterval(values, rng);
        if (old.lower <= distribution.mean && distribution.mean <= old.upper) percentile++;
        const interval = bootstrapMeanInterval(values, { resamples: RESAMPLES, seed: run + 1 });
        if (!interval) continue;
        shown++;
        if (interval.lower <= distribution.mean && distribution.mean <= interval.upper) studentised++;
      }
      rows.push([distribution.name, String(n), fixed(percentile / RUNS, 3), shown === 0 ? "-" : fixed(studentised / shown, 3), fixed(shown / RUNS, 2)]);
    }
  }
  return formatTable(["values", "n", "percentile (old)", "studentised (now)", "shown"], rows);
}

/** Exponential values with an item effect: item i's trials share a multiplier exp(0.8·zᵢ); mean of the population 1·e^0.32. */
export function clusteredMeanCoverage(): string {
  const rng = random(203);
  const truth = Math.exp(0.32);
  const rows = [[20, 5], [10, 10], [50, 3]].map(([items, trials]) => {
    let flat = 0;
    let byItem = 0;
    let shownFlat = 0;
    let shownItems = 0;
    for (let run = 0; run < RUNS; run++) {
      const data = Array.from({ length: items! }, () => {
        const effect = Math.exp(0.8 * normal(rng));
        return Array.from({ length: trials! }, () => effect * -Math.log(1 - rng()));
      });
      const naive = bootstrapMeanInterval(data.flat(), { resamples: RESAMPLES, seed: run + 1 });
      const clustered = itemMeanInterval(data, { resamples: RESAMPLES, seed: run + 1 }).interval;
      if (naive) {
        shownFlat++;
        if (naive.lower <= truth && truth <= naive.upper) flat++;
      }
      if (clustered) {
        shownItems++;
        if (clustered.lower <= truth && truth <= clustered.upper) byItem++;
      }
    }
    return [`${items} × ${trials}`, fixed(flat / shownFlat, 3), fixed(byItem / Math.max(1, shownItems), 3), fixed(shownItems / RUNS, 2)];
  });
  return formatTable(["items × trials", "samples as unit", "items as unit (now)", "shown"], rows);
}

function percentileInterval(values: readonly number[], rng: Random): { lower: number; upper: number } {
  const n = values.length;
  const means = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(rng() * n)] as number;
    means[r] = sum / n;
  }
  means.sort();
  return { lower: percentileOfSorted(means, 0.025), upper: percentileOfSorted(means, 0.975) };
}
