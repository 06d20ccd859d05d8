// Live progress of a running run: a bar per target and the failed attempts as they happen, from the server's event
// stream. When the run stops, the page reloads itself to show the final numbers.

import { el } from "../dom.js";
import { int, runStatus, when } from "../format.js";

const SHOWN_ERRORS = 200;

export function startLive(runId, overview, signal) {
  const expected = new Map();
  for (const c of overview.counts) expected.set(c.targetId, (expected.get(c.targetId) ?? 0) + (c.expected ?? 0));
  for (const t of overview.targets) if (!expected.has(t.id)) expected.set(t.id, overview.tasks.reduce((n, task) => n + task.items * (overview.run.trials ?? 0), 0));
  const bars = new Map();
  const total = el("p", { id: "live-total" }, "waiting for progress...");
  const errors = el("ol", { id: "live-errors", class: "errors", reversed: true });
  const box = el(
    "section",
    { id: "live", class: "live" },
    el("h2", {}, "Live"),
    total,
    overview.targets.map((t) => {
      const bar = el("div", { class: "fill" });
      const label = el("span", { class: "bar-label" });
      bars.set(t.id, { bar, label });
      return el("div", { class: "progress", data: { target: t.id } }, el("span", { class: "bar-target" }, t.id), el("div", { class: "bar" }, bar), label);
    }),
    el("h3", {}, "Failed attempts since this page opened"),
    errors,
  );
  const source = new EventSource(`/api/runs/${encodeURIComponent(runId)}/live?after=${overview.lastAttemptId}`);
  signal.addEventListener("abort", () => source.close());
  source.addEventListener("progress", (event) => {
    const progress = JSON.parse(event.data);
    total.textContent = `${runStatus(progress.status)}: ${int(progress.done)} done, ${int(progress.errors)} errors`;
    for (const t of progress.byTarget) {
      const view = bars.get(t.targetId);
      if (!view) continue;
      const want = expected.get(t.targetId) || 0;
      const share = want > 0 ? Math.min(1, (t.done + t.errors) / want) : 0;
      view.bar.style.width = `${(share * 100).toFixed(1)}%`;
      view.label.textContent = `${int(t.done + t.errors)}${want > 0 ? ` / ${int(want)}` : ""} (${int(t.errors)} errors)`;
    }
  });
  source.addEventListener("errors", (event) => {
    for (const e of JSON.parse(event.data)) {
      errors.prepend(el("li", {}, `${when(e.endedAt)} ${e.targetId} ${e.taskId}/${e.itemId} #${e.trial} attempt ${e.attempt}: ${e.errorKind}${e.httpStatus ? ` (HTTP ${e.httpStatus})` : ""} `, el("span", { class: "muted" }, e.errorMessage ?? "")));
    }
    while (errors.children.length > SHOWN_ERRORS) errors.lastElementChild.remove();
  });
  source.addEventListener("end", () => {
    source.close();
    if (!signal.aborted) window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
  return box;
}
