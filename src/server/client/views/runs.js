// The runs list, newest first.

import { getJson } from "../api.js";
import { el, link, table } from "../dom.js";
import { int, runStatus, when } from "../format.js";

export async function renderRuns({ signal }) {
  const { runs } = await getJson("/api/runs", signal);
  if (runs.length === 0) return el("p", { class: "muted" }, "No runs stored yet.");
  const rows = runs.map((run) => [
    link(`#/run/${encodeURIComponent(run.id)}`, run.id),
    when(run.createdAt),
    { value: runStatus(run.status), class: `status status-${run.status}` },
    run.origin ? `${run.origin.user}@${run.origin.host}` : "",
    run.tasks.join(", "),
    run.targets.join(", "),
    { value: int(run.done), class: "num" },
    { value: int(run.errors), class: "num" },
    run.simulated ? "simulated" : "",
  ]);
  return el(
    "div",
    { data: { view: "runs" } },
    el("h1", {}, "Runs"),
    table(["run", "created (UTC)", "status", "started by", "tasks", "targets", "done", "errors", ""], rows, { id: "runs" }),
  );
}
