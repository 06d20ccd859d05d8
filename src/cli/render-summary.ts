// A run's results in the terminal, read from its stored summary (runner/run-metrics.ts) and findings: a header, then
// (for `show`) the verdicts, probes and ratings, one compact table per task, style per target, and every request.
// `run`, `resume` and `article` print the same after a run; `show --full` adds breakdowns and heatmaps.

import { runState, runStateLabel } from "../core/run-lease.ts";
import type { RunStore } from "../core/run-store.ts";
import type { RunMetrics } from "../metrics/run-metrics.ts";
import { loadRunFindings } from "../reports/run-findings.ts";
import { loadRunMetrics, type RunWithMetrics } from "../runner/run-metrics.ts";
import { renderFindings } from "./render-findings.ts";
import { renderGridViews } from "./render-grids.ts";
import { renderRequestTotals } from "./render-requests.ts";
import { formatMetric, renderTaskTables, type TargetLabels } from "./render-task-tables.ts";
import { renderTargetTable } from "./target-table.ts";
import { shortenMiddle } from "../core/shorten-middle.ts";
import { wrapText } from "../core/wrap-text.ts";

export interface SummaryOptions {
  /** Epoch ms: tells a live run from one whose process is gone. */
  now?: number;
  /** Characters per line (see terminalWidth). */
  width: number;
  /** Breakdowns, per-target details and heatmaps too. */
  full?: boolean;
  /** Only this task's tables (and its ratings). */
  taskId?: string;
  /** Open with the run's verdicts, probes and ratings (`show`; the commands that ran them print them themselves). */
  findings?: boolean;
}

export async function printRunSummary(out: NodeJS.WritableStream, store: RunStore, runRef: string, cwd: string, options: SummaryOptions): Promise<void> {
  const loaded = await loadRunMetrics(store, runRef, cwd);
  out.write(`${(await renderRunSummary(store, loaded, options)).join("\n")}\n`);
}

export async function renderRunSummary(store: RunStore, { run, trials, metrics }: RunWithMetrics, options: SummaryOptions): Promise<string[]> {
  const { width, taskId } = options;
  const state = runStateLabel(runState(run.status, run.lease, options.now ?? Date.now()));
  const lines = ["", `run ${run.id}  status ${state}  seed ${run.seed}  trials ${trials}`];
  const labels = targetLabels(run.targets.map((t) => t.id), run.targets.filter((t) => t.simulated).map((t) => t.id));
  lines.push(...wrapText(`targets: ${run.targets.map((t) => t.id).join(", ")}`, width, "  "));
  if (run.targets.some((t) => t.simulated)) lines.push(...wrapText("note: [simulated] targets are the provider simulator, a test double: their numbers are not any model's results", width, "  "));
  // Data fetched at run time (benchmarks) is named exactly: repository, commit and each file's checksum.
  for (const task of run.tasks) {
    const { dataset, commit, files } = task.params;
    if (typeof dataset === "string") lines.push(`data of ${task.id}: ${dataset} at commit ${String(commit)}: ${String(files)}`);
  }
  if (options.findings) {
    const findings = await loadRunFindings(store, run.id);
    if (taskId === undefined) lines.push(...renderFindings(findings, labels, width));
    else lines.push(...renderFindings({ ...findings, verdicts: [], probes: [], ratings: findings.ratings.filter((r) => r.taskId === taskId) }, labels, width));
  }
  const taskIds = taskId === undefined ? run.tasks.map((t) => t.id) : [taskId];
  lines.push("", "cells: value [95% interval] n=items×trials");
  const sizing = new Map<string, string>();
  for (const s of metrics.tasks.filter((summary) => summary.grid && taskIds.includes(summary.taskId))) {
    const summary = (await store.getPreparation(run.id, s.targetId, s.taskId))?.summary;
    if (typeof summary === "string") sizing.set(`${s.taskId}\t${s.targetId}`, summary);
  }
  lines.push(...renderTaskTables(taskIds, metrics, labels, { width, full: options.full === true, sizing }));
  if (taskId !== undefined) return lines;
  lines.push(...renderStyle(metrics, labels, width));
  if (options.full) {
    const grids = metrics.tasks.filter((s) => s.grid);
    if (grids.length > 0) lines.push(...(await renderGridViews(store, run.id, grids, false)).trimEnd().split("\n").flatMap((line) => wrapText(line, width, "      ")));
  } else {
    lines.push("", `more (breakdowns by language, category, length and depth; groups; tokens and speed; heatmaps): --full`);
  }
  const requests = renderRequestTotals(await store.requestTotals(run.id), width);
  if (requests) lines.push(...requests.trimEnd().split("\n"));
  return lines;
}

/** Style over every answer of each target (mean per answer), targets across. */
function renderStyle(metrics: RunMetrics, labels: TargetLabels, width: number): string[] {
  const names = [...new Set(metrics.targets.flatMap((t) => t.style.map((m) => m.name)))];
  if (names.length === 0) return [];
  const columns = metrics.targets.map((t) => ({ name: labels.get(t.targetId) ?? t.targetId, cells: names.map((name) => formatMetric(t.style.find((m) => m.name === name))) }));
  return ["", ...renderTargetTable({ title: "style (mean per answer)", rows: names.map((name) => name.replace(/^style:/, "")), columns }, width)];
}

/** Column headings: target ids without the provider all of them share, cut in the middle when long; "[simulated]" only when some are not. */
export function targetLabels(targetIds: readonly string[], simulated: readonly string[]): TargetLabels {
  const providers = new Set(targetIds.map((id) => id.split(":")[0]));
  const shared = providers.size === 1 && targetIds.every((id) => id.includes(":"));
  const mixed = simulated.length > 0 && simulated.length < targetIds.length;
  return new Map(
    targetIds.map((id) => {
      const name = shortenMiddle(shared ? id.slice(id.indexOf(":") + 1) : id, MAX_LABEL);
      return [id, mixed && simulated.includes(id) ? `${name} [simulated]` : name];
    }),
  );
}

const MAX_LABEL = 36;
