// How two deployments differ in style (the same model on two hosts, an arena build against the released weights):
// for each style measure, the difference of means with a bootstrap interval, flagged when the interval excludes 0.

import type { Interval } from "../core/metric.ts";
import type { BootstrapOptions } from "../stats/bootstrap-interval.ts";
import { meanDifferenceInterval } from "../stats/mean-difference-interval.ts";
import { STYLE_MEASURES, type StyleMeasure } from "./style-measures.ts";
import type { StyleProfile } from "./style-profile.ts";

export interface StyleDeltaRow {
  /** The measure's metric name, e.g. "style:emoji_per_1k". */
  name: string;
  kind: StyleMeasure["kind"];
  meanA: number | null;
  nA: number;
  meanB: number | null;
  nB: number;
  /** meanB - meanA; null when either side has no response the measure applies to. */
  difference: number | null;
  interval?: Interval;
  /** True when the interval lies wholly above or below 0. */
  differs: boolean;
}

/** One row per style measure, comparing responses `a` (the reference deployment) with `b`. */
export function styleDelta(a: readonly StyleProfile[], b: readonly StyleProfile[], options: BootstrapOptions = {}): StyleDeltaRow[] {
  return STYLE_MEASURES.map((measure) => {
    const valuesA = valuesOf(measure, a);
    const valuesB = valuesOf(measure, b);
    const meanA = meanOf(valuesA);
    const meanB = meanOf(valuesB);
    const row = { name: measure.name, kind: measure.kind, meanA, nA: valuesA.length, meanB, nB: valuesB.length };
    if (meanA === null || meanB === null) return { ...row, difference: null, differs: false };
    const interval = meanDifferenceInterval(valuesA, valuesB, options);
    return { ...row, difference: meanB - meanA, interval, differs: interval.lower > 0 || interval.upper < 0 };
  });
}

function valuesOf(measure: StyleMeasure, profiles: readonly StyleProfile[]): number[] {
  const values: number[] = [];
  for (const profile of profiles) {
    const value = measure.value(profile);
    if (value !== undefined) values.push(value);
  }
  return values;
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((x, y) => x + y, 0) / values.length;
}
