// A run's own rows (runs, run_targets, run_tasks, items) to and from the core shapes, for every SQL backend: what a
// new run writes, and the stored run and the runs list read back. Each backend keeps its own SQL.

import type { Metadata } from "../core/item.ts";
import type { NewRun, RunOrigin, RunSummary, RunTaskSpec, StoredRun } from "../core/stored-run.ts";
import type { RunStatus } from "../core/events.ts";
import type { TargetSpec } from "../core/target.ts";
import { leaseFromRow, type LeaseRow } from "./lease-rows.ts";
import { secretFreeJson } from "./secret-free-json.ts";
import { jsonOrNull, type ItemRow } from "./stored-rows.ts";

export interface RunRow {
  id: string;
  created_at: number;
  updated_at: number;
  status: string;
  seed: number;
  spec_json: string;
  simulated: number;
  started_by: string | null;
  started_on: string | null;
}

export interface TargetRow {
  target_id: string;
  provider: string;
  model: string;
  settings_json: string;
  stream: number;
  base_url: string | null;
  simulated: number;
}

export interface TaskRow {
  task_id: string;
  family: string;
  params_json: string;
  groups_json: string;
}

/** A new run's runs row, less what its INSERT sets itself (status "running", updated_at = created_at). */
export type NewRunParams = Pick<RunRow, "id" | "created_at" | "seed" | "spec_json" | "simulated" | "started_by" | "started_on">;

/** A credential in the run's spec throws here, before anything is written. */
export function runParams(run: NewRun, where: string): NewRunParams {
  return {
    id: run.id,
    created_at: run.createdAt,
    seed: run.seed,
    spec_json: secretFreeJson(run.spec ?? null, where),
    simulated: run.targets.some((t) => t.simulated) ? 1 : 0,
    started_by: run.origin?.user ?? null,
    started_on: run.origin?.host ?? null,
  };
}

export interface ItemParams extends ItemRow {
  run_id: string;
  task_id: string;
  /** The item's place in its task, from 0. */
  position: number;
}

/** The items rows of a new run, in the order given. */
export function itemParams(run: NewRun): ItemParams[] {
  const positions = new Map<string, number>();
  return run.items.map(({ taskId, item }) => {
    const position = positions.get(taskId) ?? 0;
    positions.set(taskId, position + 1);
    return {
      run_id: run.id,
      task_id: taskId,
      item_id: item.id,
      position,
      input: item.input,
      expected_json: jsonOrNull(item.expected),
      choices_json: jsonOrNull(item.choices),
      messages_json: jsonOrNull(item.messages),
      metadata_json: JSON.stringify(item.metadata),
      follow_ups_json: jsonOrNull(item.followUps),
    };
  });
}

export function storedRunFromRows(row: RunRow, targets: readonly TargetRow[], tasks: readonly TaskRow[], lease: LeaseRow | undefined): StoredRun {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    status: row.status as RunStatus,
    origin: originFromRow(row),
    seed: row.seed,
    spec: JSON.parse(row.spec_json) as unknown,
    simulated: row.simulated === 1,
    targets: targets.map(targetFromRow),
    tasks: tasks.map(taskFromRow),
    lease: lease === undefined ? undefined : leaseFromRow(lease),
  };
}

/** What the runs list shows beside a run's row: its target and task ids in order, its finished samples, its lease. */
export interface RunSummaryParts {
  targets: string[];
  tasks: string[];
  done: number;
  errors: number;
  lease: LeaseRow | undefined;
}

export function runSummaryFromRow(row: RunRow, parts: RunSummaryParts): RunSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    status: row.status as RunStatus,
    origin: originFromRow(row),
    targets: parts.targets,
    tasks: parts.tasks,
    done: parts.done,
    errors: parts.errors,
    simulated: row.simulated === 1,
    lease: parts.lease === undefined ? undefined : leaseFromRow(parts.lease),
  };
}

/** Only the named TargetSpec fields are stored, so a stray field on the object (a key, say) never reaches the file. */
export function targetParams(runId: string, t: TargetSpec, position: number, where: string): Record<string, unknown> {
  return {
    run_id: runId,
    target_id: t.id,
    position,
    provider: t.provider,
    model: t.model,
    settings_json: secretFreeJson(t.settings, `${where}, target ${t.id}`),
    stream: t.stream ? 1 : 0,
    base_url: t.baseURL ?? null,
    simulated: t.simulated ? 1 : 0,
  };
}

export function targetFromRow(row: TargetRow): TargetSpec {
  return {
    id: row.target_id,
    provider: row.provider,
    model: row.model,
    settings: JSON.parse(row.settings_json) as TargetSpec["settings"],
    stream: row.stream === 1,
    baseURL: row.base_url ?? undefined,
    simulated: row.simulated === 1,
  };
}

export function taskParams(runId: string, t: RunTaskSpec, position: number, where: string): Record<string, unknown> {
  return {
    run_id: runId,
    task_id: t.id,
    position,
    family: t.family,
    params_json: secretFreeJson(t.params, `${where}, task ${t.id}`),
    groups_json: JSON.stringify(t.groupBy),
  };
}

export function taskFromRow(row: TaskRow): RunTaskSpec {
  return { id: row.task_id, family: row.family, params: JSON.parse(row.params_json) as Metadata, groupBy: JSON.parse(row.groups_json) as string[] };
}

export function originFromRow(row: { started_by: string | null; started_on: string | null }): RunOrigin | undefined {
  return row.started_by === null && row.started_on === null ? undefined : { user: row.started_by ?? "", host: row.started_on ?? "" };
}
