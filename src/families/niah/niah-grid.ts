// The long-context results as a grid: every (length, depth) cell with its outcomes, accuracy and Wilson interval,
// and the effective context length read off it (stats/effective-length.ts, the cells as items). Errors stay in the grid as outcomes; a context rejection counts
// as a failed retrieval (the host could not do it at that length), other errors are shown but not scored.

import type { Interval } from "../../core/metric.ts";
import type { ScoredSample } from "../../core/task.ts";
import { effectiveLength, type EffectiveLength, type EffectiveLengthOptions, type LengthAccuracy } from "../../stats/effective-length.ts";
import { itemRateInterval } from "../../stats/item-rate-interval.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";

export const NIAH_SCORER = "niah";

export interface CellStats {
  /** Every sample in the cell, errors included. */
  samples: number;
  /** Samples that count for accuracy: answered and scored, or rejected by the host. */
  asked: number;
  correct: number;
  /** Sum of per-sample needle recall (0..1) over answered samples. */
  recall: number;
  answered: number;
  /** Outcome label -> count: the scorer's labels, "rejected", or "error:<kind>". */
  outcomes: Record<string, number>;
  accuracy: number | null;
  interval?: Interval;
}

export interface NiahGrid {
  lengths: number[];
  depths: number[];
  /** cells[lengthIndex][depthIndex] */
  cells: CellStats[][];
  byLength: CellStats[];
  byDepth: CellStats[];
  overall: CellStats;
}

export function sampleOutcome(sample: ScoredSample): string {
  if (sample.status === "error") return sample.errorKind === "context_length_exceeded" ? "rejected" : `error:${sample.errorKind ?? "unknown"}`;
  return sample.scores.find((s) => s.scorer === NIAH_SCORER)?.label ?? "unscored";
}

export function emptyCell(): CellStats {
  return { samples: 0, asked: 0, correct: 0, recall: 0, answered: 0, outcomes: {}, accuracy: null };
}

export function addToCell(cell: CellStats, sample: ScoredSample): void {
  const outcome = sampleOutcome(sample);
  cell.samples++;
  cell.outcomes[outcome] = (cell.outcomes[outcome] ?? 0) + 1;
  if (outcome === "rejected") {
    cell.asked++;
    return;
  }
  const value = sample.scores.find((s) => s.scorer === NIAH_SCORER)?.value;
  if (sample.status !== "done" || value === null || value === undefined) return;
  cell.asked++;
  cell.answered++;
  cell.recall += value;
  if (outcome === "correct") cell.correct++;
}

export function finishCell(cell: CellStats): CellStats {
  if (cell.asked === 0) return cell;
  return { ...cell, accuracy: cell.correct / cell.asked, interval: wilsonInterval(cell.correct, cell.asked) };
}

export function buildGrid(samples: readonly ScoredSample[]): NiahGrid {
  const lengths = uniqueSorted(samples.map((s) => Number(s.item.metadata.length)));
  const depths = uniqueSorted(samples.map((s) => Number(s.item.metadata.depth)));
  const cells = lengths.map(() => depths.map(emptyCell));
  const byLength = lengths.map(emptyCell);
  const byDepth = depths.map(emptyCell);
  const overall = emptyCell();
  for (const sample of samples) {
    const l = lengths.indexOf(Number(sample.item.metadata.length));
    const d = depths.indexOf(Number(sample.item.metadata.depth));
    for (const cell of [cells[l]?.[d], byLength[l], byDepth[d], overall]) if (cell) addToCell(cell, sample);
  }
  return {
    lengths,
    depths,
    cells: cells.map((row) => row.map(finishCell)),
    byLength: byLength.map(finishCell),
    byDepth: byDepth.map(finishCell),
    overall: finishCell(overall),
  };
}

/**
 * Accuracy per length with the length's (length, depth) cells as the items: trials of one cell share its haystack and
 * depth, so they are not independent evidence about the length.
 */
export function lengthAccuracies(grid: Pick<NiahGrid, "lengths" | "cells">): LengthAccuracy[] {
  return grid.lengths.flatMap((length, index) => {
    const cells = (grid.cells[index] ?? []).map((cell) => ({ successes: cell.correct, trials: cell.asked })).filter((cell) => cell.trials > 0);
    return cells.length === 0 ? [] : [{ length, accuracy: itemRateInterval(cells) }];
  });
}

/**
 * The effective context length in either reading (absolute by default: every length's accuracy at least 0.85, as
 * RULER reads it), from item-level intervals per length; undefined when no length has a scored sample.
 */
export function effectiveContextLength(grid: Pick<NiahGrid, "lengths" | "cells">, options: EffectiveLengthOptions = {}): EffectiveLength | undefined {
  const accuracies = lengthAccuracies(grid);
  return accuracies.length === 0 ? undefined : effectiveLength(accuracies, options);
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
}
