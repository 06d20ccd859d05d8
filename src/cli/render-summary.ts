// Prints a run's metrics as a plain table: per task and target, then per group, with 95% intervals, read from the
// run's stored summary (runner/run-metrics.ts).

import type { MetricValue } from "../core/metric.ts";
import { runState, runStateLabel } from "../core/run-lease.ts";
import type { RunStore } from "../core/run-store.ts";
import type { TaskTargetSummary } from "../metrics/run-metrics.ts";
import { loadRunMetrics } from "../runner/run-metrics.ts";
import { renderGridViews } from "./render-grids.ts";
import { renderRequestTotals } from "./render-requests.ts";
import { sampleSizeLabel } from "../metrics/sample-size.ts";

/** `now` (epoch ms) tells a live run from one whose process is gone. */
export async function printRunSummary(out: NodeJS.WritableStream, store: RunStore, runRef: string, cwd: string, now = Date.now()): Promise<void> {
  const { run, trials, metrics } = await loadRunMetrics(store, runRef, cwd);
  const summaries = metrics.tasks;
  out.write(`\nrun ${run.id}  status ${runStateLabel(runState(run.status, run.lease, now))}  seed ${run.seed}  trials ${trials}\n`);
  if (run.targets.some((t) => t.simulated)) out.write("note: [simulated] targets are the provider simulator, a test double: their numbers are not any model's results\n");
  // Data fetched at run time (benchmarks) is named exactly: repository, commit and each file's checksum.
  for (const task of run.tasks) {
    const { dataset, commit, files } = task.params;
    if (typeof dataset === "string") out.write(`data of ${task.id}: ${dataset} at commit ${String(commit)}: ${String(files)}\n`);
  }
  for (const task of run.tasks) {
    const rows = summaries.filter((summary) => summary.taskId === task.id);
    if (rows.length > 1) out.write(renderSideBySide(task.id, rows));
  }
  for (const summary of summaries) out.write(renderSummary(summary, run.status === "completed"));
  const color = (out as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;
  out.write(await renderGridViews(store, run.id, summaries, color));
  out.write(renderRequestTotals(await store.requestTotals(run.id)));
}

/** One task, every target on its own row: the comparison a user runs several --model flags for. */
export function renderSideBySide(taskId: string, rows: TaskTargetSummary[]): string {
  const names = [...new Set(rows.flatMap((row) => row.metrics.map((m) => m.name)))];
  const table: string[][] = [[`${taskId}: side by side`, "samples", "errors", ...names]];
  for (const row of rows) {
    table.push([
      row.simulated ? `${row.targetId} [simulated]` : row.targetId,
      `${row.finished}/${row.expected}`,
      String(row.errors),
      ...names.map((name) => formatMetric(row.metrics.find((m) => m.name === name))),
    ]);
  }
  return "\n" + alignColumns(table, "") + "\n";
}

function alignColumns(rows: string[][], indent: string): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `${indent}${row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()}`).join("\n");
}

export function renderSummary(s: TaskTargetSummary, completed = false): string {
  const lines: string[] = [];
  const name = s.simulated ? `${s.targetId} [simulated]` : s.targetId;
  lines.push("");
  lines.push(`${s.taskId} × ${name}`);
  const kinds = Object.entries(s.guardStopKinds).map(([kind, n]) => `${n} ${kind}`).join(", ");
  const loops = s.guardStops > 0 ? `  loops stopped early ${s.guardStops} (LOOP${kinds ? `: ${kinds}` : ""}, see the transcripts)` : "";
  lines.push(`  samples ${s.finished}/${s.expected}  errors ${s.errors}${formatKinds(s.errorKinds)}  cached ${s.fromCache}${loops}`);
  const speed = [
    s.latencyMsP50 !== undefined ? `latency p50 ${Math.round(s.latencyMsP50)} ms p95 ${Math.round(s.latencyMsP95 ?? 0)} ms` : "",
    s.timeToFirstTokenMsP50 !== undefined ? `ttft p50 ${Math.round(s.timeToFirstTokenMsP50)} ms` : "",
    s.outputTokensPerSecondP50 !== undefined ? `${s.outputTokensPerSecondP50.toFixed(1)} tok/s` : "",
  ].filter(Boolean);
  if (s.adaptiveRule) {
    const skipped = s.expected - s.finished - s.errors;
    const perSample = s.finished > 0 ? (s.inputTokens + s.outputTokens) / s.finished : 0;
    const saved = completed && skipped > 0 ? `: ${skipped} samples not needed, ~${Math.round(skipped * perSample)} tokens saved (at this run's mean per sample)` : "";
    lines.push(`  adaptive sampling, ${s.adaptiveRule}${saved}`);
  }
  lines.push(`  tokens in ${s.inputTokens} out ${s.outputTokens}${s.simulated ? "" : `  cost $${s.costUsd.toFixed(4)}`}${speed.length ? `  ${speed.join("  ")}` : ""}`);
  const style = s.style.filter((m) => m.value !== null).map((m) => `${m.name.replace(/^style:/, "")} ${formatNumber(m.value!)}`);
  if (style.length > 0) lines.push(`  style (mean per answer): ${style.join(", ")}`);
  // Every metric on its own line (families report dozens: per language, per category, per length); the group
  // table then shows only the headline metrics, which is what a breakdown is read for.
  lines.push(alignColumns([["metric", "value [95% interval] n"], ...s.metrics.map((m) => [m.name, formatMetric(m)])], "  "));
  const headline = [...new Set(s.metrics.map((m) => m.name))].filter(isHeadline).slice(0, MAX_GROUP_COLUMNS);
  if (s.groups.length > 0 && headline.length > 0) {
    const rows: string[][] = [["group", ...headline]];
    for (const group of s.groups) rows.push([`${group.key}=${group.value}`, ...headline.map((n) => formatMetric(group.metrics.find((m) => m.name === n)))]);
    lines.push("");
    lines.push(alignColumns(rows, "  "));
  }
  return lines.join("\n") + "\n";
}

const MAX_GROUP_COLUMNS = 4;

/** Breakdown metrics (`accuracy[es]`, `accuracy@85k`, `rate:refused`) repeat what the groups show. */
function isHeadline(name: string): boolean {
  return !/[[@:]/.test(name);
}

/** `0.800 [0.700, 0.873] n=20×4`: value, 95% interval, sample size (items × trials). */
export function formatMetric(metric: MetricValue | undefined): string {
  if (!metric) return "";
  const value = metric.value === null ? "n/a" : formatNumber(metric.value);
  const interval = metric.interval ? ` [${formatNumber(metric.interval.lower)}, ${formatNumber(metric.interval.upper)}]` : "";
  return `${value}${interval} ${sampleSizeLabel(metric)}`;
}

function formatNumber(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
}

function formatKinds(kinds: TaskTargetSummary["errorKinds"]): string {
  const entries = Object.entries(kinds);
  return entries.length ? ` (${entries.map(([kind, n]) => `${kind} ${n}`).join(", ")})` : "";
}
