// A task's items × targets matrix as rows: per item, per target (in the run's order), every trial's outcome; whether
// the targets disagree on the item; and per target how many answers came to each outcome.

import type { Metadata } from "../../core/item.ts";
import type { TaskMatrix } from "../../core/task-matrix.ts";
import { answerOutcome, OUTCOMES, type AnswerOutcome } from "./answer-outcome.ts";

export interface MatrixTrial {
  trial: number;
  outcome: AnswerOutcome;
  /** The scorer's own label ("not_found", "complied"...) or the error kind. */
  label: string;
}

export interface MatrixRow {
  itemId: string;
  preview: string;
  /** The item's short metadata as `key=value` words (language=es, length=8000). */
  tags: string[];
  /** One per target, in the run's order; empty where the target has no sample of the item. */
  cells: MatrixTrial[][];
  disagree: boolean;
}

export interface MatrixRows {
  scorer: string | null;
  rows: MatrixRow[];
  /** Per target, in the run's order: answers per outcome. */
  counts: Record<AnswerOutcome, number>[];
  disagreements: number;
}

const MAX_TAGS = 5;
const MAX_TAG_CHARS = 24;

export function matrixRows(matrix: TaskMatrix, targetIds: readonly string[]): MatrixRows {
  const column = new Map(targetIds.map((id, i) => [id, i]));
  const counts = targetIds.map(() => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<AnswerOutcome, number>);
  const byItem = new Map(matrix.items.map((item) => [item.itemId, { itemId: item.itemId, preview: item.preview, tags: tags(item.metadata), cells: targetIds.map((): MatrixTrial[] => []), disagree: false }]));
  for (const sample of matrix.samples) {
    const row = byItem.get(sample.itemId);
    const c = column.get(sample.targetId);
    if (row === undefined || c === undefined) continue;
    const outcome = answerOutcome(sample, matrix.scorer);
    row.cells[c]!.push({ trial: sample.trial, outcome, label: sample.status === "error" ? (sample.errorKind ?? "error") : (sample.label ?? "unscored") });
    counts[c]![outcome]++;
  }
  const rows = [...byItem.values()];
  for (const row of rows) row.disagree = disagree(row.cells);
  return { scorer: matrix.scorer, rows, counts, disagreements: rows.filter((row) => row.disagree).length };
}

/** Targets disagree when their outcomes on the item differ, counted over trials in any order; a target without samples has no say. */
function disagree(cells: readonly MatrixTrial[][]): boolean {
  const seen = new Set(cells.filter((trials) => trials.length > 0).map((trials) => trials.map((t) => t.outcome).sort().join(",")));
  return seen.size > 1;
}

function tags(metadata: Metadata): string[] {
  const words: string[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (words.length === MAX_TAGS) break;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") continue;
    const text = `${key}=${String(value)}`;
    if (text.length <= MAX_TAG_CHARS) words.push(text);
  }
  return words;
}
