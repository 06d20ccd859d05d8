// The per-family sections of the HTML report, under the review's headings: per task, the headline metrics of every
// target with intervals, every metric and group on demand, the heatmaps of long-context tasks and the context probes.

import { CELL_LEGEND } from "../heatmap-cells.ts";
import type { TaskTargetSummary } from "../../metrics/run-metrics.ts";
import { escapeHtml } from "./escape.ts";
import { formatCount, formatMetric, isHeadlineMetric } from "./format-values.ts";
import { heatmapSvg } from "./heatmap-svg.ts";
import { htmlTable } from "./html-table.ts";
import type { ReportModel, ReportSectionTasks } from "./report-model.ts";
import type { ReportProbe } from "./report-probes.ts";
import { targetCell } from "./run-tables.ts";

export function familySections(model: ReportModel): string {
  return model.sections.map((entry) => familySection(model, entry)).join("");
}

function familySection(model: ReportModel, { section, taskIds }: ReportSectionTasks): string {
  const parts = [`<section id="${section.id}"><h2>${escapeHtml(section.title)}</h2><p class="about">${escapeHtml(section.about)}</p>`];
  for (const taskId of taskIds) parts.push(taskBlock(model, taskId));
  if (section.id === "retrieval" && model.probes.length > 0) parts.push(probeBlock(model.probes));
  parts.push("</section>");
  return parts.join("");
}

function taskBlock(model: ReportModel, taskId: string): string {
  const task = model.tasks.find((t) => t.id === taskId);
  const rows = model.summaries.filter((s) => s.taskId === taskId);
  const names = [...new Set(rows.flatMap((s) => s.metrics.map((m) => m.name)))];
  const headline = names.filter(isHeadlineMetric);
  const family = task && task.family !== taskId ? ` <span class="muted">(${escapeHtml(task.family)})</span>` : "";
  const parts = [`<h3>${escapeHtml(taskId)}${family}</h3>`];
  parts.push(
    htmlTable(
      ["target", "samples", "errors", ...headline.map(escapeHtml)],
      rows.map((s) => [targetCell(s.targetId, s.simulated), `${formatCount(s.finished)}/${formatCount(s.expected)}`, formatCount(s.errors), ...headline.map((name) => metricCell(s, name))]),
    ),
  );
  if (names.length > headline.length) {
    const breakdown = names.filter((name) => !isHeadlineMetric(name));
    parts.push(
      `<details><summary>Every metric (${breakdown.length} breakdown${breakdown.length === 1 ? "" : "s"})</summary>` +
        htmlTable(["metric", ...rows.map((s) => targetCell(s.targetId, s.simulated))], breakdown.map((name) => [escapeHtml(name), ...rows.map((s) => metricCell(s, name))])) +
        "</details>",
    );
  }
  for (const summary of rows.filter((s) => s.groups.length > 0)) parts.push(groupBlock(summary, headline));
  for (const heatmap of model.heatmaps.filter((h) => h.taskId === taskId)) {
    const sizing = heatmap.sizing ? `<div class="muted">prompt sizing: ${escapeHtml(heatmap.sizing)}</div>` : "";
    parts.push(
      `<figure class="heatmap-figure"><figcaption>${targetCell(heatmap.targetId, heatmap.simulated)} · click a cell for its transcripts${sizing}</figcaption>` +
        heatmapSvg(heatmap.view, heatmap) +
        `<p>${escapeHtml(heatmap.view.effective)}</p><p class="muted">${escapeHtml(CELL_LEGEND)}</p></figure>`,
    );
  }
  return parts.join("");
}

function groupBlock(summary: TaskTargetSummary, headline: string[]): string {
  const rows = summary.groups.map((group) => [
    escapeHtml(`${group.key}=${group.value}`),
    formatCount(group.samples),
    ...headline.map((name) => escapeHtml(formatMetric(group.metrics.find((m) => m.name === name)))),
  ]);
  return `<details><summary>${escapeHtml(summary.targetId)} by group</summary>${htmlTable(["group", "samples", ...headline.map(escapeHtml)], rows)}</details>`;
}

function metricCell(summary: TaskTargetSummary, name: string): string {
  return escapeHtml(formatMetric(summary.metrics.find((m) => m.name === name)));
}

function probeBlock(probes: readonly ReportProbe[]): string {
  const rows = probes.map((probe) => [
    targetCell(probe.targetId, probe.simulated),
    probe.claimedTokens === undefined ? "–" : formatCount(probe.claimedTokens),
    `${formatCount(probe.acceptedTokens)}${probe.rejectedAboveTokens === undefined ? "+" : ""}`,
    escapeHtml(probe.truncation),
    probe.keptTokens === undefined ? "–" : formatCount(probe.keptTokens),
    probe.effectiveTokens === undefined ? "–" : formatCount(probe.effectiveTokens),
    escapeHtml(probe.evidence),
  ]);
  return (
    `<h3>Context probes</h3><p class="about">The largest prompt each host accepted, and whether it cut longer prompts silently (newest probe per target; N+ = nothing up to the probe's ceiling was rejected).</p>` +
    htmlTable(["target", "claimed", "accepted", "silent cut", "kept whole", "effective", "evidence"], rows)
  );
}
