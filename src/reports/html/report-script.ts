// The report's only script: the transcript browser's filters and search, and heatmap cells that preview their
// transcripts on hover and list them on click. Plain browser JavaScript kept as text, allowed by its hash in the
// page's Content-Security-Policy. Model text only ever reaches the page through textContent.

export const REPORT_SCRIPT = `(function () {
  "use strict";
  var PAGE = 50;
  var byId = function (id) { return document.getElementById(id); };
  var all = JSON.parse(byId("rc-data").textContent).transcripts;
  var filters = { task: byId("rc-task"), target: byId("rc-target"), outcome: byId("rc-outcome"), text: byId("rc-text") };
  var list = byId("rc-list"), more = byId("rc-more"), tip = byId("rc-tip");
  var shown = PAGE, cell = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function field(parent, name, value) {
    if (value === undefined || value === null || value === "") return;
    var row = el("div", "field");
    row.append(el("span", "name", name), el("span", "value", String(value)));
    parent.append(row);
  }
  function inCell(t, c) {
    if (t.taskId !== c.task || t.targetId !== c.target || String(t.metadata.length) !== c.length) return false;
    return c.depth === null || String(t.metadata.depth) === c.depth;
  }
  function searchable(t) {
    var parts = [t.itemId, t.input, t.expected, t.response, t.errorMessage, t.outcome];
    t.scores.forEach(function (s) { parts.push(s.answer, s.explanation); });
    return parts.filter(function (p) { return typeof p === "string"; }).join("\\n").toLowerCase();
  }
  function matches(t) {
    if (filters.task.value && t.taskId !== filters.task.value) return false;
    if (filters.target.value && t.targetId !== filters.target.value) return false;
    var outcome = filters.outcome.value;
    if (outcome === "LOOP" ? !t.loop : outcome && t.outcome !== outcome) return false;
    if (cell && !inCell(t, cell)) return false;
    var query = filters.text.value.trim().toLowerCase();
    return !query || searchable(t).indexOf(query) >= 0;
  }
  function card(t) {
    var tone = t.status === "error" || t.loop || t.value === 0 ? "bad" : t.value === 1 ? "good" : "";
    var details = el("details", "transcript " + tone);
    var summary = el("summary");
    summary.append(el("span", "outcome", t.outcome + (t.loop ? " · LOOP" : "")));
    summary.append(document.createTextNode(" " + t.taskId + " · " + t.targetId + " · " + t.itemId + " · trial " + t.trial));
    details.append(summary);
    var body = el("div", "body");
    field(body, "expected", t.expected);
    field(body, "metadata", Object.keys(t.metadata).map(function (k) { return k + "=" + t.metadata[k]; }).join(", "));
    field(body, "finish", t.finishReason);
    field(body, "tokens in/out", t.inputTokens === undefined ? undefined : t.inputTokens + " / " + t.outputTokens);
    field(body, "latency ms", t.latencyMs === undefined ? undefined : Math.round(t.latencyMs));
    field(body, "error", t.errorMessage);
    t.scores.forEach(function (s) {
      var value = s.value === null ? "" : " (" + s.value + ")";
      field(body, "score " + s.scorer, s.label + value + (s.answer ? " · answer: " + s.answer : "") + (s.explanation ? " · " + s.explanation : ""));
    });
    body.append(el("div", "name", "question"), el("pre", "", t.input));
    if (t.response !== undefined) {
      var clipped = t.responseChars > t.response.length ? " (first " + t.response.length + " of " + t.responseChars + " characters)" : "";
      body.append(el("div", "name", "answer" + clipped), el("pre", "answer", t.response));
    }
    details.append(body);
    return details;
  }
  function render() {
    var hits = all.filter(matches);
    list.replaceChildren();
    hits.slice(0, shown).forEach(function (t) { list.append(card(t)); });
    if (cell && list.firstChild) list.firstChild.open = true;
    byId("rc-count").textContent = hits.length + " of " + all.length + " transcripts match" + (hits.length > shown ? "; showing " + shown : "");
    more.hidden = hits.length <= shown;
  }
  function reset() { shown = PAGE; render(); }
  function cellOf(g) {
    return { task: g.getAttribute("data-task"), target: g.getAttribute("data-target"), length: g.getAttribute("data-length"), depth: g.getAttribute("data-depth") };
  }
  function choose(g) {
    document.querySelectorAll(".hm-selected").forEach(function (other) { other.classList.remove("hm-selected"); });
    g.classList.add("hm-selected");
    cell = cellOf(g);
    filters.task.value = cell.task;
    filters.target.value = cell.target;
    filters.outcome.value = "";
    byId("rc-cell-label").textContent = "cell: " + g.getAttribute("aria-label");
    byId("rc-cell").hidden = false;
    reset();
    byId("transcripts").scrollIntoView();
  }
  function showTip(g, event) {
    var c = cellOf(g);
    var first = all.filter(function (t) { return inCell(t, c); })[0];
    tip.replaceChildren(el("div", "name", g.getAttribute("aria-label")));
    if (first) tip.append(el("div", "", first.outcome + " · " + first.itemId + " · trial " + first.trial), el("pre", "", (first.response || first.errorMessage || "").slice(0, 280)));
    tip.hidden = false;
    moveTip(event);
  }
  function moveTip(event) {
    tip.style.left = Math.min(event.clientX + 14, window.innerWidth - 380) + "px";
    tip.style.top = event.clientY + 14 + "px";
  }
  [filters.task, filters.target, filters.outcome].forEach(function (f) { f.addEventListener("change", reset); });
  filters.text.addEventListener("input", reset);
  more.addEventListener("click", function () { shown += PAGE; render(); });
  byId("rc-cell-clear").addEventListener("click", function () {
    cell = null;
    byId("rc-cell").hidden = true;
    document.querySelectorAll(".hm-selected").forEach(function (other) { other.classList.remove("hm-selected"); });
    reset();
  });
  document.querySelectorAll(".hm-cell").forEach(function (g) {
    g.addEventListener("click", function () { choose(g); });
    g.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); choose(g); }
    });
    g.addEventListener("mouseenter", function (event) { showTip(g, event); });
    g.addEventListener("mousemove", moveTip);
    g.addEventListener("mouseleave", function () { tip.hidden = true; });
  });
  render();
})();`;
