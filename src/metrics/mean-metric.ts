// A mean as a metric: the average of per-sample values with its interval (see intervals.ts). Values that are all 0 or
// 1 are a rate and get a rate's interval, so a pass/fail score reads the same whichever way it is summarised.

import type { MetricValue } from "../core/metric.ts";
import { meanInterval, valuesByItem, type ItemValue } from "./intervals.ts";
import { rateMetric } from "./rate-metric.ts";

/** `{name, value: mean, n, items, interval}`; no values give a null value and no interval. */
export function meanMetric(name: string, values: readonly ItemValue[]): MetricValue {
  if (values.length === 0) return { name, value: null, n: 0 };
  let sum = 0;
  for (const { value } of values) sum += value;
  const items = valuesByItem(values);
  return { name, value: sum / values.length, n: values.length, items: items.length, interval: meanInterval(items) };
}

/** A mean whose values may all be 0 or 1 (a pass/fail scorer): then it is a rate, with a rate's interval. */
export function scoreMeanMetric(name: string, values: readonly ItemValue[]): MetricValue {
  const binary = values.every(({ value }) => value === 0 || value === 1);
  return binary ? rateMetric(name, values.map(({ itemId, value }) => ({ itemId, hit: value === 1 }))) : meanMetric(name, values);
}
