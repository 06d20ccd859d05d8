// The batch writer's INSERT statements for SQLite, one row each with positional parameters, generated from the
// shared column lists (storage/insert-values.ts) whose value functions fill them.

import { ATTEMPT_COLUMNS, CACHED_RESPONSE_COLUMNS, PREPARATION_COLUMNS, REQUEST_COLUMNS, SAMPLE_COLUMNS, SCORE_COLUMNS, TURN_COLUMNS } from "../insert-values.ts";

function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}

export const INSERT_ATTEMPT = insertSql("attempts", ATTEMPT_COLUMNS);
export const INSERT_SAMPLE = insertSql("samples", SAMPLE_COLUMNS);
export const INSERT_SCORE = insertSql("scores", SCORE_COLUMNS);
export const INSERT_TURN = insertSql("sample_turns", TURN_COLUMNS);
export const INSERT_REQUEST = insertSql("requests", REQUEST_COLUMNS);
export const INSERT_PREPARATION = insertSql("task_preparations", PREPARATION_COLUMNS);
// The first answer stored for a key wins: later runs read what earlier ones read.
export const INSERT_CACHED_RESPONSE = `${insertSql("response_cache", CACHED_RESPONSE_COLUMNS)} ON CONFLICT (key) DO NOTHING`;
