// The run-wide tables of the HTML report: cost, tokens and speed per target; the style profile of the answers;
// loops and errors. Per task and target, because percentiles and style do not add up across tasks.

import type { TaskTargetSummary } from "../../metrics/run-metrics.ts";
import { escapeHtml } from "./escape.ts";
import { formatCount, formatMs, formatUsd } from "./format-values.ts";
import { htmlTable } from "./html-table.ts";
import { metricCell } from "./metric-cell.ts";
import type { ReportModel } from "./report-model.ts";

export function costTables(model: ReportModel): string {
  const totals = model.targets.map((target) => {
    const rows = model.summaries.filter((s) => s.targetId === target.id);
    const sum = (pick: (s: TaskTargetSummary) => number) => rows.reduce((total, s) => total + pick(s), 0);
    return [
      targetCell(target.id, target.simulated),
      `${formatCount(sum((s) => s.finished))}/${formatCount(sum((s) => s.expected))}`,
      formatCount(sum((s) => s.inputTokens)),
      formatCount(sum((s) => s.outputTokens)),
      target.simulated ? `– <span class="muted">(simulated)</span>` : formatUsd(sum((s) => s.costUsd)),
    ];
  });
  const perTask = model.summaries.map((s) => [
    escapeHtml(s.taskId),
    targetCell(s.targetId, s.simulated),
    formatCount(s.inputTokens),
    formatCount(s.outputTokens),
    s.simulated ? "–" : formatUsd(s.costUsd),
    formatMs(s.latencyMsP50),
    formatMs(s.latencyMsP95),
    formatMs(s.timeToFirstTokenMsP50),
    s.outputTokensPerSecondP50 === undefined ? "–" : s.outputTokensPerSecondP50.toFixed(1),
    formatCount(s.fromCache),
  ]);
  return (
    htmlTable(["target", "samples", "tokens in", "tokens out", "cost"], totals) +
    htmlTable(["task", "target", "tokens in", "tokens out", "cost", "latency p50", "latency p95", "ttft p50", "tokens/s p50", "cached"], perTask)
  );
}

/** One small table per style measure (tasks down, targets across), laid out in a grid: the profile never runs off the page. */
export function styleTable(model: ReportModel): string {
  const names = [...new Set(model.summaries.flatMap((s) => s.style.map((m) => m.name)))];
  const taskIds = [...new Set(model.summaries.map((s) => s.taskId))];
  const tables = names.map((name) => {
    const rows = taskIds.map((taskId) => [
      escapeHtml(taskId),
      ...model.targets.map((t) => metricCell(model.summaries.find((s) => s.taskId === taskId && s.targetId === t.id)?.style.find((m) => m.name === name))),
    ]);
    return `<div class="style-measure"><h3>${escapeHtml(name.replace(/^style:/, ""))}</h3>${htmlTable(["task", ...model.targets.map((t) => targetCell(t.id, t.simulated))], rows)}</div>`;
  });
  return `<div class="style-grid">${tables.join("")}</div>`;
}

export function pathologyTable(model: ReportModel): string {
  const rows = model.summaries.map((s) => {
    const kinds = Object.entries(s.errorKinds).map(([kind, count]) => `${kind} ${count}`);
    const tail = s.style.find((m) => m.name === "style:periodic_tail_rate");
    return [
      escapeHtml(s.taskId),
      targetCell(s.targetId, s.simulated),
      `${formatCount(s.finished)}/${formatCount(s.expected)}`,
      formatCount(s.errors),
      escapeHtml(kinds.join(", ") || "–"),
      formatCount(s.guardStops),
      metricCell(tail),
    ];
  });
  return htmlTable(["task", "target", "samples", "errors", "error kinds", "loops stopped", "periodic tail rate"], rows);
}

export function targetCell(id: string, simulated: boolean): string {
  return `${escapeHtml(id)}${simulated ? ` <span class="badge sim">simulated</span>` : ""}`;
}
