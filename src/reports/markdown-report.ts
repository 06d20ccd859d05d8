// A Markdown write-up of a run: one section per task, a table per target, groups below, simulated targets marked.

import type { MetricValue } from "../core/metric.ts";
import type { TaskTargetSummary } from "./run-summary.ts";

export interface MarkdownReportInput {
  runId: string;
  createdAt: number;
  status: string;
  seed: number;
  trials: number;
  summaries: TaskTargetSummary[];
}

export function markdownReport(input: MarkdownReportInput): string {
  const out: string[] = [];
  out.push(`# realitycheck run ${input.runId}`, "");
  out.push(`Started ${new Date(input.createdAt).toISOString()} · status **${input.status}** · seed ${input.seed} · ${input.trials} trial(s) per item.`, "");
  if (input.summaries.some((s) => s.simulated)) {
    out.push("> Targets marked *(simulated)* are the provider simulator, a scripted test double. Their numbers show how the tool works; they are not results of any model.", "");
  }
  const byTask = new Map<string, TaskTargetSummary[]>();
  for (const summary of input.summaries) {
    const list = byTask.get(summary.taskId) ?? [];
    list.push(summary);
    byTask.set(summary.taskId, list);
  }
  for (const [taskId, summaries] of byTask) {
    out.push(`## ${taskId}`, "");
    const metricNames = [...new Set(summaries.flatMap((s) => s.metrics.map((m) => m.name)))];
    out.push(`| target | samples | errors | ${metricNames.join(" | ")} | tokens in/out | p50 latency |`);
    out.push(`|---|---|---|${metricNames.map(() => "---").join("|")}|---|---|`);
    for (const s of summaries) {
      const cells = metricNames.map((name) => cell(s.metrics.find((m) => m.name === name)));
      const latency = s.latencyMsP50 === undefined ? "–" : `${Math.round(s.latencyMsP50)} ms`;
      out.push(`| ${escapeCell(targetName(s))} | ${s.finished}/${s.expected} | ${s.errors} | ${cells.join(" | ")} | ${s.inputTokens}/${s.outputTokens} | ${latency} |`);
    }
    out.push("");
    for (const s of summaries) {
      if (s.groups.length === 0) continue;
      out.push(`### ${escapeCell(targetName(s))} by group`, "");
      out.push(`| group | value | samples | ${metricNames.join(" | ")} |`);
      out.push(`|---|---|---|${metricNames.map(() => "---").join("|")}|`);
      for (const group of s.groups) {
        const cells = metricNames.map((name) => cell(group.metrics.find((m) => m.name === name)));
        out.push(`| ${escapeCell(group.key)} | ${escapeCell(group.value)} | ${group.samples} | ${cells.join(" | ")} |`);
      }
      out.push("");
    }
  }
  out.push("Intervals are 95%: Wilson for rates, bootstrap for means.", "");
  return out.join("\n");
}

function targetName(s: TaskTargetSummary): string {
  return s.simulated ? `${s.targetId} (simulated)` : s.targetId;
}

function cell(metric: MetricValue | undefined): string {
  if (!metric || metric.value === null) return "–";
  const interval = metric.interval ? ` [${metric.interval.lower.toFixed(2)}, ${metric.interval.upper.toFixed(2)}]` : "";
  return `${metric.value.toFixed(3)}${interval} (n=${metric.n})`;
}

/** Names and group values come from users and models: keep them from breaking the table or becoming markup. */
function escapeCell(text: string): string {
  return text.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
