// Two runs (or two targets of one run) compared as `realitycheck compare` prints it: per shared task, accuracy by
// the item-level McNemar test, errors, refusals and style, every difference A − B with its interval and adjusted p,
// then whether the two behave like different models. The server computes it in a worker; it can take a while.

import { getJson } from "../api.js";
import { el, section, table } from "../dom.js";
import { targetName } from "../format.js";

export async function renderCompare({ query, signal }) {
  const params = Object.fromEntries(["a", "b", "ta", "tb"].map((name) => [name, query.get(name) ?? ""]).filter(([, v]) => v));
  const c = await getJson(`/api/compare?${new URLSearchParams(params)}`, signal);
  const go = (changes) => (location.hash = `#/compare?${new URLSearchParams({ a: c.a.runId, b: c.b.runId, ta: c.a.targetId, tb: c.b.targetId, ...changes })}`);
  const picker = (side, name) => el("select", { name, on: { change: (event) => go({ [name]: event.target.value }) } }, side.targets.map((t) => el("option", { value: t, selected: t === side.targetId }, t)));
  return el(
    "div",
    { data: { view: "compare" } },
    el("h1", {}, "Compare: A − B"),
    el("dl", { class: "facts", id: "sides" }, el("dt", {}, "A"), el("dd", {}, `run ${c.a.runId}, target `, picker(c.a, "ta")), el("dt", {}, "B"), el("dd", {}, `run ${c.b.runId}, target `, picker(c.b, "tb"))),
    c.a.simulated || c.b.simulated ? el("p", { class: "note" }, "[simulated] sides are the provider simulator, a test double: not any model's behaviour.") : null,
    section("Verdict", el("div", { id: "differences" }, c.diff.differences.length === 0 ? el("p", {}, "No difference detected at this sample size: more items would narrow the intervals.") : [el("p", {}, "These two behave like different models:"), el("ul", {}, c.diff.differences.map((d) => el("li", {}, d)))]), el("p", { class: "muted" }, `Every difference reads A − B. One primary test per task (accuracy); every other row one secondary family; Holm-adjusted, ${c.diff.alpha} over the whole compare.`)),
    c.unshared.length > 0 ? el("p", { class: "muted" }, `Not compared (only one side has them): ${c.unshared.join(", ")}`) : null,
    c.diff.tasks.map((task) => taskBlock(task, c)),
  );
}

function taskBlock(task, c) {
  const rows = [];
  if (task.accuracy) rows.push(row("accuracy (McNemar over items)", task.accuracy, pct, points));
  rows.push(row("errors", task.errors, pct, points), row("refusals", task.refusals, pct, points));
  for (const style of task.style.filter((r) => r.difference !== null)) rows.push(row(style.name.replace(/^style:/, ""), style, fixed, signed));
  const groups = [...new Set(task.groups.map((g) => g.key))].map((key) =>
    table(
      [`accuracy by ${key}`, "A", "B", "A − B", "adjusted p (Holm over groups)"],
      task.groups.filter((g) => g.key === key).map((g) => [g.value, { value: pct(g.a), class: "num" }, { value: pct(g.b), class: "num" }, { value: points(g.a - g.b), class: "num" }, { value: `${g.adjustedP.toPrecision(2)}${g.differs ? " differs" : ""}`, class: g.differs ? "num differs" : "num" }]),
      { class: "compare-groups" },
    ),
  );
  const agreement = task.agreement ? el("p", { class: "muted" }, `Same answer on ${pct(task.agreement.rate)} [${pct(task.agreement.interval.lower)}, ${pct(task.agreement.interval.upper)}] of ${task.agreement.n} answered pairs.`) : null;
  return section(
    `${task.taskId}: ${task.pairs} paired samples over ${task.items} items`,
    table(["", `A ${targetName(c.a.targetId, c.a.simulated)}`, `B ${targetName(c.b.targetId, c.b.simulated)}`, "A − B [95% interval]", "adjusted p"], rows, { class: "compare", data: { task: task.taskId } }),
    groups,
    agreement,
  );
}

function row(label, tested, value, difference) {
  if (tested.difference === null) return [label, { value: "n/a", class: "num" }, { value: "n/a", class: "num" }, "", ""];
  const range = tested.interval ? ` [${difference(tested.interval.lower)}, ${difference(tested.interval.upper)}]` : "";
  const adjusted = tested.adjustedP === undefined ? "" : `${tested.adjustedP.toPrecision(2)}${tested.differs ? " differs" : ""}`;
  return [label, { value: value(tested.a), class: "num" }, { value: value(tested.b), class: "num" }, { value: `${difference(tested.difference)}${range}`, class: "num" }, { value: adjusted, class: tested.differs ? "num differs" : "num" }];
}

function pct(value) {
  return value === null || value === undefined ? "n/a" : `${(value * 100).toFixed(1)}%`;
}

function points(value) {
  return `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(1)} pts`;
}

function fixed(value) {
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 3);
}

function signed(value) {
  return `${value >= 0 ? "+" : "−"}${fixed(Math.abs(value))}`;
}
