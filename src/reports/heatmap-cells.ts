// The long-context heatmap as every renderer shows it (terminal, HTML, Markdown, dashboard): what each cell says, its
// colour step, its one-line summary and the effective-length sentence, so the views can never disagree on a cell.

import type { Interval } from "../core/metric.ts";
import { lengthLabel } from "../families/niah/grid-spec.ts";
import { effectiveContextLength, type CellStats, type NiahGrid } from "../metrics/niah-grid.ts";
import { DEFAULT_EFFECTIVE_SHARE, describeEffectiveLength, type EffectiveLength } from "../stats/effective-length.ts";

export interface HeatmapCellView {
  length: number;
  /** Undefined for the all-depths row. */
  depth?: number;
  /** What the cell shows: the % of needles found, "rej" (host rejected every prompt), "err" (errors only) or ".". */
  text: string;
  accuracy: number | null;
  interval?: Interval;
  samples: number;
  asked: number;
  correct: number;
  outcomes: Record<string, number>;
  /** One line for hover text and footnotes: what was asked, what was found, how the rest failed. */
  summary: string;
}

export interface HeatmapView {
  lengths: number[];
  depths: number[];
  /** rows[depthIndex][lengthIndex], depth down and length across as in the usual NIAH pictures. */
  rows: HeatmapCellView[][];
  /** Every depth together, per length. */
  byLength: HeatmapCellView[];
  effective: string;
}

export const CELL_LEGEND = "cells: % of needles found (rej = the host rejected the prompt, err = errors only, . = no samples)";

export function heatmapView(grid: NiahGrid): HeatmapView {
  return {
    lengths: grid.lengths,
    depths: grid.depths,
    rows: grid.depths.map((depth, d) => grid.lengths.map((length, l) => cellView(grid.cells[l]?.[d], length, depth))),
    byLength: grid.lengths.map((length, l) => cellView(grid.byLength[l], length)),
    effective: describeEffective(grid),
  };
}

function cellView(cell: CellStats | undefined, length: number, depth?: number): HeatmapCellView {
  const stats = cell ?? { samples: 0, asked: 0, correct: 0, outcomes: {}, accuracy: null };
  return {
    length,
    depth,
    text: cellText(cell),
    accuracy: stats.accuracy,
    interval: cell?.interval,
    samples: stats.samples,
    asked: stats.asked,
    correct: stats.correct,
    outcomes: { ...stats.outcomes },
    summary: cellSummary(cell, length, depth),
  };
}

export function cellText(cell: CellStats | undefined): string {
  if (!cell || cell.samples === 0) return ".";
  if (cell.asked === 0) return "err";
  if (cell.answered === 0 && (cell.outcomes.rejected ?? 0) > 0) return "rej";
  return String(Math.round((cell.accuracy ?? 0) * 100));
}

/** Which of `steps` colour steps (red to green) an accuracy falls in. */
export function accuracyShade(accuracy: number, steps: number): number {
  return Math.min(steps - 1, Math.max(0, Math.floor(accuracy * steps)));
}

/** `85k tokens, depth 50%: 7/10 found (70%, 95% CI 40%-89%); not_found 3`. */
export function cellSummary(cell: CellStats | undefined, length: number, depth?: number): string {
  const where = `${lengthLabel(length)} tokens, ${depth === undefined ? "all depths" : `depth ${depth}%`}`;
  if (!cell || cell.samples === 0) return `${where}: no samples`;
  const others = Object.entries(cell.outcomes)
    .filter(([label]) => label !== "correct")
    .map(([label, count]) => `${label} ${count}`)
    .join(", ");
  const tail = others ? `; ${others}` : "";
  if (cell.asked === 0 || cell.accuracy === null) return `${where}: nothing scored${tail}`;
  const interval = cell.interval ? `, 95% CI ${pct(cell.interval.lower)}-${pct(cell.interval.upper)}` : "";
  return `${where}: ${cell.correct}/${cell.asked} found (${pct(cell.accuracy)}${interval})${tail}`;
}

/** Both readings in one line each: what they found, what bar they used, and what would decide the rest. */
export function describeEffective(grid: Pick<NiahGrid, "lengths" | "cells" | "effective">): string {
  const absolute = effectiveContextLength(grid);
  const relative = effectiveContextLength(grid, { reading: "relative" });
  if (!absolute || !relative) return "effective context length: no scored samples";
  const line = (found: EffectiveLength, bar: string) => {
    const more = found.samplesPerLength === undefined ? "" : `; about ${found.samplesPerLength} samples per length would decide the undecided lengths`;
    return `${describeEffectiveLength(found, lengthLabel)} (${bar}${more})`;
  };
  const pooled = relative.baseline?.lengths ?? [];
  const span = pooled.length > 1 ? `${lengthLabel(pooled[0]!)}-${lengthLabel(pooled.at(-1)!)}` : pooled.map(lengthLabel).join("");
  const baseline = relative.baseline ? `${pct(relative.baseline.value)} at ${span}` : "";
  return [
    `effective context length: ${line(absolute, `every length at or above ${pct(absolute.bar)}, RULER's reading; lengths that do not fall pooled`)}`,
    `  relative to the model's own short-context score: ${line(relative, `${pct(grid.effective?.share ?? DEFAULT_EFFECTIVE_SHARE)} of the ${baseline} score, its uncertainty carried`)}`,
  ].join("\n");
}

function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}
