// The Markdown write-up of a run, in the shape of the review that started the project: in short, under the hood,
// the reality check (claims against measurements), how the models were tested, one section per battery with the
// measured numbers and intervals, style and pathology, and closing notes. Every number comes from the stored run.

import type { Verdict } from "../../core/claim.ts";
import { isHeadlineMetric } from "../../metrics/headline-metric.ts";
import { formatCount, formatMetric } from "../html/format-values.ts";
import { SIMULATED_NOTE, type ReportModel } from "../html/report-model.ts";
import { targetHeadlines } from "../target-headlines.ts";
import { escapeMarkdown, markdownTable } from "./markdown-text.ts";
import { writeupSection } from "./writeup-sections.ts";
import { costRows, pathologyRows, styleRows, targetName, verdictRows } from "./writeup-tables.ts";

export function reviewWriteup(model: ReportModel): string {
  const { run } = model;
  const out: string[] = [`# realitycheck write-up: run ${escapeMarkdown(run.id)}`, ""];
  if (run.simulated) out.push(`> **Simulated results.** ${SIMULATED_NOTE}`, "");
  out.push(`Targets: ${model.targets.map((t) => targetName(t.id, t.simulated)).join(", ")}.`, "");
  out.push("## In short", "", ...inShort(model), "");
  out.push("## Under the hood", "", ...underTheHood(model), "");
  out.push("## Reality check", "");
  if (model.verdicts.length === 0) out.push("No claim set was held against this run, so there are no verdicts here: only measurements.", "");
  else out.push("A verdict is *supported* or *contradicted* only when the 95% interval says so; otherwise it is *inconclusive*, with the trials per cell that would likely decide it.", "", verdictRows(model.verdicts), "");
  out.push("## Testing the model", "", "Samples, tokens and cost per target, then speed per task (cached answers are left out of the speed figures).", "", costRows(model), "");
  for (const entry of model.sections) out.push(writeupSection(model, entry));
  out.push("## Style and pathology", "");
  out.push("Measured on every answer of every task: means per answer with 95% bootstrap intervals, rates with Wilson intervals.", "", styleRows(model), "");
  out.push("Loops the stream guard stopped early, answers whose tail repeats with a short period, and errors by kind:", "", pathologyRows(model), "");
  out.push("## Final thoughts", "", ...finalThoughts(model), "");
  return out.join("\n");
}

function inShort(model: ReportModel): string[] {
  const bullets = [`- ${verdictCounts(model.verdicts)}`];
  for (const headline of targetHeadlines(model)) bullets.push(`- **${escapeMarkdown(headline.targetId)}**${headline.simulated ? " *(simulated)*" : ""}: ${escapeMarkdown(headline.text)}`);
  for (const { section, taskIds } of model.sections) {
    const measured = taskIds.flatMap((taskId) =>
      model.summaries
        .filter((s) => s.taskId === taskId)
        .map((s) => {
          const names = [...new Set(s.metrics.map((m) => m.name))].filter(isHeadlineMetric).slice(0, 2);
          const values = names.map((name) => `${escapeMarkdown(name)} ${formatMetric(s.metrics.find((m) => m.name === name))}`);
          return `${escapeMarkdown(taskId)} × ${targetName(s.targetId, s.simulated)}: ${values.join("; ") || "nothing scored"}`;
        }),
    );
    if (measured.length > 0) bullets.push(`- **${section.title}**: ${measured.join(" · ")}`);
  }
  const samples = model.summaries.reduce((n, s) => n + s.finished, 0);
  const errors = model.summaries.reduce((n, s) => n + s.errors, 0);
  const loops = model.summaries.reduce((n, s) => n + s.guardStops, 0);
  bullets.push(`- ${formatCount(samples)} samples answered or failed; ${formatCount(errors)} ended in an error; ${formatCount(loops)} looping answers were stopped early.`);
  return bullets;
}

function verdictCounts(verdicts: readonly Verdict[]): string {
  if (verdicts.length === 0) return "No vendor claims were checked against this run.";
  const counts = new Map<string, number>();
  for (const v of verdicts) counts.set(v.status, (counts.get(v.status) ?? 0) + 1);
  return `${verdicts.length} claim verdict(s): ${[...counts].map(([status, n]) => `${n} ${status}`).join(", ")}.`;
}

function underTheHood(model: ReportModel): string[] {
  const { run } = model;
  const targets = markdownTable(
    ["target", "provider", "model", "simulated"],
    model.targets.map((t) => [escapeMarkdown(t.id), escapeMarkdown(t.provider), escapeMarkdown(t.model), t.simulated ? "yes (a test double)" : "no"]),
  );
  const tasks = markdownTable(
    ["task", "family", "parameters"],
    model.tasks.map((t) => [escapeMarkdown(t.id), escapeMarkdown(t.family), escapeMarkdown(Object.entries(t.params).map(([k, v]) => `${k}=${String(v)}`).join(", "))]),
  );
  return [
    `Run ${escapeMarkdown(run.id)} started ${new Date(run.createdAt).toISOString()} and is **${run.status}**; seed ${run.seed}, ${run.trials} trial(s) per item. ` +
      "Items are generated from the seed, so the same command asks the same questions again.",
    "",
    targets,
    "",
    tasks,
  ];
}

function finalThoughts(model: ReportModel): string[] {
  const { total, embedded, omitted } = model.transcriptCounts;
  const lines = [
    "Every figure above is measured on this run's stored answers. Intervals are 95%: Wilson for rates, bootstrap for means; " +
      "a difference that the intervals do not separate is not a difference this run can claim.",
    "",
    `The HTML report of this run holds ${formatCount(embedded)} of its ${formatCount(total)} transcripts` +
      (omitted > 0 ? ` (${formatCount(omitted)} left out for size); \`realitycheck export ${model.run.id} --format jsonl\` has every one.` : "."),
  ];
  if (model.run.simulated) lines.push("", `**Reminder:** ${SIMULATED_NOTE}`);
  return lines;
}
