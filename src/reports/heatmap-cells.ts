// The long-context heatmap as every renderer shows it (terminal, HTML, Markdown, dashboard): what each cell says, its
// colour step, its one-line summary and the effective-length sentence, so the views can never disagree on a cell.

import type { Interval } from "../core/metric.ts";
import { lengthLabel } from "../families/niah/grid-spec.ts";
import { effectiveContextLength, type CellStats, type NiahGrid } from "../families/niah/niah-grid.ts";

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

export function describeEffective(grid: Pick<NiahGrid, "lengths" | "byLength">): string {
  const effective = effectiveContextLength(grid);
  if (effective.baseline === null) return "effective context length: no scored samples";
  if (effective.threshold === null) return "effective context length: none (no needle found even at the shortest length)";
  const bar = `bar: lower bound >= ${pct(effective.threshold)}, 85% of the ${pct(effective.baseline)} scored at ${lengthLabel(grid.lengths[0]!)}`;
  const more = effective.samplesNeeded === undefined ? "add trials" : `about ${effective.samplesNeeded} samples per length would decide it`;
  if (effective.tokens === undefined) {
    const why = effective.underpowered ? `too few samples: ${more}` : "it fails already at the shortest length";
    return `effective context length: undecided (${why}; ${bar})`;
  }
  const next = effective.firstFailing === undefined ? "held at every length tested" : `fails at ${lengthLabel(effective.firstFailing)}${effective.underpowered ? ` (undecided there: ${more})` : ""}`;
  return `effective context length: ${lengthLabel(effective.tokens)} tokens (${bar}; ${next})`;
}

function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}
