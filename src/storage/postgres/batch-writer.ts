// Applies a batch of StoreWrites in one PostgreSQL transaction: each table's rows of the batch go in one INSERT over
// column arrays (unnest), so a batch costs a handful of round trips whatever its size. Rows are in write order, so
// attempt ids follow it. A repeated sample or attempt number is a DuplicateWriteError; any failure rolls back all.

import pg from "pg";
import type { SampleKey } from "../../core/sample.ts";
import { DuplicateWriteError, type StoreWrite } from "../../core/store-write.ts";
import {
  ATTEMPT_COLUMNS,
  attemptValues,
  CACHED_RESPONSE_COLUMNS,
  cachedResponseValues,
  PREPARATION_COLUMNS,
  preparationValues,
  REQUEST_COLUMNS,
  requestValues,
  SAMPLE_COLUMNS,
  sampleValues,
  SCORE_COLUMNS,
  scoreValues,
  TURN_COLUMNS,
  turnValues,
} from "../insert-values.ts";
import { storableText } from "./postgres-pool.ts";
import { inTransaction } from "./transaction.ts";

const UNIQUE_VIOLATION = "23505";

type ColumnTypes = readonly string[];

// Each list's types in the order of the shared column list (storage/insert-values.ts).
const KEY_TYPES = ["text", "text", "text", "text", "int"];
const ATTEMPT_TYPES = [...KEY_TYPES, "int", "bigint", "bigint", "text", "text", "text", "int", "int", "float8", "float8", "text", "text", "int", "int"];
const SAMPLE_TYPES = [...KEY_TYPES, "text", "text", "text", "text", "int", "int", "float8", "float8", "text", "text", "int", "int", "float8", "bigint"];
const SCORE_TYPES = [...KEY_TYPES, "text", "int", "float8", "text", "text", "text"];
const TURN_TYPES = [...KEY_TYPES, "int", "text", "text", "text", "int", "int", "float8", "float8"];
const CACHE_TYPES = ["text", "text", "text", "text", "bigint"];
const REQUEST_TYPES = ["text", "text", "text", "int", "text", "bigint", "bigint", "text", "text", "text", "text", "int", "int", "float8", "float8", "text", "text", "int", "int", "float8"];

function unnestInsert(table: string, columns: readonly string[], types: ColumnTypes, suffix = ""): string {
  return `INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(", ")})${suffix}`;
}

const STATEMENTS = {
  attempts: unnestInsert("attempts", ATTEMPT_COLUMNS, ATTEMPT_TYPES),
  samples: unnestInsert("samples", SAMPLE_COLUMNS, SAMPLE_TYPES),
  scores: unnestInsert("scores", SCORE_COLUMNS, SCORE_TYPES),
  turns: unnestInsert("sample_turns", TURN_COLUMNS, TURN_TYPES),
  requests: unnestInsert("requests", REQUEST_COLUMNS, REQUEST_TYPES),
  // The first answer stored for a key wins: later runs read what earlier ones read.
  cache: unnestInsert("response_cache", CACHED_RESPONSE_COLUMNS, CACHE_TYPES, " ON CONFLICT (key) DO NOTHING"),
  preparation: `INSERT INTO task_preparations (${PREPARATION_COLUMNS.join(", ")}) VALUES ($1, $2, $3, $4, $5)`,
};

/** Rows of one table, gathered as columns. */
class Columns {
  readonly columns: unknown[][];
  rows = 0;
  constructor(width: number) {
    this.columns = Array.from({ length: width }, () => []);
  }
  push(values: readonly unknown[]): void {
    for (let i = 0; i < values.length; i++) this.columns[i]!.push(storableText(values[i] as string));
    this.rows++;
  }
}

export class PostgresBatchWriter {
  constructor(private readonly pool: pg.Pool) {}

  async write(writes: readonly StoreWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const attempts = new Columns(ATTEMPT_TYPES.length);
    const samples = new Columns(SAMPLE_TYPES.length);
    const scores = new Columns(SCORE_TYPES.length);
    const turns = new Columns(TURN_TYPES.length);
    const cache = new Columns(CACHE_TYPES.length);
    const requests = new Columns(REQUEST_TYPES.length);
    const preparations: unknown[][] = [];
    /** Samples stored as errors and asked again: their rows go (scores and turns with them), their attempts stay. */
    const replaced: { runId: string; key: SampleKey }[] = [];
    for (const write of writes) {
      switch (write.kind) {
        case "attempt":
          attempts.push(attemptValues(write.runId, write.attempt));
          break;
        case "sample": {
          const { runId, outcome, finalAttempt } = write;
          if (write.replacesError) replaced.push({ runId, key: outcome });
          attempts.push(attemptValues(runId, finalAttempt));
          samples.push(sampleValues(runId, outcome, finalAttempt.endedAt));
          outcome.scores.forEach((score, position) => scores.push(scoreValues(runId, outcome, score, position)));
          outcome.turns?.forEach((turn, index) => turns.push(turnValues(runId, outcome, index, turn)));
          break;
        }
        case "preparation":
          preparations.push(preparationValues(write));
          break;
        case "cached-response":
          cache.push(cachedResponseValues(write));
          break;
        case "request":
          requests.push(requestValues(write.runId, write.record));
          break;
      }
    }
    try {
      await inTransaction(this.pool, async (client) => {
        for (const { runId, key } of replaced) {
          const dropped = await client.query(
            "DELETE FROM samples WHERE run_id = $1 AND target_id = $2 AND task_id = $3 AND item_id = $4 AND trial = $5 AND status = 'error'",
            [runId, key.targetId, key.taskId, key.itemId, key.trial],
          );
          if (dropped.rowCount !== 1) throw new Error(`run ${runId}: no sample stored as an error to replace for ${key.targetId} ${key.taskId} ${key.itemId} trial ${key.trial}`);
        }
        // Samples before their scores and turns (foreign keys); attempts first, in write order.
        if (attempts.rows > 0) await client.query({ name: "rc-insert-attempts", text: STATEMENTS.attempts, values: attempts.columns });
        if (samples.rows > 0) await client.query({ name: "rc-insert-samples", text: STATEMENTS.samples, values: samples.columns });
        if (scores.rows > 0) await client.query({ name: "rc-insert-scores", text: STATEMENTS.scores, values: scores.columns });
        if (turns.rows > 0) await client.query({ name: "rc-insert-turns", text: STATEMENTS.turns, values: turns.columns });
        for (const values of preparations) {
          await client.query(STATEMENTS.preparation, values);
        }
        if (requests.rows > 0) await client.query({ name: "rc-insert-requests", text: STATEMENTS.requests, values: requests.columns });
        if (cache.rows > 0) await client.query({ name: "rc-insert-cache", text: STATEMENTS.cache, values: cache.columns });
      });
    } catch (error) {
      if (error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION) {
        throw new DuplicateWriteError(`a sample or attempt in this batch is already stored: ${error.message}`, { cause: error });
      }
      throw error;
    }
  }
}
