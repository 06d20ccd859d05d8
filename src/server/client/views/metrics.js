// The family metrics with intervals, per task and target and per group, as `realitycheck show` prints them. Filled in
// after the page shows: on a large run they take a while.

import { getJson, runApi } from "../api.js";
import { el, table } from "../dom.js";
import { metric, targetName } from "../format.js";

export async function renderMetrics(runId, box, simulated, signal) {
  let summaries;
  try {
    ({ summaries } = await getJson(runApi(runId, "metrics"), signal));
  } catch (error) {
    if (!signal.aborted) box.replaceChildren(el("p", { class: "muted" }, `Metrics unavailable: ${error.message}`));
    return;
  }
  box.replaceChildren(...summaries.map((s) => summary(s, simulated)));
  box.dataset.ready = "true";
}

function summary(s, simulated) {
  const rows = s.metrics.map((m) => [m.name, { value: metric(m.value, m.interval, m.n, m.items), class: "num" }]);
  const groups = s.groups.flatMap((g) => g.metrics.filter((m) => !/[[@:]/.test(m.name)).map((m) => [`${g.key}=${g.value}`, m.name, { value: metric(m.value, m.interval, m.n, m.items), class: "num" }]));
  const style = s.style.filter((m) => m.value !== null).map((m) => [m.name, { value: metric(m.value, m.interval, m.n, m.items), class: "num" }]);
  return el(
    "details",
    { class: "summary", data: { task: s.taskId, target: s.targetId } },
    el("summary", {}, `${s.taskId} × ${targetName(s.targetId, simulated.get(s.targetId))}: ${s.finished}/${s.expected} samples, ${s.errors} errors`),
    table(["metric", "value [95% CI] n"], rows),
    groups.length > 0 ? table(["group", "metric", "value [95% CI] n"], groups) : null,
    style.length > 0 ? el("details", {}, el("summary", {}, "style (mean per answer)"), table(["metric", "value [95% CI] n"], style)) : null,
  );
}
