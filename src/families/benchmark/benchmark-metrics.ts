// What a benchmark run reports: the headline score (the claim's metric), plain accuracy, accuracy per subject or
// language, the share of answers naming no answer, the unscored share, and for parallel sets (MGSM) the
// cross-language flip rate of the riddles family.

import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import { flipRateMetric } from "../../metrics/flip-rate.ts";
import { groupSamples } from "../../metrics/group-samples.ts";
import { accuracyMetric, unscoredMetric } from "../../metrics/score-metrics.ts";
import { rateMetric } from "../../metrics/rate-metric.ts";
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
    const problem = (sample: ScoredSample) => String(sample.item.metadata[parallel]);
    metrics.push(flipRateMetric({ scorer: BENCHMARK_SCORER, unitOf: (sample) => `${problem(sample)}\u0000${sample.trial}`, itemOf: problem }));
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
      return [rateMetric(name, done.map((sample) => ({ itemId: sample.itemId, hit: sample.scores.some((score) => score.scorer === BENCHMARK_SCORER && score.label === NO_ANSWER) })))];
    },
  };
}
