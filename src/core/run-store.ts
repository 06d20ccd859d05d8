// The results store every command reads and writes through: runs, their samples (with attempts, scores and turns),
// their stored summaries and findings (verdicts, pairwise ratings), the response cache, context probes, and the dashboard's aggregate reads. Async, so a backend may be a file
// (storage/sqlite) or a server (PostgreSQL); every backend passes storage/conformance. Big reads stream.

import type { AttemptRecord } from "./attempt.ts";
import type { ErrorKind } from "./errors.ts";
import type { RunStatus } from "./events.ts";
import type { Item, Metadata } from "./item.ts";
import type { GenerateResult } from "./model-adapter.ts";
import type { RequestTotals } from "./request.ts";
import type { RequestRecord } from "./request-record.ts";
import type { RunLeases } from "./run-lease.ts";
import type { RunOverviewQueries } from "./run-overview.ts";
import type { SampleKey } from "./sample.ts";
import type { SampleBrowser } from "./sample-browser.ts";
import type { StoreWrite } from "./store-write.ts";
import type { FindingRecords } from "./stored-findings.ts";
import type { StoredRunMetrics } from "./stored-metrics.ts";
import type { StoredContextProbe } from "./stored-probe.ts";
import type { NewRun, RunSummary, SampleCount, SampleFilter, StoredRun, StoredSample } from "./stored-run.ts";

export interface RunRecords {
  /** Stores the run, its targets, tasks and items at once; it starts "running". A credential anywhere throws a ConfigError and stores nothing. */
  createRun(run: NewRun): Promise<void>;
  getRun(id: string): Promise<StoredRun | undefined>;
  /** An exact id, a unique prefix of one, or "last"/"latest" for the newest run; otherwise a ConfigError naming the ref. */
  resolveRunId(ref: string): Promise<string>;
  /** Newest first (by creation time, then id), with finished-sample counts. */
  listRuns(limit?: number): Promise<RunSummary[]>;
  /** A ConfigError for an unknown run. */
  setRunStatus(id: string, status: RunStatus, at: number): Promise<void>;
  /** A task's items in the order they were given. */
  loadItems(runId: string, taskId: string): Promise<Item[]>;
}

export interface SampleRecords {
  /**
   * Applies the writes in order, in one transaction: all of them or, when one fails (a repeated sample or attempt
   * number, which throws a DuplicateWriteError; an unknown target; a credential), none. The runner's group commit: everything finished in one turn of
   * the event loop is one batch, so a killed run loses only work in flight and resume finds exactly what is missing.
   */
  writeBatch(writes: readonly StoreWrite[]): Promise<void>;
  /**
   * A run's samples with their items, scores and turns (a turn keeps its prompt, answer, finish, usage and timings), in key order (target, task, item, trial), read a bounded page
   * at a time: memory stays flat on any run, and the store may be written while the iteration is paused.
   */
  samples(runId: string, filter?: SampleFilter): AsyncIterable<StoredSample>;
  /** sampleKeyString() of every finished sample: what resume must not ask again. */
  finishedSampleKeys(runId: string): Promise<Set<string>>;
  /** sampleKeyString() -> error kind (null when none was recorded) of every sample that ended in error: what `resume --retry-errors` may ask again. */
  erroredSamples(runId: string): Promise<Map<string, ErrorKind | null>>;
  /** One sample's state: whether it is finished, and its highest attempt number stored (0 when none). A queue worker reads it before taking a sample over. */
  sampleState(runId: string, key: SampleKey): Promise<SampleState>;
  /** sampleKeyString() -> highest attempt number stored, so attempts keep numbering across resumes. */
  lastAttemptNumbers(runId: string): Promise<Map<string, number>>;
  /** Finished samples per target and task, sorted by target, then task. */
  countSamples(runId: string): Promise<SampleCount[]>;
  /** One sample's attempts in order. */
  attemptsFor(runId: string, key: SampleKey): Promise<AttemptRecord[]>;
  countAttempts(runId: string): Promise<number>;
  /** What a task measured about a target before its samples; undefined until stored. */
  getPreparation(runId: string, targetId: string, taskId: string): Promise<Metadata | undefined>;
}

export interface SampleState {
  finished: boolean;
  lastAttempt: number;
}

export interface ResponseCacheRecords {
  /** The answer stored under a request hash (see CachedResponseWrite), counting the hit; undefined when none. */
  cachedResponse(key: string): Promise<GenerateResult | undefined>;
}

/** Every request a run made, whatever it was for: sample attempts, and the judge, probe and calibration requests. */
export interface RequestRecords {
  /**
   * Totals per purpose and target, sorted by purpose, then target, alphabetically (sample attempts counted from the attempts, their cost from the
   * samples): what `show` prints, and what a resumed run's budget starts from.
   */
  requestTotals(runId: string): Promise<RequestTotals[]>;
  /** The answer of this run's first successful non-sample attempt with this request hash; undefined when none. */
  recordedAnswer(runId: string, requestHash: string): Promise<GenerateResult | undefined>;
  /** Every non-sample attempt of the run in the order stored (migrate copies them). */
  requestRecords(runId: string): Promise<RequestRecord[]>;
}

export interface ProbeRecords {
  /** A second probe with the same id, or a credential in its result, throws and stores nothing. */
  recordProbe(probe: StoredContextProbe): Promise<void>;
  getProbe(id: string): Promise<StoredContextProbe | undefined>;
  /** Newest first (by creation time, then id). */
  listProbes(limit?: number): Promise<StoredContextProbe[]>;
  /** The probes made within a run (stored with its id), newest first. */
  probesOfRun(runId: string): Promise<StoredContextProbe[]>;
}

export interface MetricRecords {
  /** Stores a run's summary, replacing the one stored before; an unknown run is a ConfigError, a credential in it throws and stores nothing. */
  saveRunMetrics(metrics: StoredRunMetrics): Promise<void>;
  /** The run's stored summary; undefined until one is stored. */
  getRunMetrics(runId: string): Promise<StoredRunMetrics | undefined>;
}

export interface RunStore extends RunRecords, RunLeases, SampleRecords, RequestRecords, MetricRecords, FindingRecords, ResponseCacheRecords, ProbeRecords, RunOverviewQueries, SampleBrowser {
  /** Ends the store's connections; nothing may be called after. */
  close(): Promise<void>;
}
