// Numbers as both reports print them: metrics with intervals and sample sizes, tokens, money and milliseconds.

import type { MetricValue } from "../../core/metric.ts";
import { sampleSizeLabel } from "../../metrics/sample-size.ts";

/** `0.700 [0.397, 0.892] n=10×3` (items × trials); "n/a" when nothing was measured. */
export function formatMetric(metric: MetricValue | undefined): string {
  if (!metric) return "–";
  const value = metric.value === null ? "n/a" : formatNumber(metric.value);
  return `${value}${formatInterval(metric)} ${sampleSizeLabel(metric)}`;
}

export function formatInterval(metric: MetricValue): string {
  return metric.interval ? ` [${formatNumber(metric.interval.lower)}, ${formatNumber(metric.interval.upper)}]` : "";
}

export function formatNumber(value: number): string {
  if (Math.abs(value) >= 1000) return formatCount(Math.round(value));
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

export function formatMs(value: number | undefined): string {
  return value === undefined ? "–" : `${formatCount(Math.round(value))} ms`;
}

export function formatUsd(value: number): string {
  return `$${value.toFixed(4)}`;
}
