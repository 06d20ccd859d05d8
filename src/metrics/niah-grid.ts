// The long-context results as a grid: every (length, depth) cell with its outcomes, accuracy and interval, and the
// effective context length read off it (stats/effective-length.ts, the cells as items). Errors stay in the grid as
// outcomes; a context rejection counts as a failed retrieval (the host could not do it at that length), other errors
// are shown but not scored. One builder makes the grid, from loaded samples or from a store's per-item cell counts
// (grid-from-cells.ts), so the two never differ.

import type { Interval } from "../core/metric.ts";
import type { HeatmapCellCount } from "../core/run-overview.ts";
import type { EffectiveBars, ScoredSample } from "../core/task.ts";
import { effectiveLength, type EffectiveLength, type EffectiveLengthOptions, type LengthAccuracy } from "../stats/effective-length.ts";
import { itemRateInterval } from "../stats/item-rate-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import type { ItemCount } from "./intervals.ts";

export interface CellStats {
  /** Every sample in the cell, errors included. */
  samples: number;
  /** Samples that count for accuracy: answered and scored, or rejected by the host. */
  asked: number;
  correct: number;
  /** Sum of per-sample needle recall (0..1) over answered samples. */
  recall: number;
  answered: number;
  /** Distinct items among the asked samples: the unit of the cell's interval. */
  items: number;
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
  /** The task's bars for the effective length (absent: the defaults, 0.85 and 0.85). */
  effective?: EffectiveBars;
}

/** Samples of one item with one outcome: what a store counts per group (its cell counts less task and target), and what one loaded sample is. */
export type GridCount = Omit<HeatmapCellCount, "taskId" | "targetId">;

export function sampleOutcome(sample: ScoredSample, scorer: string): string {
  if (sample.status === "error") return sample.errorKind === "context_length_exceeded" ? "rejected" : `error:${sample.errorKind ?? "unknown"}`;
  return sample.scores.find((s) => s.scorer === scorer)?.label ?? "unscored";
}

/** One loaded sample as a count of one. */
export function sampleCount(sample: ScoredSample, scorer: string): GridCount {
  const value = sample.scores.find((s) => s.scorer === scorer)?.value;
  const scored = sample.status === "done" && value !== null && value !== undefined;
  return {
    itemId: sample.itemId,
    length: finiteOrNull(sample.item.metadata.length),
    depth: finiteOrNull(sample.item.metadata.depth),
    outcome: sampleOutcome(sample, scorer),
    scored,
    samples: 1,
    valueSum: scored ? value : 0,
  };
}

export function emptyCell(): CellStats {
  return { samples: 0, asked: 0, correct: 0, recall: 0, answered: 0, items: 0, outcomes: {}, accuracy: null };
}

/** The grid of `scorer`'s outcomes over loaded samples. */
export function buildGrid(samples: readonly ScoredSample[], scorer: string): NiahGrid {
  return gridFromCounts(samples.map((sample) => sampleCount(sample, scorer)));
}

/** The grid from per-item outcome counts (lengths and depths sorted; counts without either are left out of cells). */
export function gridFromCounts(counts: readonly GridCount[]): NiahGrid {
  const lengths = uniqueSorted(counts.map((c) => c.length));
  const depths = uniqueSorted(counts.map((c) => c.depth));
  const cells = lengths.map(() => depths.map(newTally));
  const byLength = lengths.map(newTally);
  const byDepth = depths.map(newTally);
  const overall = newTally();
  for (const count of counts) {
    const l = count.length === null ? -1 : lengths.indexOf(count.length);
    const d = count.depth === null ? -1 : depths.indexOf(count.depth);
    for (const tally of [cells[l]?.[d], byLength[l], byDepth[d], overall]) if (tally) addCount(tally, count);
  }
  return {
    lengths,
    depths,
    cells: cells.map((row) => row.map(finishTally)),
    byLength: byLength.map(finishTally),
    byDepth: byDepth.map(finishTally),
    overall: finishTally(overall),
  };
}

/** A cell while it is filled: its stats and each item's trials, which its interval is computed from. */
interface Tally {
  cell: CellStats;
  items: Map<string, ItemCount>;
}

function newTally(): Tally {
  return { cell: emptyCell(), items: new Map() };
}

function addCount({ cell, items }: Tally, count: GridCount): void {
  cell.samples += count.samples;
  cell.outcomes[count.outcome] = (cell.outcomes[count.outcome] ?? 0) + count.samples;
  const rejected = count.outcome === "rejected";
  if (!rejected && !count.scored) return;
  const correct = count.outcome === "correct" ? count.samples : 0;
  cell.asked += count.samples;
  cell.correct += correct;
  if (!rejected) {
    cell.answered += count.samples;
    cell.recall += count.valueSum;
  }
  const item = items.get(count.itemId) ?? { successes: 0, trials: 0 };
  items.set(count.itemId, { successes: item.successes + correct, trials: item.trials + count.samples });
}

function finishTally({ cell, items }: Tally): CellStats {
  if (cell.asked === 0) return cell;
  // Wilson over the pooled trials, not the item-level interval every other rate gets: niah draws a fresh needle every
  // trial, and the long-context sweep's adaptive test (pooled per length) stops on that reading. Where the cells of a
  // length are what counts, as in the effective length, they are the items (lengthAccuracies).
  return { ...cell, items: items.size, accuracy: cell.correct / cell.asked, interval: wilsonInterval(cell.correct, cell.asked) };
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
 * The effective context length in either reading (absolute by default: every length's accuracy at least the grid's
 * threshold, 0.85 unless its task set one, as RULER reads it), from item-level intervals per length pooled where
 * accuracy does not fall (stats/effective-length.ts); undefined when no length has a scored sample.
 */
export function effectiveContextLength(grid: Pick<NiahGrid, "lengths" | "cells" | "effective">, options: EffectiveLengthOptions = {}): EffectiveLength | undefined {
  const accuracies = lengthAccuracies(grid);
  return accuracies.length === 0 ? undefined : effectiveLength(accuracies, { ...grid.effective, ...options });
}

function uniqueSorted(values: readonly (number | null)[]): number[] {
  return [...new Set(values.filter((v): v is number => v !== null))].sort((a, b) => a - b);
}

function finiteOrNull(value: unknown): number | null {
  const n = value === null || value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}
