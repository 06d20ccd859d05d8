// One sample in full: what was asked, every attempt, the final answer and each scorer's verdict. All model output
// and stored text is shown as text.

import { getJson, runApi } from "../api.js";
import { el, link, section, table, textBlock } from "../dom.js";
import { int, ms, usd, when } from "../format.js";

export async function renderTranscript({ runId, ref, signal }) {
  const t = await getJson(runApi(runId, "sample", { key: ref }), signal);
  const { key } = t;
  const samples = `#/run/${encodeURIComponent(runId)}/samples?${new URLSearchParams({ target: key.targetId, task: key.taskId })}`;
  const facts = [
    ["target", key.targetId],
    ["task", key.taskId],
    ["item", key.itemId],
    ["trial", String(key.trial)],
    ["status", t.status === "error" ? `error: ${t.errorKind ?? "unknown"}` : t.status],
    ["finish reason", t.finishReason ?? ""],
    ["response model", t.responseModel ?? ""],
    ["tokens in / out", `${int(t.inputTokens)} / ${int(t.outputTokens)}`],
    ["latency / ttft", `${ms(t.latencyMs)} / ${ms(t.ttftMs)}`],
    ["cost", usd(t.costUsd)],
    ["from cache", t.fromCache ? "yes" : "no"],
    ["finished", `${when(t.finishedAt)} UTC`],
  ];
  return el(
    "div",
    { data: { view: "transcript" } },
    el("h1", {}, `${key.taskId} / ${key.itemId} #${key.trial}`),
    el("p", {}, link(samples, "More transcripts of this task and target")),
    el("dl", { class: "facts" }, facts.map(([name, value]) => [el("dt", {}, name), el("dd", {}, value)])),
    t.errorMessage ? el("p", { class: "bad" }, t.errorMessage) : null,
    section("Scores", table(["scorer", "label", "value", "answer", "explanation"], t.scores.map((s) => [s.scorer, s.label, s.value === null ? "unscored" : String(s.value), s.answer ?? "", s.explanation ?? ""]), { id: "scores" })),
    section("Asked", itemBlock(t.item, t.asked)),
    t.turns.length > 0 ? section("Conversation", el("div", { id: "turns" }, t.turns.map(turn))) : null,
    section(t.turns.length > 0 ? "Answer (every turn joined)" : "Answer", el("div", { id: "response" }, textBlock(t.response))),
    section("Attempts", el("div", { id: "attempts" }, t.attempts.map(attempt))),
  );
}

/** The question as the task asked it for this target and trial (a riddle's numbers filled in), and the right answer. */
function itemBlock(item, asked) {
  if (!item) return el("p", { class: "muted" }, "The item is not stored.");
  const filled = asked && asked.messages;
  const stored = item.expected === undefined ? "" : Array.isArray(item.expected) ? item.expected.join(" | ") : String(item.expected);
  const expected = filled ? asked.expected ?? "" : stored;
  return el(
    "div",
    { id: "item" },
    filled ? el("div", { id: "asked" }, asked.messages.map((m) => el("div", { class: "message" }, el("div", { class: "role" }, m.role), textBlock(m.content)))) : storedQuestion(item, asked),
    expected ? el("p", {}, "expected: ", el("code", { id: "expected" }, expected)) : null,
    item.choices ? el("p", {}, "choices: ", item.choices.join(" | ")) : null,
    metadataFacts(item.metadata),
    item.followUps ? el("p", { class: "muted" }, `then ${item.followUps.length} follow-up turn(s), shown under Conversation`) : null,
  );
}

/** The item's metadata as name/value rows; a value that is itself JSON text (a riddle's slots) is shown decoded. */
function metadataFacts(metadata) {
  const entries = Object.entries(metadata ?? {}).filter(([, value]) => value !== null && value !== "" && value !== "{}");
  if (entries.length === 0) return null;
  const shown = (value) => (typeof value === "string" ? decodedJson(value) : JSON.stringify(value));
  return el("details", { id: "metadata" }, el("summary", {}, `metadata (${entries.length})`), el("dl", { class: "facts" }, entries.map(([name, value]) => [el("dt", {}, name), el("dd", {}, shown(value))])));
}

function decodedJson(text) {
  if (!/^[[{]/.test(text)) return text;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/** The item as stored, when the task could not rebuild the question: its input may be a template, and says so. */
function storedQuestion(item, asked) {
  return el(
    "div",
    {},
    asked && asked.unavailable ? el("p", { class: "muted" }, `${asked.unavailable}; the stored item follows (its text may be a template)`) : null,
    textBlock(item.input),
    item.messages ? item.messages.map((m) => el("div", { class: "message" }, el("div", { class: "role" }, m.role), el("pre", { class: "text" }, m.content))) : null,
    !item.messages && item.messagesChars > 0 ? el("p", { class: "muted" }, `stored messages: ${int(item.messagesChars)} characters, too long to show here`) : null,
  );
}

function turn(t) {
  return el(
    "div",
    { class: "turn" },
    el("div", { class: "role" }, `user, turn ${t.turn + 1}`),
    textBlock(t.prompt),
    el("div", { class: "role" }, `assistant (${t.finishReason}, ${int(t.outputTokens)} tokens, ${ms(t.latencyMs)})`),
    textBlock(t.response),
  );
}

function attempt(a) {
  const outcome = a.errorKind ? `${a.errorKind}${a.httpStatus ? ` (HTTP ${a.httpStatus})` : ""}` : a.finishReason ?? "";
  return el(
    "div",
    { class: "attempt" },
    el("h3", {}, `attempt ${a.attempt}: ${outcome}`),
    el("p", { class: "muted" }, `${when(a.startedAt)} UTC, ${ms(a.endedAt - a.startedAt)}${a.fromCache ? ", from cache" : ""}; request: ${a.requestSummary.messages} messages, ${int(a.requestSummary.characters)} characters${a.requestSummary.stream ? ", streamed" : ""}`),
    a.errorMessage ? el("p", { class: "bad" }, a.errorMessage) : null,
    a.response ? textBlock(a.response) : null,
  );
}
