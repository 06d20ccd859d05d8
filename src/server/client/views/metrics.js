// The family metrics with intervals, as `realitycheck show` prints them: per task one table, headline metrics as rows
// and targets as columns, each cell `value [low, high] n`; breakdowns, groups and style beneath, folded. Read from the
// run's stored summary, so on a finished run they come with the page; a run without one is summarised first.

import { el, link } from "../dom.js";
import { int, metric, targetName } from "../format.js";

/** `response`: the pending /metrics request. */
export async function renderMetrics({ runId, summaries: response, box, overview, signal }) {
  let summaries;
  let headlines;
  try {
    ({ summaries, headlines } = await response);
  } catch (error) {
    if (!signal.aborted) box.replaceChildren(el("p", { class: "muted" }, `Metrics unavailable: ${error.message}`));
    return;
  }
  // Which metrics lead is the server's rule (metrics/headline-metric.ts), the one show and the reports follow.
  const isHeadline = (name) => headlines.includes(name);
  box.replaceChildren(...overview.tasks.map((task) => taskBlock(task, summaries.filter((s) => s.taskId === task.id), overview, runId, isHeadline)));
  box.dataset.ready = "true";
}

function taskBlock(task, summaries, overview, runId, isHeadline) {
  const run = `#/run/${encodeURIComponent(runId)}`;
  const heading = el(
    "h3",
    {},
    `${task.id} `,
    el("span", { class: "muted" }, `(${task.family}, ${int(task.items)} items) `),
    link(`${run}/matrix?${new URLSearchParams({ task: task.id })}`, "items × targets"),
    " · ",
    link(`${run}/samples?${new URLSearchParams({ task: task.id })}`, "transcripts"),
  );
  if (summaries.length === 0) return el("div", { class: "task", data: { task: task.id } }, heading, el("p", { class: "muted" }, "No samples yet."));
  const names = [...new Set(summaries.flatMap((s) => s.metrics.map((m) => m.name)))];
  const headline = names.filter(isHeadline);
  const breakdown = names.filter((name) => !isHeadline(name));
  const styleNames = [...new Set(summaries.flatMap((s) => s.style.filter((m) => m.value !== null).map((m) => m.name)))];
  const samplesRow = ["samples", ...summaries.map((s) => ({ value: `${int(s.finished)}/${int(s.expected)}${s.errors > 0 ? `, ${int(s.errors)} errors` : ""}`, class: "num" }))];
  return el(
    "div",
    { class: "task", data: { task: task.id } },
    heading,
    byTarget(summaries, [samplesRow, ...headline.map((name) => metricRow(name, summaries, (s) => s.metrics))], { class: "family", data: { task: task.id } }),
    breakdown.length > 0 ? folded(`breakdowns (${breakdown.length})`, () => byTarget(summaries, breakdown.map((name) => metricRow(name, summaries, (s) => s.metrics)))) : null,
    summaries.some((s) => s.groups.length > 0) ? folded("by group", () => groupsTable(summaries, headline)) : null,
    styleNames.length > 0 ? folded("style (mean per answer)", () => byTarget(summaries, styleNames.map((name) => metricRow(name, summaries, (s) => s.style)))) : null,
  );
}

/** A folded part, built when first opened: most are never opened, and building them all slows the page's first paint. */
function folded(title, build) {
  const details = el("details", {}, el("summary", {}, title));
  details.addEventListener("toggle", () => {
    if (details.open && details.childElementCount === 1) details.append(build());
  });
  return details;
}

/** Rows of cells under a header of the targets, in the summaries' order. */
function byTarget(summaries, rows, props = {}) {
  return el(
    "table",
    props,
    el("thead", {}, el("tr", {}, el("th", {}, "metric"), summaries.map((s) => el("th", {}, targetName(s.targetId, s.simulated))))),
    el("tbody", {}, rows.map(([name, ...cells]) => el("tr", { data: { metric: name } }, el("th", { scope: "row" }, name), cells.map((c) => el("td", { class: c.class }, c.value))))),
  );
}

function metricRow(name, summaries, list) {
  return [name, ...summaries.map((s) => {
    const m = list(s).find((x) => x.name === name);
    return { value: m ? metric(m.value, m.interval, m.n, m.items) : "", class: "num" };
  })];
}

function groupsTable(summaries, headline) {
  const rows = summaries.flatMap((s) => s.groups.map((g) => [targetName(s.targetId, s.simulated), `${g.key}=${g.value}`, ...headline.map((name) => {
    const m = g.metrics.find((x) => x.name === name);
    return m ? metric(m.value, m.interval, m.n, m.items) : "";
  })]));
  return el(
    "table",
    { class: "groups" },
    el("thead", {}, el("tr", {}, ["target", "group", ...headline].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map(([target, group, ...cells]) => el("tr", {}, el("td", {}, target), el("td", {}, group), cells.map((c) => el("td", { class: "num" }, c))))),
  );
}
