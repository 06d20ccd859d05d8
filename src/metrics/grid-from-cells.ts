// The niah grid from a store's heatmap cell counts (RunOverviewQueries.heatmapCells): the same grid buildGrid makes
// from loaded samples, for readers that must not load them (the dashboard on a 100,000-sample run).

import type { HeatmapCellCount } from "../core/run-overview.ts";
import type { RunTaskSpec } from "../core/stored-run.ts";
import type { EffectiveBars } from "../core/task.ts";
import { groupBy } from "./group-samples.ts";
import { gridFromCounts, type NiahGrid } from "./niah-grid.ts";

export interface TaskTargetGrid {
  taskId: string;
  targetId: string;
  grid: NiahGrid;
}

/**
 * One grid per task and target with counts, in the order the counts come (target, then task); each carries its task's
 * effective-length bars when the run's task specs (`tasks`) store them, as a summarised grid does.
 */
export function gridsFromCells(counts: readonly HeatmapCellCount[], tasks: readonly RunTaskSpec[] = []): TaskTargetGrid[] {
  const byPair = groupBy(counts, (count) => `${count.targetId}\u0000${count.taskId}`);
  return [...byPair.values()].map((pair) => {
    const grid = gridFromCounts(pair);
    const effective = storedBars(tasks.find((task) => task.id === pair[0]!.taskId));
    return { taskId: pair[0]!.taskId, targetId: pair[0]!.targetId, grid: effective ? { ...grid, effective } : grid };
  });
}

/** The bars a task stored in its params (niah's effectiveThreshold and effectiveShare). */
function storedBars(task: RunTaskSpec | undefined): EffectiveBars | undefined {
  const threshold = task?.params.effectiveThreshold;
  const share = task?.params.effectiveShare;
  return typeof threshold === "number" && typeof share === "number" ? { threshold, share } : undefined;
}
