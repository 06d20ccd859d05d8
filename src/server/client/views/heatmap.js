// Long-context heatmaps as tables, side by side per target: depth down, length across, each cell the % of needles
// found, shaded on a colour-blind-safe scale by its step (computed by the server with the same rule as every other
// renderer). Hover for the summary.

import { el, link } from "../dom.js";
import { targetName } from "../format.js";

export function renderHeatmaps({ legend, heatmaps }, runId) {
  return el(
    "div",
    { id: "heatmaps" },
    el("p", { class: "muted" }, legend),
    [...new Set(heatmaps.map((h) => h.taskId))].map((taskId) => el("div", { class: "heatmap-row", data: { task: taskId } }, heatmaps.filter((h) => h.taskId === taskId).map((h) => heatmap(h, runId)))),
  );
}

function heatmap({ taskId, targetId, simulated, view }, runId) {
  const samples = `#/run/${encodeURIComponent(runId)}/samples?${new URLSearchParams({ target: targetId, task: taskId })}`;
  const cell = (c, depthLabel) =>
    el(
      "td",
      {
        class: `cell ${c.shade === null ? "shade-none" : `shade-${c.shade}`}`,
        title: c.summary,
        data: { length: c.length, depth: depthLabel, samples: c.samples, asked: c.asked, correct: c.correct },
      },
      c.text,
    );
  const header = el("tr", {}, el("th", {}, "depth \\ length"), view.lengthLabels.map((label) => el("th", {}, label)));
  const rows = view.rows.map((row, d) => el("tr", {}, el("th", {}, `${view.depths[d]}%`), row.map((c) => cell(c, c.depth))));
  const all = el("tr", { class: "all" }, el("th", {}, "all"), view.byLength.map((c) => cell(c, "all")));
  return el(
    "figure",
    { class: "heatmap", data: { task: taskId, target: targetId } },
    el("figcaption", {}, `${taskId} × ${targetName(targetId, simulated)} `, link(samples, "transcripts")),
    el("table", { class: "grid" }, el("thead", {}, header), el("tbody", {}, rows, all)),
    el("p", { class: "effective" }, view.effective),
  );
}
