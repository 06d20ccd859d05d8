// The one interval function per kind of metric: every rate and every mean in the tool gets its interval here, from
// its values grouped by item. Trials of one item are correlated, so the item is the unit of evidence: a rate gets a
// Wilson interval at its effective sample size (stats/item-rate-interval.ts), a mean a studentised bootstrap that
// resamples whole items (stats/item-mean-interval.ts), which gives none below 10 items.

import type { Interval } from "../core/metric.ts";
import { itemMeanInterval } from "../stats/item-mean-interval.ts";
import { itemRateInterval, type ItemCount } from "../stats/item-rate-interval.ts";

export type { ItemCount };

/** One value of a mean, with the item (or other unit that repeats across trials) it belongs to. */
export interface ItemValue {
  itemId: string;
  value: number;
}

/** The interval of a rate from its per-item counts, with the sample size it is worth when below n; at least one trial. */
export function rateInterval(items: readonly ItemCount[]): Interval {
  const { interval, effectiveSamples, samples } = itemRateInterval(items);
  return effectiveSamples < samples ? { ...interval, effectiveSamples } : interval;
}

/** The interval of a mean from its values grouped by item (see valuesByItem); undefined when too few items or no spread. */
export function meanInterval(items: readonly (readonly number[])[]): Interval | undefined {
  return itemMeanInterval(items).interval;
}

/** Each item's values, in order of the item's first value. */
export function valuesByItem(values: readonly ItemValue[]): number[][] {
  const byItem = new Map<string, number[]>();
  for (const { itemId, value } of values) {
    const list = byItem.get(itemId);
    if (list) list.push(value);
    else byItem.set(itemId, [value]);
  }
  return [...byItem.values()];
}
