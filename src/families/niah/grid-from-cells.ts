// The niah grid from a store's heatmap cell counts (RunOverviewQueries.heatmapCells): the same grid buildGrid makes
// from loaded samples, for readers that must not load them (the dashboard on a 100,000-sample run).

import type { HeatmapCellCount } from "../../core/run-overview.ts";
import { emptyCell, finishCell, type CellStats, type NiahGrid } from "./niah-grid.ts";

export interface TaskTargetGrid {
  taskId: string;
  targetId: string;
  grid: NiahGrid;
}

/** One grid per task and target with counts, in the order the counts come (target, then task). */
export function gridsFromCells(counts: readonly HeatmapCellCount[]): TaskTargetGrid[] {
  const byPair = new Map<string, HeatmapCellCount[]>();
  for (const count of counts) {
    const key = `${count.targetId}\u0000${count.taskId}`;
    let list = byPair.get(key);
    if (!list) byPair.set(key, (list = []));
    list.push(count);
  }
  return [...byPair.values()].map((pair) => ({ taskId: pair[0]!.taskId, targetId: pair[0]!.targetId, grid: gridFromCells(pair) }));
}

function gridFromCells(counts: readonly HeatmapCellCount[]): NiahGrid {
  const lengths = uniqueSorted(counts.map((c) => c.length));
  const depths = uniqueSorted(counts.map((c) => c.depth));
  const cells = lengths.map(() => depths.map(emptyCell));
  const byLength = lengths.map(emptyCell);
  const byDepth = depths.map(emptyCell);
  const overall = emptyCell();
  for (const count of counts) {
    const l = count.length === null ? -1 : lengths.indexOf(count.length);
    const d = count.depth === null ? -1 : depths.indexOf(count.depth);
    for (const cell of [cells[l]?.[d], byLength[l], byDepth[d], overall]) if (cell) addCount(cell, count);
  }
  return {
    lengths,
    depths,
    cells: cells.map((column) => column.map(finishCell)),
    byLength: byLength.map(finishCell),
    byDepth: byDepth.map(finishCell),
    overall: finishCell(overall),
  };
}

/** addToCell() for `samples` samples at once. */
function addCount(cell: CellStats, count: HeatmapCellCount): void {
  cell.samples += count.samples;
  cell.outcomes[count.outcome] = (cell.outcomes[count.outcome] ?? 0) + count.samples;
  if (count.outcome === "rejected") {
    cell.asked += count.samples;
    return;
  }
  if (!count.scored) return;
  cell.asked += count.samples;
  cell.answered += count.samples;
  cell.recall += count.valueSum;
  if (count.outcome === "correct") cell.correct += count.samples;
}

function uniqueSorted(values: (number | null)[]): number[] {
  return [...new Set(values.filter((v): v is number => v !== null))].sort((a, b) => a - b);
}
