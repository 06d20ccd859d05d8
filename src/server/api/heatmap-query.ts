// Long-context grids straight from SQL: one GROUP BY (task, target, length, depth, outcome) over a run's niah samples
// gives the same cells buildGrid (niah-grid.ts) makes from loaded samples, without loading a single sample.

import type { Database } from "better-sqlite3";
import { NIAH_SCORER, emptyCell, finishCell, type CellStats, type NiahGrid } from "../../families/niah/niah-grid.ts";

/** The family whose tasks the dashboard draws as heatmaps (niah-family.ts's name). */
export const NIAH_FAMILY = "niah";

export interface TaskTargetGrid {
  taskId: string;
  targetId: string;
  grid: NiahGrid;
}

interface OutcomeRow {
  task_id: string;
  target_id: string;
  length: unknown;
  depth: unknown;
  outcome: string;
  scored: number;
  n: number;
  recall: number;
}

// The outcome mirrors sampleOutcome(): a context rejection is "rejected", other errors "error:<kind>", answered
// samples take the niah scorer's label. `scored` marks the rows addToCell counts as asked-and-answered.
const OUTCOMES_SQL = `
SELECT s.task_id, s.target_id,
  json_extract(i.metadata_json, '$.length') AS length, json_extract(i.metadata_json, '$.depth') AS depth,
  CASE WHEN s.status = 'error' THEN
    CASE WHEN s.error_kind = 'context_length_exceeded' THEN 'rejected' ELSE 'error:' || COALESCE(s.error_kind, 'unknown') END
  ELSE COALESCE(sc.label, 'unscored') END AS outcome,
  (s.status = 'done' AND sc.value IS NOT NULL) AS scored,
  COUNT(*) AS n,
  COALESCE(SUM(CASE WHEN s.status = 'done' THEN sc.value END), 0) AS recall
FROM samples s
JOIN run_tasks t ON t.run_id = s.run_id AND t.task_id = s.task_id
JOIN items i ON i.run_id = s.run_id AND i.task_id = s.task_id AND i.item_id = s.item_id
LEFT JOIN scores sc ON sc.run_id = s.run_id AND sc.target_id = s.target_id AND sc.task_id = s.task_id
  AND sc.item_id = s.item_id AND sc.trial = s.trial AND sc.scorer = @scorer
WHERE s.run_id = @run AND t.family = @family
GROUP BY s.target_id, s.task_id, length, depth, outcome, scored`;

/** One grid per niah task and target with samples, in the order SQL grouped them (target, then task). */
export function niahGrids(db: Database, runId: string): TaskTargetGrid[] {
  const rows = db.prepare<[{ run: string; family: string; scorer: string }], OutcomeRow>(OUTCOMES_SQL).all({ run: runId, family: NIAH_FAMILY, scorer: NIAH_SCORER });
  const byPair = new Map<string, OutcomeRow[]>();
  for (const row of rows) {
    const key = `${row.target_id}\u0000${row.task_id}`;
    let list = byPair.get(key);
    if (!list) byPair.set(key, (list = []));
    list.push(row);
  }
  return [...byPair.values()].map((pair) => ({ taskId: pair[0]!.task_id, targetId: pair[0]!.target_id, grid: gridFromRows(pair) }));
}

function gridFromRows(rows: OutcomeRow[]): NiahGrid {
  const lengths = uniqueSorted(rows.map((r) => Number(r.length)));
  const depths = uniqueSorted(rows.map((r) => Number(r.depth)));
  const cells = lengths.map(() => depths.map(emptyCell));
  const byLength = lengths.map(emptyCell);
  const byDepth = depths.map(emptyCell);
  const overall = emptyCell();
  for (const row of rows) {
    const l = lengths.indexOf(Number(row.length));
    const d = depths.indexOf(Number(row.depth));
    for (const cell of [cells[l]?.[d], byLength[l], byDepth[d], overall]) if (cell) addRow(cell, row);
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

/** addToCell() for `n` samples at once. */
function addRow(cell: CellStats, row: OutcomeRow): void {
  cell.samples += row.n;
  cell.outcomes[row.outcome] = (cell.outcomes[row.outcome] ?? 0) + row.n;
  if (row.outcome === "rejected") {
    cell.asked += row.n;
    return;
  }
  if (row.scored !== 1) return;
  cell.asked += row.n;
  cell.answered += row.n;
  cell.recall += row.recall;
  if (row.outcome === "correct") cell.correct += row.n;
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
}
