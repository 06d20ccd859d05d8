// Coverage of a task's accuracy interval when trials repeat items of different difficulty (half the items pass 95% of
// the time, half 45%: true accuracy 0.70), samples counted as independent (plain Wilson) against items as the unit.

import { itemRateInterval } from "../../src/stats/item-rate-interval.ts";
import { wilsonInterval } from "../../src/stats/wilson-interval.ts";
import { fixed, formatTable } from "../format-table.ts";
import { binomial, random } from "./simulated-data.ts";

const RUNS = 4000;
const DESIGNS: [number, number][] = [[20, 5], [10, 10], [50, 3], [5, 10], [30, 30], [100, 1]];

export function rateCoverage(): string {
  const rng = random(101);
  const rows = DESIGNS.map(([items, trials]) => {
    let pooled = 0;
    let itemLevel = 0;
    let widthPooled = 0;
    let widthItems = 0;
    for (let run = 0; run < RUNS; run++) {
      const counts = Array.from({ length: items }, () => ({ successes: binomial(rng, trials, rng() < 0.5 ? 0.95 : 0.45), trials }));
      const successes = counts.reduce((sum, c) => sum + c.successes, 0);
      const plain = wilsonInterval(successes, items * trials);
      const clustered = itemRateInterval(counts).interval;
      if (plain.lower <= 0.7 && 0.7 <= plain.upper) pooled++;
      if (clustered.lower <= 0.7 && 0.7 <= clustered.upper) itemLevel++;
      widthPooled += plain.upper - plain.lower;
      widthItems += clustered.upper - clustered.lower;
    }
    return [`${items} × ${trials}`, fixed(pooled / RUNS, 3), fixed(itemLevel / RUNS, 3), fixed(widthPooled / RUNS, 3), fixed(widthItems / RUNS, 3)];
  });
  return formatTable(["items × trials", "Wilson on samples", "item-level", "width (samples)", "width (items)"], rows);
}
