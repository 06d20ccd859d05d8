// A run's metrics as compact tables, one per task: headline metrics down, targets across, each cell
// `value [low, high] n=items×trials`, fitted to the terminal width. Breakdowns (per language, category, depth, chapter,
// outcome) and per-target details are for --full; a long-context task always shows its accuracy by length and its
// effective context length, since that is what it is run for.

import type { MetricValue } from "../core/metric.ts";
import type { RunMetrics, TaskTargetSummary } from "../metrics/run-metrics.ts";
import { isHeadlineMetric } from "../metrics/headline-metric.ts";
import { sampleSizeLabel } from "../metrics/sample-size.ts";
import { lengthLabel } from "../families/niah/grid-spec.ts";
import { effectiveContextLength } from "../metrics/niah-grid.ts";
import { DEFAULT_EFFECTIVE_SHARE, DEFAULT_EFFECTIVE_THRESHOLD, describeEffectiveLength } from "../stats/effective-length.ts";
import { renderTargetTable, type TargetColumn } from "./target-table.ts";
import { shortenMiddle } from "../core/shorten-middle.ts";
import { wrapText } from "../core/wrap-text.ts";

export interface TaskTableOptions {
  width: number;
  /** Breakdowns, per-target details and groups too. */
  full: boolean;
  /** How a grid task's prompts were sized for a target (tokenizer, calibration), by `${taskId}\t${targetId}`. */
  sizing?: ReadonlyMap<string, string>;
}

/** How targets are named in column headings (see targetLabels). */
export type TargetLabels = ReadonlyMap<string, string>;

export function renderTaskTables(taskIds: readonly string[], metrics: RunMetrics, labels: TargetLabels, options: TaskTableOptions): string[] {
  const lines: string[] = [];
  for (const taskId of taskIds) {
    const rows = metrics.tasks.filter((s) => s.taskId === taskId);
    if (rows.length === 0) continue;
    lines.push("", ...renderTask(taskId, rows, labels, options));
  }
  return lines;
}

function renderTask(taskId: string, summaries: TaskTargetSummary[], labels: TargetLabels, options: TaskTableOptions): string[] {
  const names = metricNames(summaries);
  const gridded = summaries.some((s) => s.grid);
  // A grid task's effective lengths read better in its by-length table ("at least 32k") than as numbers here.
  const headline = names.filter((name) => isHeadlineMetric(name) && !(gridded && name.startsWith("effective_context_length")));
  const rows: Row[] = [
    ["samples", (s) => samplesText(s)],
    ...(summaries.some((s) => s.guardStops > 0) ? [["loops stopped", (s: TaskTargetSummary) => loopsText(s)] as Row] : []),
    ...headline.map((name): Row => [name, (s) => formatMetric(s.metrics.find((m) => m.name === name))]),
    ...(options.full ? DETAIL_ROWS : []),
  ];
  const lines = table(taskId, rows, summaries, labels, options.width);
  for (const s of summaries) {
    if (s.adaptiveRule) lines.push(`  ${labels.get(s.targetId) ?? s.targetId}: adaptive sampling, ${s.adaptiveRule}${s.expected > s.finished + s.errors ? `: ${s.expected - s.finished - s.errors} samples not needed` : ""}`);
  }
  const byLength = names.filter(isLengthMetric);
  if (gridded) {
    lines.push("", ...table(`${taskId} by length`, [...metricRows(byLength), ...EFFECTIVE_ROWS], summaries, labels, options.width));
    lines.push(...wrapText(effectiveLegend(summaries), options.width, "    "));
    for (const s of summaries) {
      const sizing = options.sizing?.get(`${taskId}\t${s.targetId}`);
      if (sizing) lines.push(...wrapText(`  prompt sizing, ${labels.get(s.targetId) ?? s.targetId}: ${sizing}`, options.width, "    "));
    }
  }
  if (options.full) {
    const breakdowns = names.filter((name) => !isHeadlineMetric(name) && !isLengthMetric(name));
    if (breakdowns.length > 0) lines.push("", ...table(`${taskId} breakdowns`, metricRows(breakdowns), summaries, labels, options.width));
    const first = headline[0];
    const groups = [...new Set(summaries.flatMap((s) => s.groups.map((g) => `${g.key}=${g.value}`)))];
    if (first && groups.length > 0) {
      const groupRows = groups.map((group): Row => [group, (s) => formatMetric(s.groups.find((g) => `${g.key}=${g.value}` === group)?.metrics.find((m) => m.name === first))]);
      lines.push("", ...table(`${taskId}: ${first} by group`, groupRows, summaries, labels, options.width));
    }
  }
  return lines;
}

type Row = [label: string, cell: (summary: TaskTargetSummary) => string];

const DETAIL_ROWS: Row[] = [
  ["tokens in / out", (s) => `${s.inputTokens.toLocaleString("en")} / ${s.outputTokens.toLocaleString("en")}`],
  ["cost", (s) => (s.simulated ? "-" : `$${s.costUsd.toFixed(4)}`)],
  ["latency p50 / p95", (s) => (s.latencyMsP50 === undefined ? "" : `${Math.round(s.latencyMsP50)} / ${Math.round(s.latencyMsP95 ?? 0)} ms`)],
  ["ttft p50", (s) => (s.timeToFirstTokenMsP50 === undefined ? "" : `${Math.round(s.timeToFirstTokenMsP50)} ms`)],
  ["output tok/s p50", (s) => (s.outputTokensPerSecondP50 === undefined ? "" : s.outputTokensPerSecondP50.toFixed(1))],
];

const EFFECTIVE_ROWS: Row[] = [
  ["effective length", (s) => effectiveText(s, "absolute")],
  ["effective (relative)", (s) => effectiveText(s, "relative")],
];
/** The bars the task was run with (`--effective-threshold`, `--effective-share`), which every target of a task shares. */
function effectiveLegend(summaries: readonly TaskTargetSummary[]): string {
  const bars = summaries.find((s) => s.grid)?.grid?.effective;
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  return `  effective: every length at or above ${pct(bars?.threshold ?? DEFAULT_EFFECTIVE_THRESHOLD)}, RULER's reading; relative: at or above ${pct(bars?.share ?? DEFAULT_EFFECTIVE_SHARE)} of its short-context score`;
}

function effectiveText(s: TaskTargetSummary, reading: "absolute" | "relative"): string {
  if (!s.grid) return "";
  const found = effectiveContextLength(s.grid, { reading });
  if (!found) return "no scored samples";
  const undecided = found.samplesPerLength === undefined ? "" : `, ~${found.samplesPerLength} samples/length to decide`;
  return `${describeEffectiveLength(found, lengthLabel)}${undecided}`;
}

/** `accuracy@8k`, `accuracy@1m`: a metric at one prompt length (depths are `@d50`, chapters `@ch2`). */
function isLengthMetric(name: string): boolean {
  return /@\d+(\.\d+)?[km]?$/.test(name);
}

function metricRows(names: readonly string[]): Row[] {
  return names.map((name) => [name, (s) => formatMetric(s.metrics.find((m) => m.name === name))]);
}

function table(title: string, rows: readonly Row[], summaries: readonly TaskTargetSummary[], labels: TargetLabels, width: number): string[] {
  const columns: TargetColumn[] = summaries.map((s) => ({ name: labels.get(s.targetId) ?? s.targetId, cells: rows.map(([, cell]) => cell(s)) }));
  return renderTargetTable({ title, rows: rows.map(([label]) => shortenJudge(label)), columns }, width);
}

/** Characters a judge's id keeps in a row label: `rubric[groq:qwen3-235b-…@judges]` leaves room for two targets. */
const JUDGE_LABEL = 24;

/** A judge metric's label with the judge's id cut in the middle; every other label as it is. */
function shortenJudge(label: string): string {
  return label.replace(/\[([^\]]*:[^\]]*)\]/g, (_, judge: string) => `[${shortenMiddle(judge, JUDGE_LABEL)}]`);
}

/** Every metric name of the task, in the order the family reports them. */
function metricNames(summaries: readonly TaskTargetSummary[]): string[] {
  return [...new Set(summaries.flatMap((s) => s.metrics.map((m) => m.name)))];
}

/** `210/210`, `200/210, 12 cached, 3 errors (timeout 3)`. */
function samplesText(s: TaskTargetSummary): string {
  const kinds = Object.entries(s.errorKinds).map(([kind, n]) => `${kind} ${n}`).join(", ");
  const cached = s.fromCache > 0 ? `, ${s.fromCache} cached` : "";
  const errors = s.errors > 0 ? `, ${s.errors} errors${kinds ? ` (${kinds})` : ""}` : "";
  return `${s.finished}/${s.expected}${cached}${errors}`;
}

function loopsText(s: TaskTargetSummary): string {
  const kinds = Object.entries(s.guardStopKinds).map(([kind, n]) => `${n} ${kind}`).join(", ");
  return s.guardStops === 0 ? "0" : `${s.guardStops} (LOOP${kinds ? `: ${kinds}` : ""})`;
}

/** `0.800 [0.700, 0.873] n=20×4`: value, 95% interval, sample size (items × trials). */
export function formatMetric(metric: MetricValue | undefined): string {
  if (!metric) return "";
  const value = metric.value === null ? "n/a" : formatNumber(metric.value);
  const interval = metric.interval ? ` [${formatNumber(metric.interval.lower)}, ${formatNumber(metric.interval.upper)}]` : "";
  return `${value}${interval} ${sampleSizeLabel(metric)}`;
}

export function formatNumber(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
}
