// Two identical hosts answering the same items several times, their answers correlated within items (a shared item
// difficulty, and half the time an item answered the same way on every trial): how often McNemar's test calls them
// different when trial pairs are counted as independent, and when items are the unit.

import { itemMcNemarTest } from "../../src/stats/item-mcnemar-test.ts";
import { mcnemarTest } from "../../src/stats/mcnemar.ts";
import { fixed, formatTable } from "../format-table.ts";
import { itemOutcomes, logitShiftForMean, normal, random, sigmoid } from "./simulated-data.ts";

const RUNS = 2000;

export function mcnemarFalsePositives(): string {
  const rng = random(303);
  const rows = [[100, 5, 0.5], [100, 5, 0], [100, 1, 0], [300, 3, 0.5]].map(([items, trials, sticky]) => {
    const shift = logitShiftForMean(0.7, 1.5);
    const hits = { samples01: 0, samples05: 0, items01: 0, items05: 0 };
    for (let run = 0; run < RUNS; run++) {
      let b = 0;
      let c = 0;
      const paired = [];
      for (let i = 0; i < items!; i++) {
        const p = sigmoid(shift + 1.5 * normal(rng));
        const a = itemOutcomes(rng, p, trials!, sticky!);
        const other = itemOutcomes(rng, p, trials!, sticky!);
        a.forEach((x, t) => {
          if (x && !other[t]) b++;
          if (!x && other[t]) c++;
        });
        paired.push({ a: a.filter(Boolean).length, b: other.filter(Boolean).length, trials: trials! });
      }
      const samples = mcnemarTest(b, c).pValue;
      const byItem = itemMcNemarTest(paired).pValue;
      if (samples < 0.01) hits.samples01++;
      if (samples < 0.05) hits.samples05++;
      if (byItem < 0.01) hits.items01++;
      if (byItem < 0.05) hits.items05++;
    }
    return [`${items} × ${trials}`, fixed(sticky!, 1), fixed(hits.samples01 / RUNS, 3), fixed(hits.items01 / RUNS, 3), fixed(hits.samples05 / RUNS, 3), fixed(hits.items05 / RUNS, 3)];
  });
  return formatTable(["items × trials", "repeat share", "samples p<0.01", "items p<0.01", "samples p<0.05", "items p<0.05"], rows);
}
