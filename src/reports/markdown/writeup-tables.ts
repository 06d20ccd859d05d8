// The run-wide tables of the Markdown write-up: verdicts, cost and speed per target, style, loops and errors.

import type { Verdict } from "../../core/claim.ts";
import { formatCount, formatMetric, formatMs, formatUsd } from "../html/format-values.ts";
import type { ReportModel } from "../html/report-model.ts";
import type { TaskTargetSummary } from "../../metrics/run-metrics.ts";
import { escapeMarkdown, markdownTable } from "./markdown-text.ts";

/** A narrow table (status, claim, target, measured), then the evidence of each verdict as a list under it. */
export function verdictRows(verdicts: readonly Verdict[]): string {
  const table = markdownTable(
    ["status", "claim", "target", "measured [95% interval]"],
    verdicts.map((v) => [
      `**${v.status}**`,
      `${escapeMarkdown(v.claim.statement)} (${escapeMarkdown(v.claim.id)})`,
      v.targetId === undefined ? "no matching target" : targetName(v.targetId, v.simulated),
      escapeMarkdown(v.measured ? `${v.measured.name} ${formatMetric(v.measured)}` : "–"),
    ]),
  );
  const evidence = verdicts.map((v) => {
    const decide = v.trialsToDecide === undefined ? "" : `; about ${v.trialsToDecide} trials per cell would likely decide it`;
    const sources = [v.claim.source && `claim: ${v.claim.source}`, v.source && `measured: ${v.source}`].filter(Boolean).join("; ");
    return `- ${escapeMarkdown(v.claim.id)} @ ${escapeMarkdown(v.targetId ?? "no target")}: ${escapeMarkdown(v.evidence)}${decide}${sources ? ` (${escapeMarkdown(sources)})` : ""}`;
  });
  return [table, "", "Evidence:", "", ...evidence].join("\n");
}

export function costRows(model: ReportModel): string {
  const totals = model.targets.map((target) => {
    const rows = model.summaries.filter((s) => s.targetId === target.id);
    const sum = (pick: (s: TaskTargetSummary) => number) => rows.reduce((total, s) => total + pick(s), 0);
    return [
      targetName(target.id, target.simulated),
      `${formatCount(sum((s) => s.finished))}/${formatCount(sum((s) => s.expected))}`,
      formatCount(sum((s) => s.inputTokens)),
      formatCount(sum((s) => s.outputTokens)),
      target.simulated ? "– (simulated)" : formatUsd(sum((s) => s.costUsd)),
    ];
  });
  const speed = model.summaries.map((s) => [
    escapeMarkdown(s.taskId),
    targetName(s.targetId, s.simulated),
    formatMs(s.latencyMsP50),
    formatMs(s.latencyMsP95),
    formatMs(s.timeToFirstTokenMsP50),
    s.outputTokensPerSecondP50 === undefined ? "–" : s.outputTokensPerSecondP50.toFixed(1),
  ]);
  return (
    markdownTable(["target", "samples", "tokens in", "tokens out", "cost"], totals) +
    "\n\n" +
    markdownTable(["task", "target", "latency p50", "latency p95", "ttft p50", "tokens/s p50"], speed)
  );
}

export function styleRows(model: ReportModel): string {
  const names = [...new Set(model.summaries.flatMap((s) => s.style.map((m) => m.name)))];
  return markdownTable(
    ["task", "target", ...names.map((name) => escapeMarkdown(name.replace(/^style:/, "")))],
    model.summaries.map((s) => [escapeMarkdown(s.taskId), targetName(s.targetId, s.simulated), ...names.map((name) => formatMetric(s.style.find((m) => m.name === name)))]),
  );
}

export function pathologyRows(model: ReportModel): string {
  return markdownTable(
    ["task", "target", "samples", "errors", "error kinds", "loops stopped", "periodic tail rate"],
    model.summaries.map((s) => [
      escapeMarkdown(s.taskId),
      targetName(s.targetId, s.simulated),
      `${formatCount(s.finished)}/${formatCount(s.expected)}`,
      formatCount(s.errors),
      escapeMarkdown(Object.entries(s.errorKinds).map(([kind, n]) => `${kind} ${n}`).join(", ") || "–"),
      formatCount(s.guardStops),
      formatMetric(s.style.find((m) => m.name === "style:periodic_tail_rate")),
    ]),
  );
}

export function targetName(id: string, simulated: boolean): string {
  return `${escapeMarkdown(id)}${simulated ? " *(simulated)*" : ""}`;
}
