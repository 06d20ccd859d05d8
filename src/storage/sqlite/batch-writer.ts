// Applies a batch of StoreWrites in one SQLite transaction: the runner's group commit, because committing to the WAL
// costs more than the rows of a sample. A failing write (a repeated key, an unknown target) rolls back the batch.

import type { Database, Statement, Transaction } from "better-sqlite3";
import BetterSqlite3 from "better-sqlite3";
import { DuplicateWriteError, type StoreWrite } from "../../core/store-write.ts";
import { attemptValues, cachedResponseValues, preparationValues, requestValues, sampleValues, scoreValues, turnValues, type InsertValues } from "../insert-values.ts";
import { keyParams, type KeyRow } from "../stored-rows.ts";
import { INSERT_ATTEMPT, INSERT_CACHED_RESPONSE, INSERT_PREPARATION, INSERT_REQUEST, INSERT_SAMPLE, INSERT_SCORE, INSERT_TURN } from "./insert-values.ts";

/** A repeated primary key (a sample) or unique key (an attempt number). */
const DUPLICATE_CODES = new Set(["SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_CONSTRAINT_UNIQUE"]);

export class BatchWriter {
  private readonly s;
  private readonly batchTx: Transaction<(writes: readonly StoreWrite[]) => void>;

  constructor(db: Database) {
    this.s = {
      attempt: db.prepare<[InsertValues]>(INSERT_ATTEMPT),
      sample: db.prepare<[InsertValues]>(INSERT_SAMPLE),
      score: db.prepare<[InsertValues]>(INSERT_SCORE),
      // Its scores and turns go with it (ON DELETE CASCADE); its attempts stay, they are the sample's history.
      dropErrored: db.prepare<[KeyRow]>(
        "DELETE FROM samples WHERE run_id = @run_id AND target_id = @target_id AND task_id = @task_id AND item_id = @item_id AND trial = @trial AND status = 'error'",
      ),
      request: db.prepare<[InsertValues]>(INSERT_REQUEST),
      turn: db.prepare<[InsertValues]>(INSERT_TURN),
      preparation: db.prepare<[InsertValues]>(INSERT_PREPARATION),
      cachedResponse: db.prepare<[InsertValues]>(INSERT_CACHED_RESPONSE),
    } satisfies Record<string, Statement>;
    this.batchTx = db.transaction((writes: readonly StoreWrite[]) => {
      for (const write of writes) this.apply(write);
    });
  }

  write(writes: readonly StoreWrite[]): void {
    if (writes.length === 0) return;
    try {
      this.batchTx(writes);
    } catch (error) {
      if (error instanceof BetterSqlite3.SqliteError && DUPLICATE_CODES.has(error.code)) {
        throw new DuplicateWriteError(`a sample or attempt in this batch is already stored: ${error.message}`, { cause: error });
      }
      throw error;
    }
  }

  private apply(write: StoreWrite): void {
    switch (write.kind) {
      case "attempt":
        this.s.attempt.run(attemptValues(write.runId, write.attempt));
        return;
      case "sample": {
        const { runId, outcome, finalAttempt } = write;
        if (write.replacesError && this.s.dropErrored.run(keyParams(runId, outcome)).changes !== 1) {
          throw new Error(`run ${runId}: no sample stored as an error to replace for ${outcome.targetId} ${outcome.taskId} ${outcome.itemId} trial ${outcome.trial}`);
        }
        this.s.attempt.run(attemptValues(runId, finalAttempt));
        this.s.sample.run(sampleValues(runId, outcome, finalAttempt.endedAt));
        outcome.scores.forEach((score, position) => this.s.score.run(scoreValues(runId, outcome, score, position)));
        outcome.turns?.forEach((turn, index) => this.s.turn.run(turnValues(runId, outcome, index, turn)));
        return;
      }
      case "preparation":
        this.s.preparation.run(preparationValues(write));
        return;
      case "request":
        this.s.request.run(requestValues(write.runId, write.record));
        return;
      case "cached-response":
        this.s.cachedResponse.run(cachedResponseValues(write));
        return;
    }
  }
}
