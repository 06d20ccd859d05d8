// A rate as a metric: the share of outcomes that counted, over the units asked, with its interval from the per-item
// counts. Every rate the tool reports (accuracy, refusal rates, loop rate, a grid cell...) is made here.

import type { MetricValue } from "../core/metric.ts";
import { rateInterval, type ItemCount } from "./intervals.ts";

/** One counted outcome: the item (or unit that repeats across trials) it belongs to, and whether it counted. */
export interface ItemOutcome {
  itemId: string;
  hit: boolean;
}

/** `{name, value: hits/n, n, items, interval}`; no outcomes give a null value and no interval. */
export function rateMetric(name: string, outcomes: readonly ItemOutcome[]): MetricValue {
  if (outcomes.length === 0) return { name, value: null, n: 0 };
  const counts = countsByItem(outcomes);
  let hits = 0;
  for (const count of counts) hits += count.successes;
  return { name, value: hits / outcomes.length, n: outcomes.length, items: counts.length, interval: rateInterval(counts) };
}

/** Per-item successes and trials, in order of each item's first outcome. */
export function countsByItem(outcomes: readonly ItemOutcome[]): ItemCount[] {
  const byItem = new Map<string, ItemCount>();
  for (const { itemId, hit } of outcomes) {
    let count = byItem.get(itemId);
    if (!count) byItem.set(itemId, (count = { successes: 0, trials: 0 }));
    count.trials++;
    if (hit) count.successes++;
  }
  return [...byItem.values()];
}
