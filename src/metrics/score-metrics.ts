// Metric reducers over one scorer's scores on the finished samples of one task and target: what scorers declare as
// their default metrics (accuracy, the unscored share, label shares) and the error rate every task can add.

import type { MetricReducer, ScoredSample } from "../core/task.ts";
import { scoreMeanMetric } from "./mean-metric.ts";
import { rateMetric } from "./rate-metric.ts";

/** What a scorer that compares answers with expected ones is summarised by: its accuracy and its unscored share. */
export function answerMetrics(scorerName: string): MetricReducer[] {
  return [accuracyMetric(scorerName), unscoredMetric(scorerName)];
}

/** Mean score of one scorer over done samples it scored; a rate's interval when every value is 0 or 1, else a mean's. */
export function accuracyMetric(scorerName: string, name = "accuracy"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const values = samples.flatMap((sample) => {
        const value = sample.status === "done" ? scoreValue(sample, scorerName) : null;
        return value === null ? [] : [{ itemId: sample.itemId, value }];
      });
      return [scoreMeanMetric(name, values)];
    },
  };
}

/** Share of done samples the scorer could not decide (or never scored); the count is value × n. */
export function unscoredMetric(scorerName: string, name = "unscored"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const done = samples.filter((s) => s.status === "done");
      return [rateMetric(name, done.map((s) => ({ itemId: s.itemId, hit: scoreValue(s, scorerName) === null })))];
    },
  };
}

/** Share of done samples the scorer gave `label` among those it scored (unscored left out). */
export function labelShareMetric(scorerName: string, label: string, name: string): MetricReducer {
  return {
    name,
    reduce(samples) {
      const outcomes = samples.flatMap((sample) => {
        const score = sample.status === "done" ? sample.scores.find((s) => s.scorer === scorerName) : undefined;
        return score === undefined || score.value === null ? [] : [{ itemId: sample.itemId, hit: score.label === label }];
      });
      return [rateMetric(name, outcomes)];
    },
  };
}

/** Share of samples that ended in an error rather than a response. */
export function errorRateMetric(name = "error_rate"): MetricReducer {
  return {
    name,
    reduce(samples) {
      return [rateMetric(name, samples.map((s) => ({ itemId: s.itemId, hit: s.status === "error" })))];
    },
  };
}

function scoreValue(sample: ScoredSample, scorerName: string): number | null {
  return sample.scores.find((s) => s.scorer === scorerName)?.value ?? null;
}
