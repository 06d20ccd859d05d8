// The dashboard's aggregates (core/run-overview.ts) read back from their rows, for every SQL backend: each backend
// counts in its own SQL and hands the rows here.

import type { RunStatus } from "../core/events.ts";
import type { AttemptError, AttemptErrorCount, HeatmapCellCount, RunProgress } from "../core/run-overview.ts";
import { leaseFromRow, type LeaseRow } from "./lease-rows.ts";

export interface AttemptErrorRow {
  id: number;
  target_id: string;
  task_id: string;
  item_id: string;
  trial: number;
  attempt: number;
  ended_at: number;
  error_kind: string;
  /** Cut to ATTEMPT_ERROR_MESSAGE_CHARS in SQL. */
  error_message: string | null;
  http_status: number | null;
}

export function attemptErrorFromRow(r: AttemptErrorRow): AttemptError {
  return {
    id: r.id,
    targetId: r.target_id,
    taskId: r.task_id,
    itemId: r.item_id,
    trial: r.trial,
    attempt: r.attempt,
    endedAt: r.ended_at,
    errorKind: r.error_kind,
    errorMessage: r.error_message,
    httpStatus: r.http_status,
  };
}

export function attemptErrorCountFromRow(r: { target_id: string; error_kind: string; n: number }): AttemptErrorCount {
  return { targetId: r.target_id, errorKind: r.error_kind, attempts: r.n };
}

/** `targets` are the run's finished samples counted per target, by target id. */
export function runProgressFromRows(
  run: { status: string; updated_at: number },
  targets: readonly { target_id: string; done: number; errors: number }[],
  lease: LeaseRow | undefined,
): RunProgress {
  const byTarget = targets.map((r) => ({ targetId: r.target_id, done: r.done, errors: r.errors }));
  return {
    status: run.status as RunStatus,
    lease: lease === undefined ? undefined : leaseFromRow(lease),
    updatedAt: run.updated_at,
    done: byTarget.reduce((sum, t) => sum + t.done, 0),
    errors: byTarget.reduce((sum, t) => sum + t.errors, 0),
    byTarget,
  };
}

export interface HeatmapCellRow {
  task_id: string;
  target_id: string;
  item_id: string;
  /** The item's metadata.length and .depth as the JSON path gave them: a number, its text, or anything else. */
  length: unknown;
  depth: unknown;
  outcome: string;
  /** SQLite gives 0/1, PostgreSQL a boolean. */
  scored: number | boolean;
  n: number;
  value_sum: number;
}

export function heatmapCellFromRow(r: HeatmapCellRow): HeatmapCellCount {
  return {
    taskId: r.task_id,
    targetId: r.target_id,
    itemId: r.item_id,
    length: finiteOrNull(r.length),
    depth: finiteOrNull(r.depth),
    outcome: r.outcome,
    scored: r.scored === 1 || r.scored === true,
    samples: r.n,
    valueSum: r.value_sum,
  };
}

function finiteOrNull(value: unknown): number | null {
  const n = value === null ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}
