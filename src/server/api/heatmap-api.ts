// The run's long-context heatmaps: one per niah task and target, as the shared heatmap view every renderer draws.

import { lengthLabel } from "../../families/niah/grid-spec.ts";
import { accuracyShade, CELL_LEGEND, heatmapView, type HeatmapCellView, type HeatmapView } from "../../reports/heatmap-cells.ts";
import { requireRun, type DashboardData } from "../dashboard-data.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";
import { niahGrids } from "./heatmap-query.ts";

/** Colour steps from red to green, as the terminal heatmap has. */
export const SHADES = 5;

type ShadedCell = HeatmapCellView & { shade: number | null };

export interface HeatmapResponse {
  legend: string;
  heatmaps: { taskId: string; targetId: string; simulated: boolean; view: Omit<HeatmapView, "rows" | "byLength"> & { lengthLabels: string[]; rows: ShadedCell[][]; byLength: ShadedCell[] } }[];
}

export function heatmapRoute(data: DashboardData): RouteHandler {
  return jsonRoute(({ params }): HeatmapResponse => {
    const run = requireRun(data, params.id!);
    const simulated = new Map(run.targets.map((t) => [t.id, t.simulated]));
    return {
      legend: CELL_LEGEND,
      heatmaps: niahGrids(data.db, run.id).map(({ taskId, targetId, grid }) => {
        const view = heatmapView(grid);
        return { taskId, targetId, simulated: simulated.get(targetId) ?? false, view: { ...view, lengthLabels: view.lengths.map(lengthLabel), rows: view.rows.map((row) => row.map(shaded)), byLength: view.byLength.map(shaded) } };
      }),
    };
  });
}

function shaded(cell: HeatmapCellView): ShadedCell {
  return { ...cell, shade: cell.accuracy === null ? null : accuracyShade(cell.accuracy, SHADES) };
}
