// One task's items × targets matrix, promptfoo's core view: a row per item, a column per target, each trial a small
// chip coloured and lettered by its outcome (the letter carries it without colour); a chip opens its transcript. Rows
// come a page at a time from the server; a checkbox keeps only the items where the targets disagree.

import { getJson, runApi } from "../api.js";
import { el, link, table } from "../dom.js";
import { int, targetName } from "../format.js";

/** Outcome -> [letter, words], in the legend's order (the server's answer-outcome.ts names them). */
export const OUTCOME_MARKS = {
  correct: ["✓", "correct"],
  incorrect: ["✗", "incorrect"],
  refused: ["R", "refused"],
  answered: ["A", "answered (complied or partly: behaviour, not right or wrong)"],
  unscored: ["?", "unscored"],
  error: ["!", "error"],
};

export async function renderMatrix({ runId, query, signal }) {
  const params = { task: query.get("task") ?? "", disagree: query.get("disagree") === "1" ? "1" : "", offset: query.get("offset") ?? "" };
  const m = await getJson(runApi(runId, "matrix", params), signal);
  const base = `#/run/${encodeURIComponent(runId)}/matrix`;
  const href = (changes) => {
    const next = { task: m.taskId, disagree: params.disagree, offset: "", ...changes };
    return `${base}?${new URLSearchParams(Object.entries(next).filter(([, v]) => v))}`;
  };
  const tabs = el("p", { class: "tabs", id: "tasks" }, m.tasks.map((id) => (id === m.taskId ? el("strong", { class: "tab current" }, id) : link(href({ task: id, disagree: "" }), id))));
  const filter = el("label", { class: "filter" }, el("input", { type: "checkbox", id: "disagree", checked: params.disagree === "1", on: { change: (event) => (location.hash = href({ disagree: event.target.checked ? "1" : "" })) } }), ` only items where the targets disagree (${int(m.disagreements)} of ${int(m.items)})`);
  const last = Math.min(m.offset + m.rows.length, m.matching);
  const pager = el(
    "p",
    { class: "pager" },
    el("button", { type: "button", id: "prev", disabled: m.offset === 0, on: { click: () => (location.hash = href({ offset: String(Math.max(0, m.offset - m.limit)) })) } }, "Previous"),
    " ",
    el("span", { id: "matrix-range" }, m.matching === 0 ? "no items" : `items ${int(m.offset + 1)}–${int(last)} of ${int(m.matching)}`),
    " ",
    el("button", { type: "button", id: "next", disabled: last >= m.matching, on: { click: () => (location.hash = href({ offset: String(m.offset + m.limit) })) } }, "Next"),
  );
  return el(
    "div",
    { data: { view: "matrix" } },
    el("h1", {}, `Items × targets: ${m.taskId}`),
    tabs,
    el("p", { class: "muted" }, `${m.family} task; each chip is one trial as the task's first scorer (${m.scorer ?? "none"}) read it. Click a chip for its transcript.`),
    legend(),
    totals(m),
    filter,
    pager,
    m.rows.length === 0 ? el("p", { class: "muted", id: "no-rows" }, "No items match.") : grid(m, runId),
  );
}

function legend() {
  return el("p", { class: "legend", id: "legend" }, Object.entries(OUTCOME_MARKS).map(([outcome, [letter, words]]) => el("span", { class: "legend-entry" }, el("span", { class: `chip o-${outcome}` }, letter), ` ${words}`)));
}

function totals(m) {
  const outcomes = Object.keys(OUTCOME_MARKS);
  const rows = m.targets.map((t, i) => [targetName(t.id, t.simulated), ...outcomes.map((o) => ({ value: int(m.counts[i][o]), class: "num" }))]);
  return table(["target", ...outcomes], rows, { id: "matrix-totals" });
}

function grid(m, runId) {
  const head = el("tr", {}, el("th", { class: "item" }, "item"), m.targets.map((t) => el("th", { class: "target" }, targetName(t.id, t.simulated))));
  const rows = m.rows.map((row) =>
    el(
      "tr",
      { class: row.disagree ? "disagree" : "", data: { item: row.itemId } },
      el("th", { class: "item", scope: "row" }, el("div", { class: "item-id" }, row.itemId, row.disagree ? el("span", { class: "differs", title: "the targets disagree on this item" }, " ≠") : null), el("div", { class: "tags muted" }, row.tags.join(" ")), el("div", { class: "item-preview" }, row.preview)),
      row.cells.map((trials, c) => el("td", { class: "cell", data: { target: m.targets[c].id } }, trials.map((t) => chip(t, runId)))),
    ),
  );
  return el("table", { class: "matrix", id: "matrix" }, el("thead", {}, head), el("tbody", {}, rows));
}

function chip(t, runId) {
  const [letter, words] = OUTCOME_MARKS[t.outcome];
  const title = `trial ${t.trial}: ${words}${t.label !== t.outcome ? ` (${t.label})` : ""}`;
  return el("a", { class: `chip o-${t.outcome}`, href: `#/run/${encodeURIComponent(runId)}/sample/${t.ref}`, title, "aria-label": title, data: { outcome: t.outcome, trial: t.trial } }, letter);
}
