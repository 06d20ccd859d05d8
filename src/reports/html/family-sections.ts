// The per-family sections of the HTML report, under the review's headings: per task, the headline metrics of every
// target with intervals, its plots (by language, pairwise ratings, by length), every metric and group on demand, the
// heatmaps of long-context tasks side by side, and the context probes.

import { CELL_LEGEND } from "../heatmap-cells.ts";
import { isHeadlineMetric } from "../../metrics/headline-metric.ts";
import type { TaskTargetSummary } from "../../metrics/run-metrics.ts";
import { escapeHtml } from "./escape.ts";
import { formatCount, formatMetric } from "./format-values.ts";
import { heatmapSvg } from "./heatmap-svg.ts";
import { htmlTable, notedTable } from "./html-table.ts";
import { metricCell } from "./metric-cell.ts";
import { intervalText } from "./ratings-plot.ts";
import { languagePlot, lengthPlot, ratingsFigures } from "./report-plots.ts";
import type { ReportModel, ReportSectionTasks } from "./report-model.ts";
import type { ReportProbe } from "./report-probes.ts";
import { targetCell } from "./run-tables.ts";

/** Headline metrics per group table: more would make a table wider than a page. */
const GROUP_COLUMNS = 4;

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

/** Headline metrics as rows and targets as columns: a task's table stays as narrow as its number of targets. */
function taskBlock(model: ReportModel, taskId: string): string {
  const task = model.tasks.find((t) => t.id === taskId);
  const rows = model.summaries.filter((s) => s.taskId === taskId);
  const names = [...new Set(rows.flatMap((s) => s.metrics.map((m) => m.name)))];
  const headline = names.filter(isHeadlineMetric);
  const family = task && task.family !== taskId ? ` <span class="muted">(${escapeHtml(task.family)})</span>` : "";
  const targets = rows.map((s) => targetCell(s.targetId, s.simulated));
  const parts = [`<h3>${escapeHtml(taskId)}${family}</h3>`];
  parts.push(
    htmlTable(["", ...targets], [
      ["samples", ...rows.map((s) => `${formatCount(s.finished)}/${formatCount(s.expected)}`)],
      ["errors", ...rows.map((s) => formatCount(s.errors))],
      ...headline.map((name) => [escapeHtml(name), ...rows.map((s) => metricCell(s.metrics.find((m) => m.name === name)))]),
    ]),
  );
  const figures = [languagePlot(model, taskId), ratingsFigures(model, taskId), lengthPlot(model, taskId)].filter(Boolean);
  if (figures.length > 0) parts.push(`<div class="figures">${figures.map((svg) => `<figure class="plot-figure scroll">${svg}</figure>`).join("")}</div>`);
  parts.push(ratingsNotes(model, taskId));
  if (names.length > headline.length) {
    const breakdown = names.filter((name) => !isHeadlineMetric(name));
    parts.push(
      `<details><summary>Every metric (${breakdown.length} breakdown${breakdown.length === 1 ? "" : "s"})</summary>` +
        htmlTable(["metric", ...targets], breakdown.map((name) => [escapeHtml(name), ...rows.map((s) => metricCell(s.metrics.find((m) => m.name === name)))])) +
        "</details>",
    );
  }
  for (const summary of rows.filter((s) => s.groups.length > 0)) parts.push(groupBlock(summary, headline));
  parts.push(heatmapRow(model, taskId));
  return parts.join("");
}

/** A task's heatmaps side by side, one per target, wrapping onto new rows on a narrow screen. */
function heatmapRow(model: ReportModel, taskId: string): string {
  const heatmaps = model.heatmaps.filter((h) => h.taskId === taskId);
  if (heatmaps.length === 0) return "";
  const figures = heatmaps.map((heatmap) => {
    const sizing = heatmap.sizing ? `<div class="muted">prompt sizing: ${escapeHtml(heatmap.sizing)}</div>` : "";
    return (
      `<figure class="heatmap-figure"><figcaption>${targetCell(heatmap.targetId, heatmap.simulated)}${sizing}</figcaption>` +
      heatmapSvg(heatmap.view, heatmap) +
      `<p class="effective">${escapeHtml(heatmap.view.effective)}</p></figure>`
    );
  });
  return `<div class="heatmap-row">${figures.join("")}</div><p class="muted">${escapeHtml(CELL_LEGEND)}; click a cell for its transcripts.</p>`;
}

/** Groups as rows, the headline metrics split into tables of a few columns each. */
function groupBlock(summary: TaskTargetSummary, headline: string[]): string {
  const tables: string[] = [];
  for (let start = 0; start < Math.max(1, headline.length); start += GROUP_COLUMNS) {
    const names = headline.slice(start, start + GROUP_COLUMNS);
    const rows = summary.groups.map((group) => [
      escapeHtml(`${group.key}=${group.value}`),
      formatCount(group.samples),
      ...names.map((name) => metricCell(group.metrics.find((m) => m.name === name))),
    ]);
    tables.push(htmlTable(["group", "samples", ...names.map(escapeHtml)], rows));
  }
  return `<details><summary>${escapeHtml(summary.targetId)} by group</summary>${tables.join("")}</details>`;
}

/** Per judge: how many pairs it read, its position consistency, and the length-controlled ratings beside the plain ones. */
function ratingsNotes(model: ReportModel, taskId: string): string {
  const judges = model.ratings.filter((r) => r.taskId === taskId).flatMap((r) => r.judges);
  if (judges.length === 0) return "";
  const rows = judges.flatMap((judge) =>
    judge.ratings.map((r) => {
      const controlled = judge.lengthControlled.find((c) => c.targetId === r.targetId);
      return [escapeHtml(judge.judgeId), escapeHtml(r.targetId), escapeHtml(`${Math.round(r.rating)} ${intervalText(r.interval ?? {})}`), escapeHtml(controlled ? `${Math.round(controlled.rating)} ${intervalText(controlled.interval ?? {})}` : "–")];
    }),
  );
  const said = judges.map((j) => `${j.judgeId}: ${j.comparisons} pairs, ${j.unscored} unreadable, position consistency ${formatMetric(j.positionConsistency)}`);
  return (
    `<p class="about">Pairwise ratings: every pair of answers shown to the judge in both orders; a win counts only if it holds both ways. ${escapeHtml(said.join("; "))}.</p>` +
    (rows.length > 0 ? htmlTable(["judge", "target", "rating [95%]", "length-controlled [95%]"], rows) : `<p class="muted">No pair got a readable verdict in both orders: no ratings.</p>`)
  );
}

function probeBlock(probes: readonly ReportProbe[]): string {
  const rows = probes.map((probe) => ({
    cells: [
      targetCell(probe.targetId, probe.simulated),
      probe.claimedTokens === undefined ? "–" : formatCount(probe.claimedTokens),
      `${formatCount(probe.acceptedTokens)}${probe.rejectedAboveTokens === undefined ? "+" : ""}`,
      escapeHtml(probe.truncation),
      probe.keptTokens === undefined ? "–" : formatCount(probe.keptTokens),
      probe.effectiveTokens === undefined ? "–" : formatCount(probe.effectiveTokens),
    ],
    note: escapeHtml(probe.evidence),
  }));
  return (
    `<h3>Context probes</h3><p class="about">The largest prompt each host accepted, and whether it cut longer prompts silently (newest probe per target; N+ = nothing up to the probe's ceiling was rejected).</p>` +
    notedTable(["target", "claimed", "accepted", "silent cut", "kept whole", "effective"], rows)
  );
}
