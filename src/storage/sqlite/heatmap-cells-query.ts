// Heatmap cells straight from SQL (RunOverviewQueries.heatmapCells): one GROUP BY (target, task, item, outcome) over a
// run's samples of one family, with each item's length and depth, without loading a single sample.

import type { Database, Statement } from "better-sqlite3";
import type { HeatmapCellCount } from "../../core/run-overview.ts";
import { heatmapCellsSql } from "../heatmap-cells-sql.ts";
import { heatmapCellFromRow, type HeatmapCellRow } from "../run-overview-rows.ts";

const CELLS_SQL = heatmapCellsSql({ field: (name) => `json_extract(i.metadata_json, '$.${name}')`, run: "@run", family: "@family", scorer: "@scorer" });

export class HeatmapCellsQuery {
  private readonly cells: Statement<[{ run: string; family: string; scorer: string }], HeatmapCellRow>;

  constructor(db: Database) {
    this.cells = db.prepare(CELLS_SQL);
  }

  heatmapCells(runId: string, cells: { family: string; scorer: string }): HeatmapCellCount[] {
    return this.cells.all({ run: runId, family: cells.family, scorer: cells.scorer }).map(heatmapCellFromRow);
  }
}
