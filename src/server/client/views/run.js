// A run's page: what was run, the verdicts, context probes and pairwise ratings stored with it, the family metrics
// per task with the targets side by side (from the run's stored summary), heatmaps for long-context tasks, per-target
// cost and speed, each scorer's labels, errors, and live progress.

import { getJson, runApi } from "../api.js";
import { el, link, section, table } from "../dom.js";
import { int, metric, ms, runStatus, targetName, usd, when } from "../format.js";
import { renderFindings } from "./findings.js";
import { renderHeatmaps } from "./heatmap.js";
import { startLive } from "./live.js";
import { renderMetrics } from "./metrics.js";

export async function renderRun({ runId, signal }) {
  // Every request goes out at once, the headline ones first (the server answers them in turn). A stopped run's summary
  // is stored, so its family metrics come with the counts and findings, and the page is ready once they are drawn;
  // the heatmaps follow into their place. A run without a current summary (running, or stored before summaries were)
  // is summarised by a worker thread, asked for once the rest is in so as not to slow it.
  const ask = (suffix, params) => {
    const asked = getJson(runApi(runId, suffix, params), signal);
    asked.catch(() => {});
    return asked;
  };
  const overviewAsked = ask();
  const findingsAsked = ask("findings");
  const storedAsked = ask("metrics", { stored: "1" });
  const heatmapsAsked = ask("heatmap");
  const [overview, findings, stored] = await Promise.all([overviewAsked, findingsAsked, storedAsked.catch(() => undefined)]);
  const { run } = overview;
  const simulated = new Map(overview.targets.map((t) => [t.id, t.simulated]));
  const samplesHref = (params = {}) => `#/run/${encodeURIComponent(runId)}/samples${query(params)}`;
  const metricsBox = el("div", { id: "metrics" }, el("p", { class: "muted" }, "summarising the run (it has no stored summary yet)..."));
  // A failed stored read shows its error in the box rather than summarising behind it.
  const summaries = stored === undefined ? storedAsked : stored.summaries === null ? ask("metrics") : Promise.resolve(stored);
  const metricsDrawn = renderMetrics({ runId, summaries, box: metricsBox, overview, signal });
  if (stored?.summaries) await metricsDrawn;
  const heatmapsBox = el("div", { id: "heatmaps-box" });
  const heatmapsSection = section("Long-context heatmaps", heatmapsBox);
  heatmapsSection.hidden = true;
  drawHeatmaps(heatmapsAsked, heatmapsSection, heatmapsBox, runId, signal);
  return el(
    "div",
    { data: { view: "run" } },
    el("h1", {}, `Run ${run.id}`),
    el(
      "p",
      { class: "facts" },
      el("span", { class: `status status-${run.status}` }, runStatus(run.status)),
      ` created ${when(run.createdAt)} UTC${run.origin ? ` by ${run.origin.user} on ${run.origin.host}` : ""}, seed ${run.seed}, ${run.trials ?? "?"} trial(s) per item. `,
      link(samplesHref(), "Browse transcripts"),
      " · ",
      link(`#/run/${encodeURIComponent(runId)}/matrix`, "Items × targets"),
      overview.targets.length > 1 ? [" · ", link(`#/compare?${new URLSearchParams({ a: runId, b: runId })}`, "Compare its targets")] : null,
    ),
    run.simulated ? el("p", { class: "note" }, "[simulated] targets are the provider simulator, a test double: their numbers are not any model's results.") : null,
    run.status === "running" ? startLive(runId, overview, signal) : null,
    renderFindings(findings, simulated),
    section("Metrics by task", metricsBox),
    heatmapsSection,
    section("Targets", targetsTable(overview, simulated)),
    section("Scorer labels", el("details", { id: "scorer-labels" }, el("summary", {}, "each scorer's mean and label counts per task and target (labels open the transcripts)"), overview.tasks.map((task) => comparison(task, overview, simulated, samplesHref)))),
    section("Errors", errorsBlock(overview, samplesHref)),
  );
}

/** Fills the heatmaps' section when they arrive (shown only when the run has some); the box is marked ready either way. */
async function drawHeatmaps(asked, sectionNode, box, runId, signal) {
  try {
    const heatmaps = await asked;
    if (signal.aborted) return;
    if (heatmaps.heatmaps.length > 0) {
      box.replaceChildren(renderHeatmaps(heatmaps, runId));
      sectionNode.hidden = false;
    }
  } catch (error) {
    if (signal.aborted) return;
    box.replaceChildren(el("p", { class: "muted" }, `Heatmaps unavailable: ${error.message}`));
    sectionNode.hidden = false;
  }
  box.dataset.ready = "true";
}

function query(params) {
  const text = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  return text ? `?${text}` : "";
}

function targetsTable(overview, simulated) {
  const rows = overview.targetTotals.map((t) => {
    const target = overview.targets.find((x) => x.id === t.targetId);
    return [
      targetName(t.targetId, simulated.get(t.targetId)),
      `${target.provider} / ${target.model}`,
      { value: int(t.done), class: "num" },
      { value: int(t.errors), class: "num" },
      { value: int(t.fromCache), class: "num" },
      { value: int(t.inputTokens), class: "num" },
      { value: int(t.outputTokens), class: "num" },
      { value: simulated.get(t.targetId) ? "" : usd(t.costUsd), class: "num" },
      { value: ms(t.latencyMsP50), class: "num" },
      { value: ms(t.latencyMsP95), class: "num" },
      { value: ms(t.ttftMsP50), class: "num" },
    ];
  });
  return table(["target", "provider / model", "done", "errors", "cached", "tokens in", "tokens out", "cost", "latency p50", "p95", "ttft p50"], rows, { id: "targets" });
}

function comparison(task, overview, simulated, samplesHref) {
  const counts = overview.counts.filter((c) => c.taskId === task.id);
  const scores = overview.scores.filter((s) => s.taskId === task.id);
  const scorers = [...new Set(scores.map((s) => s.scorer))];
  const rows = overview.targets.map((target) => {
    const c = counts.find((x) => x.targetId === target.id);
    const expected = c?.expected ?? null;
    return [
      targetName(target.id, simulated.get(target.id)),
      { value: `${int(c ? c.done + c.errors : 0)}${expected === null ? "" : ` / ${int(expected)}`}`, class: "num" },
      { value: int(c?.errors ?? 0), class: "num" },
      ...scorers.map((scorer) => {
        const s = scores.find((x) => x.targetId === target.id && x.scorer === scorer);
        if (!s) return "";
        const labels = Object.entries(s.labels).sort(([, a], [, b]) => b - a);
        return el(
          "div",
          {},
          el("div", { class: "num" }, metric(s.mean, s.interval, s.scored)),
          el("div", { class: "labels" }, labels.map(([label, n], i) => [i > 0 ? ", " : "", link(samplesHref({ target: target.id, task: task.id, outcome: label }), `${label} ${n}`)])),
        );
      }),
      { value: ms(c?.latencyMsMean), class: "num" },
      { value: int(c ? c.inputTokens + c.outputTokens : 0), class: "num" },
    ];
  });
  return el(
    "div",
    { class: "task" },
    el("h3", {}, `${task.id} `, el("span", { class: "muted" }, `(${task.family}, ${int(task.items)} items)`)),
    table(["target", "samples", "errors", ...scorers.map((s) => `${s}: mean [95% CI] n`), "latency mean", "tokens"], rows, { class: "comparison", data: { task: task.id } }),
  );
}

function errorsBlock(overview, samplesHref) {
  if (overview.errors.length === 0) return el("p", { class: "muted", id: "errors" }, "No errors.");
  const counts = table(
    ["target", "error", "samples ended by it", "failed attempts"],
    overview.errors.map((e) => [e.targetId, link(samplesHref({ target: e.targetId, outcome: `error:${e.errorKind}` }), e.errorKind), { value: int(e.samples), class: "num" }, { value: int(e.attempts), class: "num" }]),
  );
  const latest = overview.latestErrors.map((e) => [when(e.endedAt), e.targetId, `${e.taskId} / ${e.itemId} #${e.trial}`, String(e.attempt), e.errorKind, e.httpStatus === null ? "" : String(e.httpStatus), el("span", { class: "clip" }, e.errorMessage ?? "")]);
  return el("div", { id: "errors" }, counts, el("h3", {}, "Latest failed attempts"), table(["when (UTC)", "target", "sample", "attempt", "error", "http", "message"], latest, { id: "latest-errors" }));
}

