// The benchmark's headline number with its 95% interval: the one function a benchmark claim's verdict rests on.
// Items are the unit (trials of one item are correlated): a plain accuracy gets the item-level rate interval, a macro
// average (the mean of each subject's or language's accuracy) the stratified one, whose clusters are the items or,
// for a parallel set such as MGSM, the problems asked in every language.

import type { MetricValue } from "../../core/metric.ts";
import type { ScoredSample } from "../../core/task.ts";
import { itemRateInterval } from "../../stats/item-rate-interval.ts";
import { type StratifiedCount, stratifiedRateInterval } from "../../stats/stratified-rate-interval.ts";
import { BENCHMARK_SCORER } from "./benchmark-definition.ts";

export type Headline = "macro_accuracy" | "accuracy";

/** `stratum`: the metadata key of the macro average's terms; `parallelKey`: the one naming a problem asked in every stratum. */
export function benchmarkScore(samples: readonly ScoredSample[], headline: Headline, stratum: string, parallelKey?: string): MetricValue {
  const counts = new Map<string, StratifiedCount>();
  for (const sample of samples) {
    if (sample.status !== "done") continue;
    const value = sample.scores.find((score) => score.scorer === BENCHMARK_SCORER)?.value;
    if (value === null || value === undefined) continue;
    let count = counts.get(sample.itemId);
    if (!count) {
      const metadata = sample.item.metadata;
      const cluster = parallelKey === undefined ? sample.itemId : String(metadata[parallelKey]);
      counts.set(sample.itemId, (count = { stratum: String(metadata[stratum] ?? ""), cluster, successes: 0, trials: 0 }));
    }
    count.trials++;
    if (value === 1) count.successes++;
  }
  const scored = [...counts.values()];
  const n = scored.reduce((sum, count) => sum + count.trials, 0);
  if (n === 0) return { name: headline, value: null, n: 0 };
  const estimate = headline === "accuracy" ? itemRateInterval(scored) : stratifiedRateInterval(scored);
  return { name: headline, value: estimate.value, n, items: scored.length, interval: estimate.interval };
}
