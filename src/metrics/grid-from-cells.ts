// The niah grid from a store's heatmap cell counts (RunOverviewQueries.heatmapCells): the same grid buildGrid makes
// from loaded samples, for readers that must not load them (the dashboard on a 100,000-sample run).

import type { HeatmapCellCount } from "../core/run-overview.ts";
import { groupBy } from "./group-samples.ts";
import { gridFromCounts, type NiahGrid } from "./niah-grid.ts";

export interface TaskTargetGrid {
  taskId: string;
  targetId: string;
  grid: NiahGrid;
}

/** One grid per task and target with counts, in the order the counts come (target, then task). */
export function gridsFromCells(counts: readonly HeatmapCellCount[]): TaskTargetGrid[] {
  const byPair = groupBy(counts, (count) => `${count.targetId}\u0000${count.taskId}`);
  return [...byPair.values()].map((pair) => ({ taskId: pair[0]!.taskId, targetId: pair[0]!.targetId, grid: gridFromCounts(pair) }));
}
