// The runs list, newest first: each run's headline number per task and target (from its stored summary) and its
// verdict counts; tick two runs to compare them.

import { getJson } from "../api.js";
import { el, link, table } from "../dom.js";
import { int, num, runStatus, when } from "../format.js";

export async function renderRuns({ signal }) {
  const { runs } = await getJson("/api/runs", signal);
  if (runs.length === 0) return el("p", { class: "muted" }, "No runs stored yet.");
  const compareButton = el("button", { type: "button", id: "compare", disabled: true }, "Compare the two ticked runs");
  const ticked = () => [...document.querySelectorAll("#runs input[name=pick]:checked")].map((box) => box.value);
  const onTick = () => {
    const picked = ticked();
    compareButton.disabled = picked.length !== 2;
    for (const box of document.querySelectorAll("#runs input[name=pick]")) box.disabled = picked.length >= 2 && !box.checked;
  };
  compareButton.addEventListener("click", () => {
    const [a, b] = ticked();
    location.hash = `#/compare?${new URLSearchParams({ a, b })}`;
  });
  const rows = runs.map((run) => [
    el("input", { type: "checkbox", name: "pick", value: run.id, "aria-label": `tick run ${run.id} to compare`, on: { change: onTick } }),
    link(`#/run/${encodeURIComponent(run.id)}`, run.id),
    when(run.createdAt),
    { value: runStatus(run.status), class: `status status-${run.status}` },
    run.origin ? `${run.origin.user}@${run.origin.host}` : "",
    el("div", { class: "targets" }, run.targets.map((t, i) => el("div", {}, `${letter(i)} ${t}`))),
    headlines(run),
    verdicts(run.verdicts),
    { value: `${int(run.done)}${run.errors > 0 ? ` (${int(run.errors)} errors)` : ""}`, class: "num" },
    run.simulated ? "simulated" : "",
  ]);
  return el(
    "div",
    { data: { view: "runs" } },
    el("h1", {}, "Runs"),
    el("p", { class: "pager" }, compareButton, el("span", { class: "muted" }, " tick two runs (a run against itself: open a run and use its compare link)")),
    table(["", "run", "created (UTC)", "status", "started by", "targets", "headline per task (target A · B ...)", "verdicts", "samples", ""], rows, { id: "runs" }),
  );
}

/** Targets are lettered in the run's order, so each headline lists their values in that order. */
function letter(i) {
  return String.fromCharCode(65 + i);
}

function headlines(run) {
  if (!run.headlines) return el("span", { class: "muted" }, run.status === "running" ? "running" : "no summary yet");
  return el(
    "div",
    { class: "headlines" },
    run.headlines.map((h) => el("div", { data: { task: h.taskId } }, el("span", { class: "muted" }, `${h.taskId} ${h.metric} `), h.values.map((v, i) => [i > 0 ? " · " : "", el("span", { class: "num", title: v.targetId }, v.value === null ? "n/a" : num(v.value))]))),
  );
}

function verdicts(counts) {
  if (!counts) return el("span", { class: "muted" }, "none stored");
  const parts = [["supported", "supported"], ["contradicted", "contradicted"], ["inconclusive", "inconclusive"], ["not-tested", "not tested"]].filter(([status]) => counts[status] > 0);
  return el("div", { class: "verdict-counts" }, parts.map(([status, words]) => el("div", { class: `verdict verdict-${status}` }, `${counts[status]} ${words}`)));
}
