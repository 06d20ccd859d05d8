// The SQL behind RunStore, prepared once per connection: recording a sample runs only these, never a fresh prepare.

import type { Database } from "better-sqlite3";
import { INSERT_ATTEMPT, INSERT_SAMPLE, INSERT_SCORE, type InsertValues } from "./insert-values.ts";
import type { AttemptRow, ItemRow, KeyRow, ScoreRow, TargetRow, TurnRow } from "./stored-rows.ts";

export interface RunRow {
  id: string;
  created_at: number;
  updated_at: number;
  status: string;
  seed: number;
  spec_json: string;
  simulated: number;
}

export interface TaskRow {
  task_id: string;
  family: string;
  params_json: string;
  groups_json: string;
}

const KEY_WHERE = "run_id = @run_id AND target_id = @target_id AND task_id = @task_id AND item_id = @item_id AND trial = @trial";

export type RunStoreStatements = ReturnType<typeof prepareRunStoreStatements>;

export function prepareRunStoreStatements(db: Database) {
  return {
    insertAttempt: db.prepare<[InsertValues]>(INSERT_ATTEMPT),
    insertRun: db.prepare(
      "INSERT INTO runs (id, created_at, updated_at, status, seed, spec_json, simulated) VALUES (@id, @created_at, @created_at, 'running', @seed, @spec_json, @simulated)",
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
    insertTurn: db.prepare(
      "INSERT INTO sample_turns (run_id, target_id, task_id, item_id, trial, turn, prompt_text, response_text, finish_reason, input_tokens, output_tokens, latency_ms, ttft_ms) VALUES (@run_id, @target_id, @task_id, @item_id, @trial, @turn, @prompt_text, @response_text, @finish_reason, @input_tokens, @output_tokens, @latency_ms, @ttft_ms)",
    ),
    turnsFor: db.prepare<[KeyRow], TurnRow>(`SELECT * FROM sample_turns WHERE ${KEY_WHERE} ORDER BY turn`),
    insertSample: db.prepare<[InsertValues]>(INSERT_SAMPLE),
    insertScore: db.prepare<[InsertValues]>(INSERT_SCORE),
    run: db.prepare<[string], RunRow>("SELECT * FROM runs WHERE id = ?"),
    recentRuns: db.prepare<[number], RunRow>("SELECT * FROM runs ORDER BY created_at DESC, id DESC LIMIT ?"),
    runsByPrefix: db.prepare<[{ ref: string }], { id: string }>(
      "SELECT id FROM runs WHERE substr(id, 1, length(@ref)) = @ref ORDER BY id LIMIT 6",
    ),
    targets: db.prepare<[string], TargetRow>("SELECT * FROM run_targets WHERE run_id = ? ORDER BY position"),
    tasks: db.prepare<[string], TaskRow>("SELECT * FROM run_tasks WHERE run_id = ? ORDER BY position"),
    setStatus: db.prepare<[{ id: string; status: string; at: number }]>("UPDATE runs SET status = @status, updated_at = @at WHERE id = @id"),
    statusCounts: db.prepare<[string], { status: string; n: number }>(
      "SELECT status, COUNT(*) AS n FROM samples WHERE run_id = ? GROUP BY status",
    ),
    sampleCounts: db.prepare<[string], { target_id: string; task_id: string; done: number; errors: number }>(
      "SELECT target_id, task_id, SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done, SUM(CASE WHEN status = 'error' THEN 1 ELSE 0 END) AS errors FROM samples WHERE run_id = ? GROUP BY run_id, target_id, task_id ORDER BY target_id, task_id",
    ),
    sampleKeys: db.prepare<[string], KeyRow>("SELECT run_id, target_id, task_id, item_id, trial FROM samples WHERE run_id = ?"),
    lastAttempts: db.prepare<[string], KeyRow & { attempt: number }>(
      "SELECT run_id, target_id, task_id, item_id, trial, MAX(attempt) AS attempt FROM attempts WHERE run_id = ? GROUP BY run_id, target_id, task_id, item_id, trial",
    ),
    attemptsFor: db.prepare<[KeyRow], AttemptRow>(`SELECT * FROM attempts WHERE ${KEY_WHERE} ORDER BY attempt`),
    countAttempts: db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM attempts WHERE run_id = ?"),
    scoresFor: db.prepare<[KeyRow], ScoreRow>(`SELECT * FROM scores WHERE ${KEY_WHERE} ORDER BY position`),
    items: db.prepare<[string, string], ItemRow>("SELECT * FROM items WHERE run_id = ? AND task_id = ? ORDER BY position"),
    preparation: db.prepare<[{ run_id: string; target_id: string; task_id: string }], { data_json: string }>(
      "SELECT data_json FROM task_preparations WHERE run_id = @run_id AND target_id = @target_id AND task_id = @task_id",
    ),
    insertPreparation: db.prepare(
      "INSERT INTO task_preparations (run_id, target_id, task_id, data_json, created_at) VALUES (@run_id, @target_id, @task_id, @data_json, @created_at)",
    ),
  };
}
