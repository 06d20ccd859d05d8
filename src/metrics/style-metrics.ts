// Style metrics for every task: per target, the mean of each style measure over responses, and rates (periodic
// tails, answers in another language) as rates, each with its interval.

import type { MetricValue } from "../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../core/task.ts";
import { sampleStyleProfile } from "../style/sample-style-profile.ts";
import { STYLE_MEASURES, type StyleMeasure } from "../style/style-measures.ts";
import type { ItemValue } from "./intervals.ts";
import { meanMetric } from "./mean-metric.ts";
import { rateMetric } from "./rate-metric.ts";

/** One measure over the done samples with a response (and, for language mismatch, an item language to hold it to). */
export function styleMetric(measure: StyleMeasure): MetricReducer {
  return {
    name: measure.name,
    reduce(samples: readonly ScoredSample[]): MetricValue[] {
      return [styleMeasureMetric(measure, styleValues(samples, measure))];
    },
  };
}

/** A measure's metric from its values: a rate for 0/1 measures, a mean for the rest. */
export function styleMeasureMetric(measure: Pick<StyleMeasure, "name" | "kind">, values: readonly ItemValue[]): MetricValue {
  return measure.kind === "rate" ? rateMetric(measure.name, values.map(({ itemId, value }) => ({ itemId, hit: value === 1 }))) : meanMetric(measure.name, values);
}

/** The measure's value for each sample that has one, with the sample's item. */
export function styleValues(samples: readonly ScoredSample[], measure: StyleMeasure): ItemValue[] {
  const values: ItemValue[] = [];
  for (const sample of samples) {
    const profile = sampleStyleProfile(sample);
    const value = profile && measure.value(profile);
    if (value !== undefined) values.push({ itemId: sample.itemId, value });
  }
  return values;
}

export const STYLE_METRICS: MetricReducer[] = STYLE_MEASURES.map(styleMetric);
