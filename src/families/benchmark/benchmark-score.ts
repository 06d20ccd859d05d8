// The benchmark's headline number with its 95% interval: the one function a benchmark claim's verdict rests on.
// Today the sample is the unit: a Wilson interval for a plain accuracy, and for a macro average (the mean of each
// subject's or language's accuracy) a percentile bootstrap that resamples within each stratum. When item-level
// intervals land (the statistics issue), this function's body is what changes: trials of one item are correlated,
// so the resampling unit becomes the item.

import type { MetricValue } from "../../core/metric.ts";
import { seededRandom } from "../../core/random.ts";
import type { ScoredSample } from "../../core/task.ts";
import { percentileOfSorted } from "../../stats/percentile.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";
import { BENCHMARK_SCORER } from "./benchmark-definition.ts";

export type Headline = "macro_accuracy" | "accuracy";

const RESAMPLES = 2000;
const LEVEL = 0.95;
const SEED = 0x62656e63;

export function benchmarkScore(samples: readonly ScoredSample[], headline: Headline, stratum: string): MetricValue {
  const byStratum = new Map<string, number[]>();
  for (const sample of samples) {
    if (sample.status !== "done") continue;
    const value = sample.scores.find((score) => score.scorer === BENCHMARK_SCORER)?.value;
    if (value === null || value === undefined) continue;
    const key = String(sample.item.metadata[stratum] ?? "");
    let values = byStratum.get(key);
    if (!values) byStratum.set(key, (values = []));
    values.push(value);
  }
  const groups = [...byStratum.values()];
  const n = groups.reduce((sum, values) => sum + values.length, 0);
  if (n === 0) return { name: headline, value: null, n: 0 };
  if (headline === "accuracy") {
    const successes = groups.flat().reduce((sum, value) => sum + value, 0);
    return { name: headline, value: successes / n, n, interval: wilsonInterval(successes, n, LEVEL) };
  }
  return { name: headline, value: macroMean(groups), n, interval: stratifiedBootstrap(groups) };
}

function macroMean(groups: readonly (readonly number[])[]): number {
  return groups.reduce((sum, values) => sum + mean(values), 0) / groups.length;
}

function stratifiedBootstrap(groups: readonly (readonly number[])[]) {
  const random = seededRandom(SEED);
  const means = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) {
    let total = 0;
    for (const values of groups) {
      let sum = 0;
      for (let i = 0; i < values.length; i++) sum += values[Math.floor(random() * values.length)] as number;
      total += sum / values.length;
    }
    means[r] = total / groups.length;
  }
  means.sort();
  const tail = (1 - LEVEL) / 2;
  return { lower: percentileOfSorted(means, tail), upper: percentileOfSorted(means, 1 - tail), level: LEVEL, method: "bootstrap" as const };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
