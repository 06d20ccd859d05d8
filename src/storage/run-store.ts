// Runs, samples, attempts and scores in the results database. Every write is a small transaction, or part of the
// runner's batch for one turn of the event loop (writeBatch), so a killed run loses only the requests in flight and
// those answered in its last moment, and resume finds exactly what is missing.

import type { Database, Transaction } from "better-sqlite3";
import type { AttemptRecord } from "../core/attempt.ts";
import { ConfigError } from "../core/errors.ts";
import type { RunStatus } from "../core/events.ts";
import type { Item, Metadata } from "../core/item.ts";
import { sampleKeyString, type SampleKey, type SampleOutcome } from "../core/sample.ts";
import type { TargetSpec } from "../core/target.ts";
import { attemptValues, sampleValues, scoreValues } from "./insert-values.ts";
import { prepareRunStoreStatements, type RunStoreStatements, type TaskRow } from "./run-store-statements.ts";
import { secretFreeJson } from "./secret-free-json.ts";
import {
  attemptFromRow,
  itemFromRow,
  jsonOrNull,
  keyFromRow,
  keyParams,
  sampleFromRow,
  scoreFromRow,
  targetFromRow,
  turnFromRow,
  turnParams,
  type ItemRow,
  type SampleRow,
} from "./stored-rows.ts";
import type { NewRun, RunSummary, RunTaskSpec, SampleCount, SampleFilter, StoredRun, StoredSample } from "./stored-run.ts";

const LAST_RUN_REFS = new Set(["last", "latest"]);

export class RunStore {
  private readonly db: Database;
  private readonly recordSampleTx: Transaction<(runId: string, outcome: SampleOutcome, finalAttempt: AttemptRecord) => void>;
  private readonly createRunTx: Transaction<(run: NewRun) => void>;
  private readonly batchTx: Transaction<(write: () => void) => void>;
  private readonly s: RunStoreStatements;

  constructor(db: Database) {
    this.db = db;
    this.s = prepareRunStoreStatements(db);
    this.createRunTx = db.transaction((run: NewRun) => this.insertRun(run));
    this.batchTx = db.transaction((write: () => void) => write());
    this.recordSampleTx = db.transaction((runId: string, outcome: SampleOutcome, finalAttempt: AttemptRecord) => {
      this.s.insertAttempt.run(attemptValues(runId, finalAttempt));
      this.s.insertSample.run(sampleValues(runId, outcome, finalAttempt.endedAt));
      outcome.scores.forEach((score, position) => this.s.insertScore.run(scoreValues(runId, outcome, score, position)));
      outcome.turns?.forEach((turn, index) => this.s.insertTurn.run(turnParams(runId, outcome, index, turn)));
    });
  }

  /** Stores the run, its targets, tasks and items in one transaction; the run starts as "running". */
  createRun(run: NewRun): void {
    this.createRunTx(run);
  }

  getRun(id: string): StoredRun | undefined {
    const row = this.s.run.get(id);
    if (row === undefined) return undefined;
    return {
      id: row.id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      status: row.status as RunStatus,
      seed: row.seed,
      spec: JSON.parse(row.spec_json) as unknown,
      simulated: row.simulated === 1,
      targets: this.s.targets.all(id).map(targetFromRow),
      tasks: this.s.tasks.all(id).map(taskFromRow),
    };
  }

  /** An exact id, a unique prefix of one, or "last"/"latest" for the newest run. */
  resolveRunId(ref: string): string {
    if (this.s.run.get(ref) !== undefined) return ref;
    if (LAST_RUN_REFS.has(ref)) {
      const newest = this.s.recentRuns.get(1);
      if (newest === undefined) throw new ConfigError(`no runs stored yet, so "${ref}" names none`);
      return newest.id;
    }
    const matches = ref === "" ? [] : this.s.runsByPrefix.all({ ref }).map((r) => r.id);
    if (matches.length === 1 && matches[0] !== undefined) return matches[0];
    if (matches.length === 0) throw new ConfigError(`no stored run matches "${ref}" (try "last")`);
    const shown = matches.slice(0, 5).join(", ") + (matches.length > 5 ? ", ..." : "");
    throw new ConfigError(`run "${ref}" is ambiguous: it matches ${shown}; give more characters`);
  }

  /** Newest first. */
  listRuns(limit = 20): RunSummary[] {
    return this.s.recentRuns.all(limit).map((row) => {
      const counts = new Map(this.s.statusCounts.all(row.id).map((c) => [c.status, c.n]));
      return {
        id: row.id,
        createdAt: row.created_at,
        status: row.status as RunStatus,
        targets: this.s.targets.all(row.id).map((t) => t.target_id),
        tasks: this.s.tasks.all(row.id).map((t) => t.task_id),
        done: counts.get("done") ?? 0,
        errors: counts.get("error") ?? 0,
        simulated: row.simulated === 1,
      };
    });
  }

  setRunStatus(id: string, status: RunStatus, at: number): void {
    if (this.s.setStatus.run({ id, status, at }).changes === 0) throw new ConfigError(`no stored run "${id}"`);
  }

  /** sampleKeyString() of every sample with a final row: what resume must not ask again. */
  finishedSampleKeys(runId: string): Set<string> {
    const keys = new Set<string>();
    for (const row of this.s.sampleKeys.iterate(runId)) keys.add(sampleKeyString(keyFromRow(row)));
    return keys;
  }

  /** sampleKeyString() -> highest attempt number stored, so attempts keep numbering across resumes. */
  lastAttemptNumbers(runId: string): Map<string, number> {
    const last = new Map<string, number>();
    for (const row of this.s.lastAttempts.iterate(runId)) last.set(sampleKeyString(keyFromRow(row)), row.attempt);
    return last;
  }

  /** A failed attempt, written as soon as it ends. A repeated (key, attempt) violates a constraint and throws. */
  recordAttempt(runId: string, attempt: AttemptRecord): void {
    this.s.insertAttempt.run(attemptValues(runId, attempt));
  }

  /** The final attempt, the sample row and its scores in one transaction. Recording a key twice throws. */
  recordSample(runId: string, outcome: SampleOutcome, finalAttempt: AttemptRecord): void {
    this.recordSampleTx(runId, outcome, finalAttempt);
  }

  /**
   * Runs `write` (recordSample, recordAttempt, and writes of other stores on this connection) as one transaction:
   * the runner's group commit, because committing to the WAL costs more than the rows of a sample. A throw rolls back all of it.
   */
  writeBatch(write: () => void): void {
    this.batchTx(write);
  }

  loadItems(runId: string, taskId: string): Item[] {
    return this.s.items.all(runId, taskId).map(itemFromRow);
  }

  /**
   * Streams samples in key order (target, task, item, trial), which is the primary-key order, so nothing is sorted
   * or held in memory. Writes on this connection throw while the iterator is open: finish or return() it first.
   */
  *iterateSamples(runId: string, filter: SampleFilter = {}): IterableIterator<StoredSample> {
    const where = ["s.run_id = @runId"];
    if (filter.targetId !== undefined) where.push("s.target_id = @targetId");
    if (filter.taskId !== undefined) where.push("s.task_id = @taskId");
    if (filter.status !== undefined) where.push("s.status = @status");
    const params = { runId, targetId: filter.targetId ?? null, taskId: filter.taskId ?? null, status: filter.status ?? null };
    const query = this.db.prepare<[typeof params], SampleRow & ItemRow>(
      `SELECT s.*, i.input, i.expected_json, i.choices_json, i.messages_json, i.metadata_json, i.follow_ups_json
       FROM samples s JOIN items i ON i.run_id = s.run_id AND i.task_id = s.task_id AND i.item_id = s.item_id
       WHERE ${where.join(" AND ")}
       ORDER BY s.target_id, s.task_id, s.item_id, s.trial`,
    );
    for (const row of query.iterate(params)) {
      const key = keyParams(runId, keyFromRow(row));
      const scores = this.s.scoresFor.all(key).map(scoreFromRow);
      const sample = sampleFromRow(row, scores, itemFromRow(row));
      if (row.follow_ups_json !== null) sample.turns = this.s.turnsFor.all(key).map(turnFromRow);
      yield sample;
    }
  }

  /** What a task measured about a target before its samples (see Task.prepare); undefined until stored. */
  getPreparation(runId: string, targetId: string, taskId: string): Metadata | undefined {
    const row = this.s.preparation.get({ run_id: runId, target_id: targetId, task_id: taskId });
    return row === undefined ? undefined : (JSON.parse(row.data_json) as Metadata);
  }

  recordPreparation(runId: string, targetId: string, taskId: string, data: Metadata): void {
    this.s.insertPreparation.run({
      run_id: runId,
      target_id: targetId,
      task_id: taskId,
      data_json: secretFreeJson(data, `run ${runId}, preparation of ${taskId} for ${targetId}`),
      created_at: Date.now(),
    });
  }

  countSamples(runId: string): SampleCount[] {
    return this.s.sampleCounts.all(runId).map((r) => ({ targetId: r.target_id, taskId: r.task_id, done: r.done, errors: r.errors }));
  }

  attemptsFor(runId: string, key: SampleKey): AttemptRecord[] {
    return this.s.attemptsFor.all(keyParams(runId, key)).map(attemptFromRow);
  }

  countAttempts(runId: string): number {
    return this.s.countAttempts.get(runId)?.n ?? 0;
  }

  private insertRun(run: NewRun): void {
    const where = `run ${run.id}`;
    this.s.insertRun.run({
      id: run.id,
      created_at: run.createdAt,
      seed: run.seed,
      spec_json: secretFreeJson(run.spec ?? null, where),
      simulated: run.targets.some((t) => t.simulated) ? 1 : 0,
    });
    run.targets.forEach((t, position) => this.s.insertTarget.run(targetParams(run.id, t, position, where)));
    run.tasks.forEach((t, position) => this.s.insertTask.run(taskParams(run.id, t, position, where)));
    const positions = new Map<string, number>();
    for (const { taskId, item } of run.items) {
      const position = positions.get(taskId) ?? 0;
      positions.set(taskId, position + 1);
      this.s.insertItem.run({
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
      });
    }
  }
}

/** Only the named TargetSpec fields are stored, so a stray field on the object (a key, say) never reaches the file. */
function targetParams(runId: string, t: TargetSpec, position: number, where: string): Record<string, unknown> {
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

function taskParams(runId: string, t: RunTaskSpec, position: number, where: string): Record<string, unknown> {
  return {
    run_id: runId,
    task_id: t.id,
    position,
    family: t.family,
    params_json: secretFreeJson(t.params, `${where}, task ${t.id}`),
    groups_json: JSON.stringify(t.groupBy),
  };
}

function taskFromRow(row: TaskRow): RunTaskSpec {
  return { id: row.task_id, family: row.family, params: JSON.parse(row.params_json) as Metadata, groupBy: JSON.parse(row.groups_json) as string[] };
}
