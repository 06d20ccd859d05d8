// The heatmap cells' one statement (RunOverviewQueries.heatmapCells), written once for both backends: a GROUP BY
// (target, task, item, outcome) over a run's samples of one family, with each item's length and depth. The outcome
// mirrors what a scored sample reads as: a context rejection is "rejected", other errors "error:<kind>", answered
// samples take the scorer's label. Each backend names its own JSON field reader and parameters.

export interface HeatmapCellsDialect {
  /** The item's metadata field `name` as text. */
  field(name: "length" | "depth"): string;
  run: string;
  family: string;
  scorer: string;
}

export function heatmapCellsSql(d: HeatmapCellsDialect): string {
  return `
SELECT s.task_id, s.target_id, s.item_id, ${d.field("length")} AS length, ${d.field("depth")} AS depth,
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
  AND sc.item_id = s.item_id AND sc.trial = s.trial AND sc.scorer = ${d.scorer}
WHERE s.run_id = ${d.run} AND t.family = ${d.family}
GROUP BY s.target_id, s.task_id, s.item_id, 4, 5, 6, 7
ORDER BY s.target_id, s.task_id`;
}
