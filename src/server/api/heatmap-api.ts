// The run's long-context heatmaps: one per grid task and target, as the shared heatmap view every renderer draws,
// from the run's stored summary, or (while it runs, or before it has a current one) from the store's cell counts:
// never from loaded samples.

import type { RunOverviewQueries } from "../../core/run-overview.ts";
import type { RunTaskSpec, StoredRun } from "../../core/stored-run.ts";
import { lengthLabel } from "../../families/niah/grid-spec.ts";
import { gridsFromCells, type TaskTargetGrid } from "../../metrics/grid-from-cells.ts";
import { NIAH_SCORER } from "../../families/niah/needles/niah-scorer.ts";
import { accuracyShade, CELL_LEGEND, heatmapView, type HeatmapCellView, type HeatmapView } from "../../reports/heatmap-cells.ts";
import { requireRun, type DashboardData } from "../dashboard-data.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";

/** The family whose tasks are drawn from cell counts until the run has a summary (niah-family.ts's name). */
export const NIAH_FAMILY = "niah";

/** Colour steps from red to green, as the terminal heatmap has. */
export const SHADES = 5;

type ShadedCell = HeatmapCellView & { shade: number | null };

export interface HeatmapResponse {
  legend: string;
  heatmaps: { taskId: string; targetId: string; simulated: boolean; view: Omit<HeatmapView, "rows" | "byLength"> & { lengthLabels: string[]; rows: ShadedCell[][]; byLength: ShadedCell[] } }[];
}

/** One grid per grid task and target with samples (target, then task). */
export async function runGrids(data: DashboardData, run: StoredRun): Promise<TaskTargetGrid[]> {
  const stored = await data.summaries.fresh(run);
  if (!stored) return niahGrids(data.store, run.id, run.tasks);
  const targetOrder = new Map(run.targets.map((target, index) => [target.id, index]));
  return stored.tasks
    .flatMap(({ taskId, targetId, grid }) => (grid ? [{ taskId, targetId, grid }] : []))
    .sort((a, b) => targetOrder.get(a.targetId)! - targetOrder.get(b.targetId)!);
}

/** One grid per niah task and target with samples, from the store's cell counts (target, then task), with the bars `tasks` stored. */
export async function niahGrids(store: Pick<RunOverviewQueries, "heatmapCells">, runId: string, tasks: readonly RunTaskSpec[] = []): Promise<TaskTargetGrid[]> {
  return gridsFromCells(await store.heatmapCells(runId, { family: NIAH_FAMILY, scorer: NIAH_SCORER }), tasks);
}

export function heatmapRoute(data: DashboardData): RouteHandler {
  return jsonRoute(async ({ params }): Promise<HeatmapResponse> => {
    const run = await requireRun(data, params.id!);
    const simulated = new Map(run.targets.map((t) => [t.id, t.simulated]));
    return {
      legend: CELL_LEGEND,
      heatmaps: (await runGrids(data, run)).map(({ taskId, targetId, grid }) => {
        const view = heatmapView(grid);
        return { taskId, targetId, simulated: simulated.get(targetId) ?? false, view: { ...view, lengthLabels: view.lengths.map(lengthLabel), rows: view.rows.map((row) => row.map(shaded)), byLength: view.byLength.map(shaded) } };
      }),
    };
  });
}

function shaded(cell: HeatmapCellView): ShadedCell {
  return { ...cell, shade: cell.accuracy === null ? null : accuracyShade(cell.accuracy, SHADES) };
}
