// The tests behind a deployment comparison, from per-item data of one task: accuracy by the item-level McNemar test
// (the task's pre-declared primary test), error and refusal rates by the same test, and each style measure by the
// paired difference of its item means. Every difference reads A − B; items, not samples, are the unit throughout.

import type { Interval } from "../core/metric.ts";
import { itemMcNemarTest, type PairedItem } from "../stats/item-mcnemar-test.ts";
import { studentisedInterval } from "../stats/item-mean-interval.ts";
import type { BootstrapOptions } from "../stats/bootstrap-interval.ts";
import { pairedItemDifference } from "../stats/paired-item-difference.ts";

export interface TestedDifference {
  /** "accuracy", "error rate", "refusal rate", or a style metric's name. */
  name: string;
  /** Each side's rate or mean over the compared items; null when no item has the measure on both sides. */
  a: number | null;
  b: number | null;
  /** A − B. */
  difference: number | null;
  /** For A − B, over items; absent when too few items, or no spread, give one. */
  interval?: Interval;
  /** The item-level test's p-value (1 when nothing could be tested). */
  pValue: number;
  items: number;
}

export interface PairedItemData {
  /** Per item: passes of each side over the item's scored paired trials. */
  accuracy: PairedItem[];
  /** Per item: errors of each side over every paired trial. */
  errors: PairedItem[];
  /** Per item: refusals of each side over the paired trials both answered. */
  refusals: PairedItem[];
  /** Per style measure: per item, [mean on A, mean on B] over the item's answers where the measure applies to both. */
  style: { name: string; items: [number, number][] }[];
}

export interface TaskDifferences {
  accuracy?: TestedDifference;
  errors: TestedDifference;
  refusals: TestedDifference;
  style: TestedDifference[];
}

export function taskDifferences(data: PairedItemData, options: BootstrapOptions = {}): TaskDifferences {
  const accuracy = data.accuracy.some((item) => item.trials > 0) ? rateDifference("accuracy", data.accuracy, options) : undefined;
  return {
    accuracy,
    errors: rateDifference("error rate", data.errors, options),
    refusals: rateDifference("refusal rate", data.refusals, options),
    style: data.style.map(({ name, items }) => meanDifference(name, items, options)),
  };
}

function rateDifference(name: string, items: readonly PairedItem[], options: BootstrapOptions): TestedDifference {
  const asked = items.filter((item) => item.trials > 0);
  const trials = asked.reduce((sum, item) => sum + item.trials, 0);
  if (trials === 0) return { name, a: null, b: null, difference: null, pValue: 1, items: 0 };
  const a = asked.reduce((sum, item) => sum + item.a, 0) / trials;
  const b = asked.reduce((sum, item) => sum + item.b, 0) / trials;
  // The item's trial-by-trial differences sum to a − b; the pooled difference's interval treats the item as a cluster.
  const { interval } = studentisedInterval(asked.map((item) => item.a - item.b), asked.map((item) => item.trials), options);
  return { name, a, b, difference: a - b, interval, pValue: itemMcNemarTest(asked).pValue, items: asked.length };
}

function meanDifference(name: string, items: readonly [number, number][], options: BootstrapOptions): TestedDifference {
  if (items.length === 0) return { name, a: null, b: null, difference: null, pValue: 1, items: 0 };
  const a = items.reduce((sum, [x]) => sum + x, 0) / items.length;
  const b = items.reduce((sum, [, y]) => sum + y, 0) / items.length;
  const tested = pairedItemDifference(items.map(([x, y]) => x - y), options);
  return { name, a, b, difference: tested.difference, interval: tested.interval, pValue: tested.pValue, items: items.length };
}
