// A metric in a table cell: the value first, its interval and sample size under it in small type, so a column is as
// wide as its interval rather than as the whole "0.700 [0.397, 0.892] n=10×3".

import type { MetricValue } from "../../core/metric.ts";
import { sampleSizeLabel } from "../../metrics/sample-size.ts";
import { escapeHtml } from "./escape.ts";
import { formatInterval, formatNumber } from "./format-values.ts";

export function metricCell(metric: MetricValue | undefined): string {
  if (!metric) return "–";
  const value = metric.value === null ? "n/a" : formatNumber(metric.value);
  return `<span class="value">${escapeHtml(value)}</span><span class="ci">${escapeHtml(`${formatInterval(metric).trim()} ${sampleSizeLabel(metric)}`.trim())}</span>`;
}
