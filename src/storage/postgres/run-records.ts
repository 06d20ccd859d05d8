// Runs on PostgreSQL: a run with its targets, tasks and items created in one transaction (items in chunks of one
// statement each); found by id, prefix or "last"; listed newest first with their sample counts; and its status.

import type pg from "pg";
import { ConfigError } from "../../core/errors.ts";
import type { RunStatus } from "../../core/events.ts";
import type { Item } from "../../core/item.ts";
import type { RunRecords } from "../../core/run-store.ts";
import type { NewRun, RunSummary, StoredRun } from "../../core/stored-run.ts";
import type { LeaseRow } from "../lease-rows.ts";
import { resolveRunRef } from "../resolve-run-ref.ts";
import { itemParams, runParams, runSummaryFromRow, storedRunFromRows, targetParams, taskParams, type RunRow, type TargetRow, type TaskRow } from "../run-rows.ts";
import { itemFromRow, type ItemRow } from "../stored-rows.ts";
import { storableText } from "./postgres-pool.ts";
import { inTransaction } from "./transaction.ts";

/** Items per INSERT: one statement per chunk keeps a 100,000-item run to a few round trips. */
const ITEM_CHUNK = 5000;

const INSERT_ITEMS = `INSERT INTO items (run_id, task_id, item_id, position, input, expected_json, choices_json, messages_json, metadata_json, follow_ups_json)
  SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`;

export class PostgresRunRecords implements RunRecords {
  constructor(private readonly pool: pg.Pool) {}

  async createRun(run: NewRun): Promise<void> {
    const where = `run ${run.id}`;
    // Everything that could refuse (a credential) is checked before the transaction starts.
    const r = runParams(run, where);
    const targets = run.targets.map((t, position) => targetParams(run.id, t, position, where));
    const tasks = run.tasks.map((t, position) => taskParams(run.id, t, position, where));
    const items = itemColumns(run);
    await inTransaction(this.pool, async (client) => {
      await client.query(
        "INSERT INTO runs (id, created_at, updated_at, status, seed, spec_json, simulated, started_by, started_on) VALUES ($1, $2, $2, 'running', $3, $4, $5, $6, $7)",
        [r.id, r.created_at, r.seed, r.spec_json, r.simulated, r.started_by, r.started_on],
      );
      for (const t of targets) {
        await client.query(
          "INSERT INTO run_targets (run_id, target_id, position, provider, model, settings_json, stream, base_url, simulated) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
          [t.run_id, t.target_id, t.position, t.provider, t.model, t.settings_json, t.stream, t.base_url, t.simulated],
        );
      }
      for (const t of tasks) {
        await client.query("INSERT INTO run_tasks (run_id, task_id, position, family, params_json, groups_json) VALUES ($1, $2, $3, $4, $5, $6)", [
          t.run_id, t.task_id, t.position, t.family, t.params_json, t.groups_json,
        ]);
      }
      for (let start = 0; start < run.items.length; start += ITEM_CHUNK) {
        await client.query(INSERT_ITEMS, [run.id, ...items.map((column) => column.slice(start, start + ITEM_CHUNK))]);
      }
    });
  }

  async getRun(id: string): Promise<StoredRun | undefined> {
    const row = (await this.pool.query<RunRow>("SELECT * FROM runs WHERE id = $1", [id])).rows[0];
    if (row === undefined) return undefined;
    const [targets, tasks, lease] = await Promise.all([
      this.pool.query<TargetRow>("SELECT * FROM run_targets WHERE run_id = $1 ORDER BY position", [id]),
      this.pool.query<TaskRow>("SELECT * FROM run_tasks WHERE run_id = $1 ORDER BY position", [id]),
      this.pool.query<LeaseRow>("SELECT * FROM run_leases WHERE run_id = $1", [id]),
    ]);
    return storedRunFromRows(row, targets.rows, tasks.rows, lease.rows[0]);
  }

  async resolveRunId(ref: string): Promise<string> {
    return resolveRunRef(ref, {
      isRunId: async (id) => Boolean((await this.pool.query("SELECT 1 FROM runs WHERE id = $1", [id])).rowCount),
      newestRunId: async () => (await this.pool.query<{ id: string }>("SELECT id FROM runs ORDER BY created_at DESC, id DESC LIMIT 1")).rows[0]?.id,
      runIdsWithPrefix: async (prefix) => (await this.pool.query<{ id: string }>("SELECT id FROM runs WHERE substr(id, 1, length($1)) = $1 ORDER BY id LIMIT 6", [prefix])).rows.map((r) => r.id),
    });
  }

  /** One query: the newest runs with their targets, tasks and counts gathered beside them. */
  async listRuns(limit = 20): Promise<RunSummary[]> {
    const rows = await this.pool.query<RunRow & { targets: string[] | null; tasks: string[] | null; done: number; errors: number; lease: LeaseRow | null }>(
      `SELECT r.*,
         (SELECT row_to_json(l) FROM run_leases l WHERE l.run_id = r.id) AS lease,
         (SELECT array_agg(target_id ORDER BY position) FROM run_targets WHERE run_id = r.id) AS targets,
         (SELECT array_agg(task_id ORDER BY position) FROM run_tasks WHERE run_id = r.id) AS tasks,
         (SELECT COUNT(*) FROM samples WHERE run_id = r.id AND status = 'done') AS done,
         (SELECT COUNT(*) FROM samples WHERE run_id = r.id AND status = 'error') AS errors
       FROM runs r ORDER BY r.created_at DESC, r.id DESC LIMIT $1`,
      [limit],
    );
    return rows.rows.map((row) =>
      runSummaryFromRow(row, { targets: row.targets ?? [], tasks: row.tasks ?? [], done: row.done, errors: row.errors, lease: row.lease ?? undefined }),
    );
  }

  async setRunStatus(id: string, status: RunStatus, at: number): Promise<void> {
    const updated = await this.pool.query("UPDATE runs SET status = $2, updated_at = $3 WHERE id = $1", [id, status, at]);
    if (updated.rowCount === 0) throw new ConfigError(`no stored run "${id}"`);
  }

  async loadItems(runId: string, taskId: string): Promise<Item[]> {
    const rows = await this.pool.query<ItemRow>("SELECT * FROM items WHERE run_id = $1 AND task_id = $2 ORDER BY position", [runId, taskId]);
    return rows.rows.map(itemFromRow);
  }
}

/** The run's items as column arrays (task, id, position per task, input, JSON fields), in the order given. */
function itemColumns(run: NewRun): unknown[][] {
  const columns: unknown[][] = Array.from({ length: 9 }, () => []);
  for (const i of itemParams(run)) {
    const values = [i.task_id, i.item_id, i.position, storableText(i.input), i.expected_json, i.choices_json, i.messages_json, i.metadata_json, i.follow_ups_json];
    values.forEach((value, column) => columns[column]!.push(value));
  }
  return columns;
}
