// The family sections of the Markdown write-up, under the review's headings: headline metrics per target with
// intervals, every breakdown, pairwise ratings, the long-context heatmap as a table, context probes, and a few
// transcripts (fenced: model output never renders as Markdown).

import { lengthLabel } from "../../families/niah/grid-spec.ts";
import { isHeadlineMetric } from "../../metrics/headline-metric.ts";
import { CELL_LEGEND } from "../heatmap-cells.ts";
import { formatCount, formatMetric } from "../html/format-values.ts";
import type { ReportHeatmap, ReportModel, ReportSectionTasks } from "../html/report-model.ts";
import { intervalText } from "../html/ratings-plot.ts";
import { cutText, failuresFirst, type Transcript } from "../html/report-transcripts.ts";
import { escapeMarkdown, fencedBlock, markdownTable } from "./markdown-text.ts";
import { targetName } from "./writeup-tables.ts";

/** Transcripts quoted per task and target, and how much of each; the HTML report has the rest. */
const EXAMPLES_PER_PAIR = 2;
const EXAMPLE_QUESTION_CHARS = 600;
const EXAMPLE_ANSWER_CHARS = 1_200;

export function writeupSection(model: ReportModel, { section, taskIds }: ReportSectionTasks): string {
  const out = [`## ${section.title}`, "", section.about, ""];
  for (const taskId of taskIds) out.push(taskBlock(model, taskId));
  if (section.id === "retrieval" && model.probes.length > 0) out.push(probeBlock(model));
  return out.join("\n");
}

function taskBlock(model: ReportModel, taskId: string): string {
  const family = model.tasks.find((t) => t.id === taskId)?.family ?? "";
  const rows = model.summaries.filter((s) => s.taskId === taskId);
  const names = [...new Set(rows.flatMap((s) => s.metrics.map((m) => m.name)))];
  const headline = names.filter(isHeadlineMetric);
  const breakdown = names.filter((name) => !isHeadlineMetric(name));
  const out = [`### ${escapeMarkdown(taskId)}${family === taskId ? "" : ` (${escapeMarkdown(family)})`}`, ""];
  out.push(
    markdownTable(
      ["target", "samples", "errors", ...headline.map(escapeMarkdown)],
      rows.map((s) => [targetName(s.targetId, s.simulated), `${formatCount(s.finished)}/${formatCount(s.expected)}`, formatCount(s.errors), ...headline.map((n) => formatMetric(s.metrics.find((m) => m.name === n)))]),
    ),
    "",
  );
  if (breakdown.length > 0) {
    out.push(
      markdownTable(
        ["breakdown", ...rows.map((s) => targetName(s.targetId, s.simulated))],
        breakdown.map((name) => [escapeMarkdown(name), ...rows.map((s) => formatMetric(s.metrics.find((m) => m.name === name)))]),
      ),
      "",
    );
  }
  out.push(...ratingsBlock(model, taskId));
  for (const s of rows.filter((summary) => summary.groups.length > 0)) {
    out.push(
      `By group, ${targetName(s.targetId, s.simulated)}:`,
      "",
      markdownTable(
        ["group", "samples", ...headline.map(escapeMarkdown)],
        s.groups.map((g) => [escapeMarkdown(`${g.key}=${g.value}`), formatCount(g.samples), ...headline.map((n) => formatMetric(g.metrics.find((m) => m.name === n)))]),
      ),
      "",
    );
  }
  for (const heatmap of model.heatmaps.filter((h) => h.taskId === taskId)) out.push(heatmapBlock(heatmap));
  const examples = examplesOf(model.transcripts.filter((t) => t.taskId === taskId));
  if (examples.length > 0) out.push("What the answers looked like (failures first; every transcript is in the HTML report):", "", ...examples.map(exampleBlock));
  return out.join("\n");
}

/** Per judge: its pairs and position consistency, then each target's plain and length-controlled rating. */
function ratingsBlock(model: ReportModel, taskId: string): string[] {
  const judges = model.ratings.filter((r) => r.taskId === taskId).flatMap((r) => r.judges);
  if (judges.length === 0) return [];
  const out = ["Pairwise ratings (Bradley-Terry, 95% intervals; every pair shown in both orders, a win counts only if it holds both ways):", ""];
  for (const judge of judges) {
    out.push(`- judge ${escapeMarkdown(judge.judgeId)}: ${judge.comparisons} pairs, ${judge.unscored} unreadable, position consistency ${formatMetric(judge.positionConsistency)}`);
  }
  const rows = judges.flatMap((judge) =>
    judge.ratings.map((r) => {
      const controlled = judge.lengthControlled.find((c) => c.targetId === r.targetId);
      return [escapeMarkdown(judge.judgeId), escapeMarkdown(r.targetId), `${Math.round(r.rating)} ${intervalText(r.interval ?? {})}`, controlled ? `${Math.round(controlled.rating)} ${intervalText(controlled.interval ?? {})}` : "–"];
    }),
  );
  out.push("", rows.length > 0 ? markdownTable(["judge", "target", "rating [95%]", "length-controlled [95%]"], rows) : "No pair got a readable verdict in both orders: no ratings.", "");
  return out;
}

function heatmapBlock(heatmap: ReportHeatmap): string {
  const { view } = heatmap;
  const table = markdownTable(
    ["depth", ...view.lengths.map(lengthLabel)],
    [...view.rows.map((row, d) => [`${view.depths[d]}%`, ...row.map((cell) => cell.text)]), ["**all**", ...view.byLength.map((cell) => `**${cell.text}**`)]],
  );
  const lines = [`Needles found (%), ${targetName(heatmap.targetId, heatmap.simulated)}:`, "", table, "", `${CELL_LEGEND}.`, ""];
  for (const cell of view.byLength) lines.push(`- ${escapeMarkdown(cell.summary)}`);
  lines.push(`- ${escapeMarkdown(view.effective)}`);
  if (heatmap.sizing) lines.push(`- prompt sizing: ${escapeMarkdown(heatmap.sizing)}`);
  lines.push("");
  return lines.join("\n");
}

function probeBlock(model: ReportModel): string {
  const rows = model.probes.map((p) => [
    targetName(p.targetId, p.simulated),
    p.claimedTokens === undefined ? "–" : formatCount(p.claimedTokens),
    `${formatCount(p.acceptedTokens)}${p.rejectedAboveTokens === undefined ? "+" : ""}`,
    escapeMarkdown(p.truncation),
    p.keptTokens === undefined ? "–" : formatCount(p.keptTokens),
    p.effectiveTokens === undefined ? "–" : formatCount(p.effectiveTokens),
    escapeMarkdown(p.evidence),
  ]);
  return [
    "### Context probes",
    "",
    "The largest prompt each host accepted and whether it cut longer prompts silently (newest probe per target; N+ = nothing up to the probe's ceiling was rejected).",
    "",
    markdownTable(["target", "claimed", "accepted", "silent cut", "kept whole", "effective", "evidence"], rows),
    "",
  ].join("\n");
}

/** Per target, failures before successes and one trial per item, at most EXAMPLES_PER_PAIR each. */
function examplesOf(transcripts: readonly Transcript[]): Transcript[] {
  const byTarget = new Map<string, Transcript[]>();
  for (const t of transcripts) byTarget.set(t.targetId, [...(byTarget.get(t.targetId) ?? []), t]);
  return [...byTarget.values()].flatMap((list) => {
    const seen = new Set<string>();
    return failuresFirst(list)
      .filter((t) => !seen.has(t.itemId) && seen.add(t.itemId))
      .slice(0, EXAMPLES_PER_PAIR);
  });
}

function exampleBlock(t: Transcript): string {
  const head = `**${escapeMarkdown(t.targetId)}** · item ${escapeMarkdown(t.itemId)} · trial ${t.trial} · outcome **${escapeMarkdown(t.outcome)}**${t.loop ? " · LOOP stopped by the guard" : ""}`;
  const lines = [head, "", "Question:", "", fencedBlock(clip(t.input, EXAMPLE_QUESTION_CHARS)), ""];
  if (t.expected !== undefined) lines.push(`Expected: ${escapeMarkdown(t.expected)}`, "");
  if (t.response !== undefined) lines.push(`Answer (${formatCount(t.responseChars)} characters):`, "", fencedBlock(clip(t.response, EXAMPLE_ANSWER_CHARS)), "");
  if (t.errorMessage !== undefined) lines.push("Error:", "", fencedBlock(t.errorMessage), "");
  return lines.join("\n");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${cutText(text, max)}\n[… ${formatCount(text.length - max)} more characters]`;
}
