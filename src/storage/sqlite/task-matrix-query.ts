// One task's items × targets matrix straight from SQL (RunOverviewQueries.taskMatrix): the task's items with a short
// preview, and one row per sample with its first scorer's label and value; no sample text is read.

import type { Database, Statement } from "better-sqlite3";
import { MATRIX_PREVIEW_CHARS, type TaskMatrix } from "../../core/task-matrix.ts";
import { taskMatrixFromRows, type MatrixItemRow, type MatrixSampleRow } from "../task-matrix-rows.ts";

const ITEMS_SQL = `SELECT item_id, metadata_json, substr(input, 1, ${MATRIX_PREVIEW_CHARS}) AS preview FROM items WHERE run_id = ? AND task_id = ? ORDER BY position`;

// Key order is the primary key's: no sort, however large the task.
const SAMPLES_SQL = `
SELECT s.item_id, s.target_id, s.trial, s.status, s.error_kind, sc.scorer, sc.label, sc.value
FROM samples s
LEFT JOIN scores sc ON sc.run_id = s.run_id AND sc.target_id = s.target_id AND sc.task_id = s.task_id
  AND sc.item_id = s.item_id AND sc.trial = s.trial AND sc.position = 0
WHERE s.run_id = ? AND s.task_id = ?
ORDER BY s.target_id, s.item_id, s.trial`;

export class TaskMatrixQuery {
  private readonly items: Statement<[string, string], MatrixItemRow>;
  private readonly samples: Statement<[string, string], MatrixSampleRow>;

  constructor(db: Database) {
    this.items = db.prepare(ITEMS_SQL);
    this.samples = db.prepare(SAMPLES_SQL);
  }

  taskMatrix(runId: string, taskId: string): TaskMatrix {
    return taskMatrixFromRows(this.items.all(runId, taskId), this.samples.all(runId, taskId));
  }
}
