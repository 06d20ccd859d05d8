// The writes a run makes while it runs, as data: the runner gathers them and a RunStore applies a batch of them in
// one transaction (RunStore.writeBatch), so any backend can group-commit them and a killed run keeps whole samples only.

import type { AttemptRecord } from "./attempt.ts";
import type { Metadata } from "./item.ts";
import type { GenerateResult } from "./model-adapter.ts";
import type { RequestRecord } from "./request-record.ts";
import type { SampleOutcome } from "./sample.ts";

export type StoreWrite = AttemptWrite | SampleWrite | PreparationWrite | CachedResponseWrite | RequestWrite;

/** A failed (or abandoned) attempt, or a finished turn of a conversation: any attempt but a sample's final one. */
export interface AttemptWrite {
  kind: "attempt";
  runId: string;
  attempt: AttemptRecord;
}

/**
 * A finished sample: its final attempt, the sample row, its scores (in order) and its turns. `(run, key)` is written
 * once; a second write of it, or an attempt number written twice, fails the whole batch.
 */
export interface SampleWrite {
  kind: "sample";
  runId: string;
  outcome: SampleOutcome;
  /** Its endedAt is the sample's finishedAt. */
  finalAttempt: AttemptRecord;
  /**
   * The sample was stored as an error and was asked again (`resume --retry-errors`): this outcome replaces that row,
   * while every earlier attempt stays. The batch fails when the stored sample is missing or not an error.
   */
  replacesError?: boolean;
}

/** What a task measured about a target before its samples (see Task.prepare). Must hold no secrets (checked on write). */
export interface PreparationWrite {
  kind: "preparation";
  runId: string;
  targetId: string;
  taskId: string;
  data: Metadata;
  createdAt: number;
}

/** An answer kept under its request hash. The first answer stored for a key wins: a later one is ignored. */
export interface CachedResponseWrite {
  kind: "cached-response";
  key: string;
  provider: string;
  model: string;
  result: GenerateResult;
  createdAt: number;
}

/** One attempt of a judge, probe or calibration request of a run (see RequestRecord). */
export interface RequestWrite {
  kind: "request";
  runId: string;
  record: RequestRecord;
}

/**
 * A batch repeated a stored sample or attempt number: someone else (another worker that took the sample over, a
 * second run of the same writes) stored it first. Nothing of the batch was written.
 */
export class DuplicateWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DuplicateWriteError";
  }
}
