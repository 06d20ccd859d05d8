// Runs in the SQLite file: a run with its targets, tasks and items, created in one transaction; found by id, prefix or
// "last"; listed newest first with their sample counts; and its status.

import type { Database, Statement, Transaction } from "better-sqlite3";
import { ConfigError } from "../../core/errors.ts";
import type { RunStatus } from "../../core/events.ts";
import type { Item } from "../../core/item.ts";
import type { RunRecords } from "../../core/run-store.ts";
import type { NewRun, RunSummary, StoredRun } from "../../core/stored-run.ts";
import type { LeaseRow } from "../lease-rows.ts";
import { resolveRunRef } from "../resolve-run-ref.ts";
import { itemParams, runParams, runSummaryFromRow, storedRunFromRows, targetParams, taskParams, type RunRow, type TargetRow, type TaskRow } from "../run-rows.ts";
import { itemFromRow, type ItemRow } from "../stored-rows.ts";

export class SqliteRunRecords implements RunRecords {
  private readonly createRunTx: Transaction<(run: NewRun) => void>;
  private readonly s;

  constructor(db: Database) {
    this.s = {
      insertRun: db.prepare(
        "INSERT INTO runs (id, created_at, updated_at, status, seed, spec_json, simulated, started_by, started_on) VALUES (@id, @created_at, @created_at, 'running', @seed, @spec_json, @simulated, @started_by, @started_on)",
      ),
      insertTarget: db.prepare(
        "INSERT INTO run_targets (run_id, target_id, position, provider, model, settings_json, stream, base_url, simulated) VALUES (@run_id, @target_id, @position, @provider, @model, @settings_json, @stream, @base_url, @simulated)",
      ),
      insertTask: db.prepare(
        "INSERT INTO run_tasks (run_id, task_id, position, family, params_json, groups_json) VALUES (@run_id, @task_id, @position, @family, @params_json, @groups_json)",
      ),
      insertItem: db.prepare(
        "INSERT INTO items (run_id, task_id, item_id, position, input, expected_json, choices_json, messages_json, metadata_json, follow_ups_json) VALUES (@run_id, @task_id, @item_id, @position, @input, @expected_json, @choices_json, @messages_json, @metadata_json, @follow_ups_json)",
      ),
      run: db.prepare<[string], RunRow>("SELECT * FROM runs WHERE id = ?"),
      recentRuns: db.prepare<[number], RunRow>("SELECT * FROM runs ORDER BY created_at DESC, id DESC LIMIT ?"),
      runsByPrefix: db.prepare<[{ ref: string }], { id: string }>("SELECT id FROM runs WHERE substr(id, 1, length(@ref)) = @ref ORDER BY id LIMIT 6"),
      targets: db.prepare<[string], TargetRow>("SELECT * FROM run_targets WHERE run_id = ? ORDER BY position"),
      tasks: db.prepare<[string], TaskRow>("SELECT * FROM run_tasks WHERE run_id = ? ORDER BY position"),
      setStatus: db.prepare<[{ id: string; status: string; at: number }]>("UPDATE runs SET status = @status, updated_at = @at WHERE id = @id"),
      statusCounts: db.prepare<[string], { status: string; n: number }>("SELECT status, COUNT(*) AS n FROM samples WHERE run_id = ? GROUP BY status"),
      items: db.prepare<[string, string], ItemRow>("SELECT * FROM items WHERE run_id = ? AND task_id = ? ORDER BY position"),
      lease: db.prepare<[string], LeaseRow>("SELECT * FROM run_leases WHERE run_id = ?"),
    } satisfies Record<string, Statement>;
    this.createRunTx = db.transaction((run: NewRun) => this.insertRun(run));
  }

  async createRun(run: NewRun): Promise<void> {
    this.createRunTx(run);
  }

  async getRun(id: string): Promise<StoredRun | undefined> {
    const row = this.s.run.get(id);
    return row === undefined ? undefined : storedRunFromRows(row, this.s.targets.all(id), this.s.tasks.all(id), this.s.lease.get(id));
  }

  async resolveRunId(ref: string): Promise<string> {
    return resolveRunRef(ref, {
      isRunId: async (id) => this.s.run.get(id) !== undefined,
      newestRunId: async () => this.s.recentRuns.get(1)?.id,
      runIdsWithPrefix: async (prefix) => this.s.runsByPrefix.all({ ref: prefix }).map((r) => r.id),
    });
  }

  async listRuns(limit = 20): Promise<RunSummary[]> {
    return this.s.recentRuns.all(limit).map((row) => {
      const counts = new Map(this.s.statusCounts.all(row.id).map((c) => [c.status, c.n]));
      return runSummaryFromRow(row, {
        targets: this.s.targets.all(row.id).map((t) => t.target_id),
        tasks: this.s.tasks.all(row.id).map((t) => t.task_id),
        done: counts.get("done") ?? 0,
        errors: counts.get("error") ?? 0,
        lease: this.s.lease.get(row.id),
      });
    });
  }

  async setRunStatus(id: string, status: RunStatus, at: number): Promise<void> {
    if (this.s.setStatus.run({ id, status, at }).changes === 0) throw new ConfigError(`no stored run "${id}"`);
  }

  async loadItems(runId: string, taskId: string): Promise<Item[]> {
    return this.s.items.all(runId, taskId).map(itemFromRow);
  }

  private insertRun(run: NewRun): void {
    const where = `run ${run.id}`;
    this.s.insertRun.run(runParams(run, where));
    run.targets.forEach((t, position) => this.s.insertTarget.run(targetParams(run.id, t, position, where)));
    run.tasks.forEach((t, position) => this.s.insertTask.run(taskParams(run.id, t, position, where)));
    for (const item of itemParams(run)) this.s.insertItem.run(item);
  }
}
