// The report's plots from its model: which numbers each plot draws and in which colour (a target keeps its colour in
// every plot). Each returns "" when the run has nothing for it to draw.

import { lengthLabel } from "../../families/niah/grid-spec.ts";
import { isHeadlineMetric } from "../../metrics/headline-metric.ts";
import { accuracyLengthPlot, type LengthMark } from "./accuracy-length-plot.ts";
import { claimsPlot, type ClaimRow } from "./claims-plot.ts";
import { languageBarsPlot } from "./language-bars-plot.ts";
import { ratingsPlot } from "./ratings-plot.ts";
import type { ReportModel } from "./report-model.ts";
import { plotId, seriesColour, type LegendEntry } from "./svg-plot.ts";

const MARK_COLOUR = "#555555";
const LABEL_CHARS = 72;

export function targetColour(model: ReportModel, targetId: string): string {
  return seriesColour(Math.max(0, model.targets.findIndex((t) => t.id === targetId)));
}

function legend(model: ReportModel, targetIds?: readonly string[]): LegendEntry[] {
  return model.targets.filter((t) => !targetIds || targetIds.includes(t.id)).map((t) => ({ label: t.id, colour: targetColour(model, t.id) }));
}

/** A grid task's accuracy by length, one line per target, with the claimed windows and effective lengths marked. */
export function lengthPlot(model: ReportModel, taskId: string): string {
  const heatmaps = model.heatmaps.filter((h) => h.taskId === taskId && h.view.lengths.length > 1);
  if (heatmaps.length === 0) return "";
  const series = heatmaps.map((h) => ({
    label: h.targetId,
    colour: targetColour(model, h.targetId),
    points: h.view.byLength.map((cell) => ({ length: cell.length, accuracy: cell.accuracy, lower: cell.interval?.lower, upper: cell.interval?.upper })),
  }));
  return accuracyLengthPlot({ id: plotId("length", taskId), title: `${taskId}: needles found by prompt length`, series, marks: claimedMarks(model) });
}

function claimedMarks(model: ReportModel): LengthMark[] {
  const marks = new Map<string, LengthMark>();
  const add = (length: number | undefined, what: string) => {
    if (length === undefined || length <= 0) return;
    const label = `claimed ${what} ${lengthLabel(length)}`;
    marks.set(label, { length, label, colour: MARK_COLOUR });
  };
  for (const verdict of model.verdicts) {
    if (verdict.claim.kind === "context-window") add(verdict.claim.threshold, "window");
    if (verdict.claim.kind === "effective-context") add(verdict.claim.threshold, "effective");
  }
  for (const probe of model.probes) add(probe.claimedTokens, "window");
  return [...marks.values()].sort((a, b) => b.length - a.length);
}

/** Every claim with a threshold and a measured value: the threshold against each target's interval. */
export function claimsFigure(model: ReportModel): string {
  const rows = new Map<string, ClaimRow>();
  for (const verdict of model.verdicts) {
    const { claim, measured } = verdict;
    if (claim.threshold === undefined || !measured || measured.value === null || verdict.targetId === undefined) continue;
    const row = rows.get(claim.id) ?? { label: clip(`${claim.id}: ${claim.statement}`), comparison: claim.comparison, threshold: claim.threshold, measurements: [] };
    row.measurements.push({ label: verdict.targetId, colour: targetColour(model, verdict.targetId), value: measured.value, lower: measured.interval?.lower, upper: measured.interval?.upper, status: verdict.status });
    rows.set(claim.id, row);
  }
  if (rows.size === 0) return "";
  return claimsPlot({ id: plotId("claims"), title: "Claims against measurements", rows: [...rows.values()], legend: legend(model) });
}

/** A task's first headline metric per language of its questions, when its results are grouped by language. */
export function languagePlot(model: ReportModel, taskId: string): string {
  const summaries = model.summaries.filter((s) => s.taskId === taskId && s.groups.some((g) => g.key === "language"));
  const metric = summaries[0]?.metrics.map((m) => m.name).find((name) => isHeadlineMetric(name) && summaries.some((s) => s.groups.some((g) => g.key === "language" && g.metrics.some((m) => m.name === name))));
  if (!metric) return "";
  const languages = [...new Set(summaries.flatMap((s) => s.groups.filter((g) => g.key === "language").map((g) => g.value)))];
  const bars = languages.map((language) =>
    summaries.map((s) => {
      const found = s.groups.find((g) => g.key === "language" && g.value === language)?.metrics.find((m) => m.name === metric);
      return { label: s.targetId, colour: targetColour(model, s.targetId), value: found?.value ?? null, lower: found?.interval?.lower, upper: found?.interval?.upper };
    }),
  );
  return languageBarsPlot({ id: plotId("language", taskId), title: `${taskId}: ${metric} by language`, metric, languages, bars, legend: legend(model, summaries.map((s) => s.targetId)) });
}

/** A task's pairwise ratings: one plot per judge that rated, with its comparisons and position consistency said. */
export function ratingsFigures(model: ReportModel, taskId: string): string {
  const parts: string[] = [];
  for (const entry of model.ratings.filter((r) => r.taskId === taskId)) {
    for (const judge of entry.judges) {
      if (judge.ratings.length === 0) continue;
      const rows = judge.ratings.map((r) => ({ label: r.targetId, colour: targetColour(model, r.targetId), rating: r.rating, lower: r.interval?.lower, upper: r.interval?.upper }));
      parts.push(ratingsPlot({ id: plotId("ratings", taskId, judge.judgeId), title: `${taskId}: pairwise ratings by ${judge.judgeId}`, rows }));
    }
  }
  return parts.join("");
}

function clip(text: string): string {
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1)}…`;
}
