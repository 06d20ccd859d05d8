// The transcript browser: filters (target, task family, outcome, language), a text search of the answers, and pages
// of 50 by cursor. Filters live in the URL, so a filtered view can be bookmarked; the page stack gives "previous".

import { getJson, runApi } from "../api.js";
import { el, link, table } from "../dom.js";
import { int, ms } from "../format.js";

const FILTERS = ["target", "task", "family", "outcome", "language", "q"];
/** Cursors of the pages before this one, for the current filters only. */
let history = { filters: "", stack: [] };

export async function renderSamples({ runId, query, signal }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ""]));
  const filterKey = JSON.stringify(filters);
  if (history.filters !== filterKey) history = { filters: filterKey, stack: [] };
  const after = query.get("after") ?? "";
  while (history.stack.length > 0 && after === "") history.stack.pop();
  const [facets, page] = await Promise.all([
    getJson(runApi(runId, "facets"), signal),
    getJson(runApi(runId, "samples", { ...filters, after }), signal),
  ]);
  const base = `#/run/${encodeURIComponent(runId)}/samples`;
  const go = (params) => {
    const text = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    location.hash = `${base}${text ? `?${text}` : ""}`;
  };
  const form = filterForm(facets, filters, (chosen) => go(chosen));
  // Opened from a link or a reload on a later page, the stack is empty: Previous then goes back to the first page.
  const prevButton = el("button", { type: "button", id: "prev", disabled: after === "", on: { click: () => go({ ...filters, after: history.stack.pop() ?? "" }) } }, "Previous");
  const nextButton = el("button", { type: "button", id: "next", disabled: !page.next, on: { click: () => (history.stack.push(after), go({ ...filters, after: page.next })) } }, "Next");
  const rows = page.samples.map((s) => [
    link(`#/run/${encodeURIComponent(runId)}/sample/${s.ref}`, "open"),
    s.key.targetId,
    s.key.taskId,
    s.key.itemId,
    { value: String(s.key.trial), class: "num" },
    s.language ?? "",
    s.status === "error" ? { value: `error: ${s.errorKind ?? "unknown"}`, class: "bad" } : s.scores.map((x) => x.label).join(", "),
    { value: ms(s.latencyMs), class: "num" },
    { value: s.responseChars === null ? "" : int(s.responseChars), class: "num" },
    { value: s.preview ?? "", class: "preview" },
  ]);
  const note = page.partial ? el("p", { class: "note", id: "partial" }, "Searched as far as one request may; Next continues the search.") : null;
  return el(
    "div",
    { data: { view: "samples" } },
    el("h1", {}, "Transcripts"),
    form,
    el("p", { class: "pager" }, prevButton, " ", el("span", { id: "page-number" }, after !== "" && history.stack.length === 0 ? "a later page" : `page ${history.stack.length + 1}`), " ", nextButton),
    note,
    page.samples.length === 0 ? el("p", { class: "muted", id: "no-samples" }, "No samples match.") : table(["", "target", "task", "item", "trial", "lang", "outcome", "latency", "chars", "answer (start)"], rows, { id: "samples" }),
  );
}

function filterForm(facets, filters, apply) {
  const select = (name, label, values) =>
    el("label", {}, `${label} `, el("select", { name }, el("option", { value: "" }, "any"), values.map((v) => el("option", { value: v, selected: v === filters[name] }, v))));
  const search = el("input", { type: "search", name: "q", value: filters.q, placeholder: "text in the answer", maxlength: 200 });
  const form = el(
    "form",
    { id: "filters", class: "filters" },
    select("target", "target", facets.targets),
    select("family", "family", facets.families),
    select("task", "task", facets.tasks.map((t) => t.id)),
    select("outcome", "outcome", facets.outcomes),
    select("language", "language", facets.languages),
    el("label", {}, "search ", search),
    el("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(Object.fromEntries(FILTERS.map((name) => [name, form.elements[name].value])));
  });
  return form;
}
