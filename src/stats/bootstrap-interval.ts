// Interval for the mean of independent values: the studentised bootstrap of item-mean-interval.ts with one value per
// item. Undefined below MIN_MEAN_ITEMS values or when the values do not vary (see there why).

import type { Interval } from "../core/metric.ts";
import { type MeanIntervalOptions, studentisedInterval } from "./item-mean-interval.ts";

export type BootstrapOptions = MeanIntervalOptions;

export function bootstrapMeanInterval(values: readonly number[], options: BootstrapOptions = {}): Interval | undefined {
  if (values.length === 0) throw new RangeError("bootstrapMeanInterval: no values");
  if (!values.every(Number.isFinite)) throw new RangeError("bootstrapMeanInterval: values must be finite");
  return studentisedInterval(values, values.map(() => 1), options).interval;
}
