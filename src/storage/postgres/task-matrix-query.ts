// One task's items × targets matrix on PostgreSQL (RunOverviewQueries.taskMatrix), as sqlite/task-matrix-query.ts
// reads it: the task's items with a short preview, and one row per sample with its first scorer's label and value.

import type pg from "pg";
import { MATRIX_PREVIEW_CHARS, type TaskMatrix } from "../../core/task-matrix.ts";
import { taskMatrixFromRows, type MatrixItemRow, type MatrixSampleRow } from "../task-matrix-rows.ts";

const ITEMS_SQL = `SELECT item_id, metadata_json, substr(input, 1, ${MATRIX_PREVIEW_CHARS}) AS preview FROM items WHERE run_id = $1 AND task_id = $2 ORDER BY position`;

// Text columns are COLLATE "C", so this is the same key order SQLite returns.
const SAMPLES_SQL = `
SELECT s.item_id, s.target_id, s.trial, s.status, s.error_kind, sc.scorer, sc.label, sc.value
FROM samples s
LEFT JOIN scores sc ON sc.run_id = s.run_id AND sc.target_id = s.target_id AND sc.task_id = s.task_id
  AND sc.item_id = s.item_id AND sc.trial = s.trial AND sc.position = 0
WHERE s.run_id = $1 AND s.task_id = $2
ORDER BY s.target_id, s.item_id, s.trial`;

export async function readTaskMatrix(pool: pg.Pool, runId: string, taskId: string): Promise<TaskMatrix> {
  const [items, samples] = await Promise.all([pool.query<MatrixItemRow>(ITEMS_SQL, [runId, taskId]), pool.query<MatrixSampleRow>(SAMPLES_SQL, [runId, taskId])]);
  return taskMatrixFromRows(items.rows, samples.rows);
}
