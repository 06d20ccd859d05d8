// How a metric's sample size is written wherever it is shown: items × trials when trials repeat items, since the
// items are what its interval counts.

import type { MetricValue } from "../core/metric.ts";

/** `n=80` (one trial per item, or items unknown), `n=20×4` (20 items, 4 trials each), `n=70 (20 items)` (uneven trials). */
export function sampleSizeLabel(metric: Pick<MetricValue, "n" | "items">): string {
  const { n, items } = metric;
  if (items === undefined || items === 0 || items === n) return `n=${n}`;
  return n % items === 0 ? `n=${items}×${n / items}` : `n=${n} (${items} items)`;
}
