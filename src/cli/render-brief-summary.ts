// A run's findings at a glance, for the end of `demo`: per task its headline metric for every target (targets as
// columns, in as many tables as the width needs), each long-context task's effective length, and what each host's
// context probe found. Every other metric, breakdown and heatmap is one `show` away.

import type { MetricValue } from "../core/metric.ts";
import { shortenMiddle } from "../core/shorten-middle.ts";
import { lengthLabel } from "../families/niah/grid-spec.ts";
import { effectiveContextLength } from "../metrics/niah-grid.ts";
import type { TaskTargetSummary } from "../metrics/run-metrics.ts";
import type { ProbedTarget } from "../runner/article-session.ts";
import { describeEffectiveLength } from "../stats/effective-length.ts";

const MAX_TARGET_COLUMN = 36;
const GAP = "  ";

export function renderBriefSummary(summaries: readonly TaskTargetSummary[], probes: readonly ProbedTarget[], width: number): string[] {
  const targets = [...new Map(summaries.map((s) => [s.targetId, s.simulated])).entries()].map(([id, simulated]) => ({ id, simulated }));
  const rows: string[][] = [];
  for (const taskId of [...new Set(summaries.map((s) => s.taskId))]) {
    const own = summaries.filter((s) => s.taskId === taskId);
    const headline = own[0]?.metrics.find((m) => !/[[@:]/.test(m.name))?.name;
    if (headline) rows.push([taskId, headline, ...targets.map(({ id }) => valueText(own.find((s) => s.targetId === id)?.metrics.find((m) => m.name === headline)))]);
    if (own.some((s) => s.grid)) rows.push(["", "effective length", ...targets.map(({ id }) => effectiveText(own.find((s) => s.targetId === id)))]);
  }
  if (probes.length > 0) rows.push(["context probe", "accepted, kept whole", ...targets.map(({ id }) => probeText(probes.find((p) => p.target.id === id)))]);
  const names = targets.map(({ id, simulated }) => `${id}${simulated ? "*" : ""}`);
  const lines: string[] = [];
  for (const group of columnGroups(rows, names, width)) {
    const header = ["task", "headline [95% interval]", ...group.map((column) => names[column]!)];
    const table = [header, ...rows.map((row) => [row[0]!, row[1]!, ...group.map((column) => row[column + 2]!)])];
    const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
    widths.forEach((w, column) => column >= 2 && (widths[column] = Math.min(w, MAX_TARGET_COLUMN)));
    if (lines.length > 0) lines.push("");
    lines.push(...table.map((row) => row.map((cell, column) => shortenMiddle(cell, widths[column]!).padEnd(widths[column]!)).join(GAP).trimEnd()));
  }
  if (targets.some((t) => t.simulated)) lines.push("* simulated: the provider simulator, a test double; not any model's results");
  return lines;
}

/** Targets (by index) in groups whose columns fit beside the task and metric columns. */
function columnGroups(rows: string[][], names: string[], width: number): number[][] {
  const fixed = Math.max(4, ...rows.map((row) => row[0]!.length)) + Math.max(23, ...rows.map((row) => row[1]!.length)) + GAP.length;
  const columnWidth = (column: number) => Math.min(MAX_TARGET_COLUMN, Math.max(names[column]!.length, ...rows.map((row) => row[column + 2]!.length))) + GAP.length;
  const groups: number[][] = [];
  let used = fixed;
  for (let column = 0; column < names.length; column++) {
    const last = groups.at(-1);
    if (last && used + columnWidth(column) <= width) {
      last.push(column);
      used += columnWidth(column);
    } else {
      groups.push([column]);
      used = fixed + columnWidth(column);
    }
  }
  return groups;
}

function valueText(metric: MetricValue | undefined): string {
  if (!metric) return "-";
  if (metric.value === null) return "n/a";
  const interval = metric.interval ? ` [${number(metric.interval.lower)}, ${number(metric.interval.upper)}]` : "";
  return `${number(metric.value)}${interval}`;
}

function number(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
}

function effectiveText(summary: TaskTargetSummary | undefined): string {
  const found = summary?.grid ? effectiveContextLength(summary.grid) : undefined;
  return found ? describeEffectiveLength(found, lengthLabel) : "-";
}

function probeText(probe: ProbedTarget | undefined): string {
  if (!probe) return "-";
  const { result } = probe;
  const accepted = `${lengthLabel(result.acceptedTokens)}${result.rejectedAboveTokens === undefined ? "+" : ""}`;
  const kept = result.truncation.keptTokens !== undefined ? lengthLabel(result.truncation.keptTokens) : result.truncation.side === "none" ? accepted : "?";
  return `${accepted}, ${kept}${result.truncation.side === "none" ? "" : ` (cuts the ${result.truncation.side})`}`;
}
