// A task's items × targets matrix read back from its rows, for every SQL backend: each backend runs its own two
// statements (items by position; samples in key order with the first scorer's label) and hands the rows here.

import type { TaskMatrix } from "../core/task-matrix.ts";

export interface MatrixItemRow {
  item_id: string;
  metadata_json: string;
  preview: string;
}

export interface MatrixSampleRow {
  item_id: string;
  target_id: string;
  trial: number;
  status: string;
  error_kind: string | null;
  scorer: string | null;
  label: string | null;
  value: number | null;
}

export function taskMatrixFromRows(items: readonly MatrixItemRow[], samples: readonly MatrixSampleRow[]): TaskMatrix {
  return {
    items: items.map((r) => ({ itemId: r.item_id, metadata: JSON.parse(r.metadata_json) as TaskMatrix["items"][number]["metadata"], preview: r.preview })),
    scorer: samples.find((r) => r.scorer !== null)?.scorer ?? null,
    samples: samples.map((r) => ({ itemId: r.item_id, targetId: r.target_id, trial: Number(r.trial), status: r.status, errorKind: r.error_kind, label: r.label, value: r.value === null ? null : Number(r.value) })),
  };
}
