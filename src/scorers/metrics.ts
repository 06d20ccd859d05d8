// Metric reducers over the finished samples of one task and target, each with its sample size and interval,
// and groupSamples for breaking them down by an item metadata key.

import type { MetricValue } from "../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../core/task.ts";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";

/** The group name for samples whose item lacks the key (or has it null). */
export const NO_GROUP = "(none)";

/** Mean score of one scorer over done samples it scored; Wilson interval when every value is 0 or 1, else bootstrap. */
export function accuracyMetric(scorerName: string, name = "accuracy"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const values: number[] = [];
      for (const sample of samples) {
        if (sample.status !== "done") continue;
        const value = scoreValue(sample, scorerName);
        if (value !== null) values.push(value);
      }
      const n = values.length;
      if (n === 0) return [{ name, value: null, n: 0 }];
      const sum = values.reduce((a, b) => a + b, 0);
      const binary = values.every((v) => v === 0 || v === 1);
      const interval = binary ? wilsonInterval(sum, n) : bootstrapMeanInterval(values);
      return [{ name, value: sum / n, n, interval }];
    },
  };
}

/** Share of done samples the scorer could not decide (or never scored), with a Wilson interval; the count is value × n. */
export function unscoredMetric(scorerName: string, name = "unscored"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const done = samples.filter((s) => s.status === "done");
      if (done.length === 0) return [{ name, value: null, n: 0 }];
      const count = done.filter((s) => scoreValue(s, scorerName) === null).length;
      return [{ name, value: count / done.length, n: done.length, interval: wilsonInterval(count, done.length) }];
    },
  };
}

/** Share of done samples the scorer gave `label` among those it scored (unscored left out), with a Wilson interval. */
export function labelShareMetric(scorerName: string, label: string, name: string): MetricReducer {
  return {
    name,
    reduce(samples) {
      const labels = samples.flatMap((sample) => {
        const score = sample.status === "done" ? sample.scores.find((s) => s.scorer === scorerName) : undefined;
        return score === undefined || score.value === null ? [] : [score.label];
      });
      if (labels.length === 0) return [{ name, value: null, n: 0 }];
      const hits = labels.filter((l) => l === label).length;
      return [{ name, value: hits / labels.length, n: labels.length, interval: wilsonInterval(hits, labels.length) }];
    },
  };
}

/** Share of samples that ended in an error rather than a response. */
export function errorRateMetric(name = "error_rate"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const n = samples.length;
      if (n === 0) return [{ name, value: null, n: 0 }];
      const errors = samples.filter((s) => s.status === "error").length;
      return [{ name, value: errors / n, n, interval: wilsonInterval(errors, n) }];
    },
  };
}

/** Samples by the string form of an item metadata value, in order of first appearance; missing or null → "(none)". */
export function groupSamples(samples: readonly ScoredSample[], key: string): Map<string, ScoredSample[]> {
  const groups = new Map<string, ScoredSample[]>();
  for (const sample of samples) {
    const value = sample.item.metadata[key];
    const group = value === undefined || value === null ? NO_GROUP : String(value);
    const members = groups.get(group);
    if (members) members.push(sample);
    else groups.set(group, [sample]);
  }
  return groups;
}

function scoreValue(sample: ScoredSample, scorerName: string): number | null {
  return sample.scores.find((s) => s.scorer === scorerName)?.value ?? null;
}
