// The difference of a measure between two targets on the same items (A − B), with each item reduced to the difference
// of its two sides' means first, so an item answered ten times weighs as one. The p-value is the paired t-test over
// items: if the targets behave the same, each item's difference is symmetric about 0, where the t-test holds its level
// (and errs conservative when the differences are heavy-tailed). The interval is the studentised bootstrap's.

import type { Interval } from "../core/metric.ts";
import { bootstrapMeanInterval, type BootstrapOptions } from "./bootstrap-interval.ts";
import { studentTTwoSided } from "./student-t.ts";

export interface PairedItemDifference {
  /** Mean over items of (item mean of A − item mean of B). */
  difference: number;
  /** Undefined below the minimum number of items, or when every item's difference is the same. */
  interval?: Interval;
  pValue: number;
  items: number;
}

export function pairedItemDifference(differences: readonly number[], options: BootstrapOptions = {}): PairedItemDifference {
  const k = differences.length;
  if (k === 0) throw new RangeError("pairedItemDifference: no items");
  if (!differences.every(Number.isFinite)) throw new RangeError("pairedItemDifference: differences must be finite");
  const difference = differences.reduce((a, b) => a + b, 0) / k;
  if (k < 2) return { difference, pValue: 1, items: k };
  const variance = differences.reduce((sum, d) => sum + (d - difference) ** 2, 0) / (k - 1);
  const spread = Math.sqrt(variance / k);
  // Every item moved by the same amount: no spread to test against; a shift of 0 is no evidence, any other is decisive.
  const pValue = spread > 1e-12 * Math.abs(difference) ? studentTTwoSided(difference / spread, k - 1) : difference === 0 ? 1 : 0;
  return { difference, interval: bootstrapMeanInterval(differences, options), pValue, items: k };
}
