// Bradley-Terry intervals on short matches: two models 400 rating points apart playing 8 games (the stronger wins 10
// games in 11, so about half the matches are 8-0), and a four-model round robin of 8 games a pair. Coverage of the
// true gap, and how many intervals have zero width (the percentile bootstrap gave [837, 837] for a 3-0 sweep).

import { bradleyTerryIntervals, type PairwiseOutcome } from "../../src/stats/bradley-terry.ts";
import { eloWinProbability } from "../../src/stats/elo-ratings.ts";
import { fixed, formatTable } from "../format-table.ts";
import { random, type Random } from "./simulated-data.ts";

export function bradleyTerryRuns(): string {
  const rng = random(606);
  const rows = [
    coverage(rng, "2 models, 400 apart, 8 games", { m: 1400, n: 1000 }, 8, 2000),
    coverage(rng, "2 models, 400 apart, 3 games", { m: 1400, n: 1000 }, 3, 2000),
    coverage(rng, "4 models (0/150/300/450), 8 games a pair", { a: 1000, b: 1150, c: 1300, d: 1450 }, 8, 300),
  ];
  return formatTable(["matches", "gap coverage", "rating coverage", "open-ended", "zero-width"], rows);
}

function coverage(rng: Random, label: string, truth: Record<string, number>, games: number, runs: number): string[] {
  const models = Object.keys(truth);
  const mean = models.reduce((sum, m) => sum + (truth[m] as number), 0) / models.length;
  let gaps = 0;
  let gapsCovered = 0;
  let ratings = 0;
  let ratingsCovered = 0;
  let open = 0;
  let zeroWidth = 0;
  for (let run = 0; run < runs; run++) {
    const outcomes: PairwiseOutcome[] = [];
    for (const [i, a] of models.entries()) {
      for (const b of models.slice(i + 1)) {
        const p = eloWinProbability(truth[a] as number, truth[b] as number);
        for (let g = 0; g < games; g++) outcomes.push({ a, b, winner: rng() < p ? "a" : "b" });
      }
    }
    const result = bradleyTerryIntervals(outcomes);
    for (const [i, a] of models.entries()) {
      const rating = result.intervals[a]!;
      ratings++;
      if (rating.lower <= 1000 + (truth[a] as number) - mean && 1000 + (truth[a] as number) - mean <= rating.upper) ratingsCovered++;
      if (!(rating.upper > rating.lower)) zeroWidth++;
      for (const b of models.slice(i + 1)) {
        const gap = result.differenceInterval(a, b);
        const trueGap = (truth[a] as number) - (truth[b] as number);
        gaps++;
        if (gap.lower <= trueGap && trueGap <= gap.upper) gapsCovered++;
        if (!(gap.upper > gap.lower)) zeroWidth++;
        if (!Number.isFinite(gap.lower) || !Number.isFinite(gap.upper)) open++;
      }
    }
  }
  return [label, fixed(gapsCovered / gaps, 3), fixed(ratingsCovered / ratings, 3), fixed(open / gaps, 3), String(zeroWidth)];
}
