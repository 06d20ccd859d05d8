// Style metrics for every task: per target, the mean of each style measure over responses with a bootstrap
// interval, and rates (periodic tails, answers in another language) with Wilson intervals.

import type { MetricValue } from "../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../core/task.ts";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { sampleStyleProfile } from "./sample-style-profile.ts";
import { STYLE_MEASURES, type StyleMeasure } from "./style-measures.ts";

/** One measure over the done samples with a response (and, for language mismatch, an item language to hold it to). */
export function styleMetric(measure: StyleMeasure): MetricReducer {
  return {
    name: measure.name,
    reduce(samples: readonly ScoredSample[]): MetricValue[] {
      const values: number[] = [];
      for (const sample of samples) {
        const profile = sampleStyleProfile(sample);
        const value = profile && measure.value(profile);
        if (value !== undefined) values.push(value);
      }
      const n = values.length;
      if (n === 0) return [{ name: measure.name, value: null, n: 0 }];
      const sum = values.reduce((a, b) => a + b, 0);
      const interval = measure.kind === "rate" ? wilsonInterval(sum, n) : bootstrapMeanInterval(values);
      return [{ name: measure.name, value: sum / n, n, interval }];
    },
  };
}

export const STYLE_METRICS: MetricReducer[] = STYLE_MEASURES.map(styleMetric);
