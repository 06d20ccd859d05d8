// One task's items × targets matrix as a RunStore reads it: every item of the task with a short preview, and every
// sample's outcome by the task's first scorer, without loading a sample's text. The dashboard pages and filters it.

import type { Metadata } from "./item.ts";

/** Characters of an item's input a matrix row previews. */
export const MATRIX_PREVIEW_CHARS = 160;

export interface MatrixItem {
  itemId: string;
  metadata: Metadata;
  /** The first MATRIX_PREVIEW_CHARS characters of the item's input. */
  preview: string;
}

export interface MatrixSample {
  itemId: string;
  targetId: string;
  trial: number;
  /** "done" or "error". */
  status: string;
  errorKind: string | null;
  /** The task's first scorer's label and value; null when the sample has no score (an error, or no scorer). */
  label: string | null;
  value: number | null;
}

export interface TaskMatrix {
  /** In the order the task gave them. */
  items: MatrixItem[];
  /** The name of the first scorer the task's samples were scored by; null when none was. */
  scorer: string | null;
  /** In key order: target id, item id, trial. */
  samples: MatrixSample[];
}
