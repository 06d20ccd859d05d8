// Heatmap cells straight from SQL (RunOverviewQueries.heatmapCells): one GROUP BY (target, task, item, outcome) over a
// run's samples of one family, with each item's length and depth, without loading a single sample.

import type { Database, Statement } from "better-sqlite3";
import type { HeatmapCellCount } from "../../core/run-overview.ts";
import { heatmapCellFromRow, type HeatmapCellRow } from "../run-overview-rows.ts";

// The outcome mirrors what a scored sample reads as: a context rejection is "rejected", other errors "error:<kind>",
// answered samples take the scorer's label. json_extract is SQLite's (PostgreSQL: metadata_json::jsonb ->> 'length').
const CELLS_SQL = `
SELECT s.task_id, s.target_id, s.item_id,
  json_extract(i.metadata_json, '$.length') AS length, json_extract(i.metadata_json, '$.depth') AS depth,
  CASE WHEN s.status = 'error' THEN
    CASE WHEN s.error_kind = 'context_length_exceeded' THEN 'rejected' ELSE 'error:' || COALESCE(s.error_kind, 'unknown') END
  ELSE COALESCE(sc.label, 'unscored') END AS outcome,
  (s.status = 'done' AND sc.value IS NOT NULL) AS scored,
  COUNT(*) AS n,
  COALESCE(SUM(CASE WHEN s.status = 'done' THEN sc.value END), 0) AS value_sum
FROM samples s
JOIN run_tasks t ON t.run_id = s.run_id AND t.task_id = s.task_id
JOIN items i ON i.run_id = s.run_id AND i.task_id = s.task_id AND i.item_id = s.item_id
LEFT JOIN scores sc ON sc.run_id = s.run_id AND sc.target_id = s.target_id AND sc.task_id = s.task_id
  AND sc.item_id = s.item_id AND sc.trial = s.trial AND sc.scorer = @scorer
WHERE s.run_id = @run AND t.family = @family
GROUP BY s.target_id, s.task_id, s.item_id, outcome, scored
ORDER BY s.target_id, s.task_id`;

export class HeatmapCellsQuery {
  private readonly cells: Statement<[{ run: string; family: string; scorer: string }], HeatmapCellRow>;

  constructor(db: Database) {
    this.cells = db.prepare(CELLS_SQL);
  }

  heatmapCells(runId: string, cells: { family: string; scorer: string }): HeatmapCellCount[] {
    return this.cells.all({ run: runId, family: cells.family, scorer: cells.scorer }).map(heatmapCellFromRow);
  }
}
