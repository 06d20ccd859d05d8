// One accuracy per story length ("culprit_accuracy@4000"), so a sweep reads as a curve straight from the metrics.

import type { MetricReducer } from "../../core/task.ts";
import { groupSamples } from "../../metrics/group-samples.ts";
import { accuracyMetric } from "../../metrics/score-metrics.ts";

export function accuracyByLengthMetric(scorerName: string, name: string): MetricReducer {
  return {
    name: `${name}_by_length`,
    reduce(samples) {
      const groups = [...groupSamples(samples, "length")].sort(([a], [b]) => Number(a) - Number(b));
      return groups.flatMap(([length, group]) => accuracyMetric(scorerName, `${name}@${length}`).reduce(group));
    },
  };
}
