// The one interval function per kind of metric: every rate and every mean in the tool gets its interval here, from
// its values grouped by item (trials of one item are correlated, so the item is the unit of evidence).
//
// Today a rate's interval is Wilson's over the pooled counts and a mean's a percentile bootstrap over every value;
// item-level (cluster) intervals from stats/ replace both here, and every metric follows.

import type { Interval } from "../core/metric.ts";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";

/** One item's trials of a rate: how many there were and how many counted. */
export interface ItemCount {
  successes: number;
  trials: number;
}

/** One value of a mean, with the item (or other unit that repeats across trials) it belongs to. */
export interface ItemValue {
  itemId: string;
  value: number;
}

/** The interval of a rate from its per-item counts; at least one trial in total. */
export function rateInterval(items: readonly ItemCount[]): Interval {
  let successes = 0;
  let trials = 0;
  for (const item of items) {
    successes += item.successes;
    trials += item.trials;
  }
  return wilsonInterval(successes, trials);
}

/** The interval of a mean from its values, in the order they were measured; at least one value. Undefined when too few. */
export function meanInterval(values: readonly ItemValue[]): Interval | undefined {
  return bootstrapMeanInterval(values.map((v) => v.value));
}
