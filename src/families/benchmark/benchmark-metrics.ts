// What a benchmark run reports: the headline score (the claim's metric), plain accuracy, accuracy per subject or
// language, the share of answers naming no answer, the unscored share, and for parallel sets (MGSM) the
// cross-language flip rate of the riddles family.

import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import { flipRateMetric } from "../../scorers/flip-rate.ts";
import { groupSamples } from "../../metrics/group-samples.ts";
import { accuracyMetric, unscoredMetric } from "../../metrics/score-metrics.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";
import { BENCHMARK_SCORER, type BenchmarkDefinition } from "./benchmark-definition.ts";
import { benchmarkScore } from "./benchmark-score.ts";
import { NO_ANSWER } from "./choice-scorer.ts";

export function benchmarkMetrics(definition: BenchmarkDefinition, strata: readonly string[]): MetricReducer[] {
  const metrics: MetricReducer[] = [
    { name: definition.headline, reduce: (samples) => [benchmarkScore(samples, definition.headline, definition.stratum, definition.parallelKey)] },
  ];
  if (definition.headline !== "accuracy") metrics.push(accuracyMetric(BENCHMARK_SCORER));
  metrics.push(accuracyByStratum(definition.stratum, strata), noAnswerRate(), unscoredMetric(BENCHMARK_SCORER));
  const parallel = definition.parallelKey;
  if (parallel) {
    metrics.push(flipRateMetric({ scorer: BENCHMARK_SCORER, unitOf: (sample) => `${String(sample.item.metadata[parallel])}\u0000${sample.trial}` }));
  }
  return metrics;
}

/** `accuracy[law]`, `accuracy[es]`: in the order the strata were asked. */
function accuracyByStratum(stratum: string, strata: readonly string[]): MetricReducer {
  return {
    name: `accuracy_by_${stratum}`,
    reduce(samples) {
      const groups = groupSamples(samples, stratum);
      return strata.flatMap((value) => accuracyMetric(BENCHMARK_SCORER, `accuracy[${value}]`).reduce(groups.get(value) ?? []));
    },
  };
}

/** Share of answered samples that named no option, number or final answer (each also counts as wrong). */
function noAnswerRate(name = "no_answer_rate"): MetricReducer {
  return {
    name,
    reduce(samples: readonly ScoredSample[]) {
      const done = samples.filter((sample) => sample.status === "done");
      if (done.length === 0) return [{ name, value: null, n: 0 }];
      const count = done.filter((sample) => sample.scores.some((score) => score.scorer === BENCHMARK_SCORER && score.label === NO_ANSWER)).length;
      return [{ name, value: count / done.length, n: done.length, interval: wilsonInterval(count, done.length) }];
    },
  };
}
