// The RunStore contract on one SQLite connection (WAL, see open-database.ts). Each part of the contract is a small
// class of prepared statements; this one only delegates. better-sqlite3 is synchronous, so every promise here is
// already settled when returned: the store costs the runner no extra turn of the event loop.

import type { Database } from "better-sqlite3";
import type { AttemptRecord } from "../../core/attempt.ts";
import type { ErrorKind } from "../../core/errors.ts";
import type { RunStatus } from "../../core/events.ts";
import type { Item, Metadata } from "../../core/item.ts";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { AttemptError, AttemptErrorCount, HeatmapCellCount, RunProgress, SampleStats, ScoreStats } from "../../core/run-overview.ts";
import type { TaskMatrix } from "../../core/task-matrix.ts";
import type { RequestTotals } from "../../core/request.ts";
import type { RequestRecord } from "../../core/request-record.ts";
import type { HeldLease, LeaseClaim, LeaseHolder } from "../../core/run-lease.ts";
import type { RunStore, SampleState } from "../../core/run-store.ts";
import type { SampleKey } from "../../core/sample.ts";
import type { SampleFacets, SamplePage, SampleQuery, Transcript } from "../../core/sample-browser.ts";
import type { StoreWrite } from "../../core/store-write.ts";
import type { VerdictStatus } from "../../core/claim.ts";
import type { StoredPairwiseRatings, StoredVerdicts } from "../../core/stored-findings.ts";
import type { StoredRunMetrics } from "../../core/stored-metrics.ts";
import type { StoredContextProbe } from "../../core/stored-probe.ts";
import type { NewRun, RunSummary, SampleCount, SampleFilter, StoredRun, StoredSample } from "../../core/stored-run.ts";
import { BatchWriter } from "./batch-writer.ts";
import { SqliteFindingRecords } from "./finding-records.ts";
import { HeatmapCellsQuery } from "./heatmap-cells-query.ts";
import { TaskMatrixQuery } from "./task-matrix-query.ts";
import { SqliteMetricRecords } from "./metric-records.ts";
import { SqliteProbeRecords } from "./probe-records.ts";
import { SqliteRequestRecords } from "./request-records.ts";
import { ResponseCache } from "./response-cache.ts";
import { RunOverviewSql } from "./run-overview-queries.ts";
import { SqliteRunLeases } from "./run-lease-records.ts";
import { SqliteRunRecords } from "./run-records.ts";
import { SampleFacetsQuery } from "./sample-facets-query.ts";
import { SamplePageQuery } from "./sample-page-query.ts";
import type { SampleQueryLimits } from "../sample-query-limits.ts";
import { SampleReads } from "./sample-reads.ts";
import { sampleStats } from "./sample-stats-query.ts";
import { readTranscript } from "./transcript-query.ts";

export interface SqliteStoreOptions {
  /** The sample page's scan limits (tests make them small). */
  sampleQueryLimits?: SampleQueryLimits;
}

export class SqliteRunStore implements RunStore {
  readonly db: Database;
  private readonly runs: SqliteRunRecords;
  private readonly leases: SqliteRunLeases;
  private readonly writer: BatchWriter;
  private readonly reads: SampleReads;
  private readonly requests: SqliteRequestRecords;
  private readonly metrics: SqliteMetricRecords;
  private readonly findings: SqliteFindingRecords;
  private readonly cache: ResponseCache;
  private readonly probes: SqliteProbeRecords;
  private readonly overview: RunOverviewSql;
  private readonly cells: HeatmapCellsQuery;
  private readonly matrix: TaskMatrixQuery;
  private readonly pages: SamplePageQuery;
  private readonly facets: SampleFacetsQuery;

  /** Takes ownership of `db` (an openDatabase() connection): close() closes it. */
  constructor(db: Database, options: SqliteStoreOptions = {}) {
    this.db = db;
    this.runs = new SqliteRunRecords(db);
    this.leases = new SqliteRunLeases(db);
    this.writer = new BatchWriter(db);
    this.reads = new SampleReads(db);
    this.requests = new SqliteRequestRecords(db);
    this.metrics = new SqliteMetricRecords(db);
    this.findings = new SqliteFindingRecords(db);
    this.cache = new ResponseCache(db);
    this.probes = new SqliteProbeRecords(db);
    this.overview = new RunOverviewSql(db);
    this.cells = new HeatmapCellsQuery(db);
    this.matrix = new TaskMatrixQuery(db);
    this.pages = new SamplePageQuery(db, options.sampleQueryLimits);
    this.facets = new SampleFacetsQuery(db);
  }

  createRun(run: NewRun): Promise<void> {
    return this.runs.createRun(run);
  }
  getRun(id: string): Promise<StoredRun | undefined> {
    return this.runs.getRun(id);
  }
  resolveRunId(ref: string): Promise<string> {
    return this.runs.resolveRunId(ref);
  }
  listRuns(limit?: number): Promise<RunSummary[]> {
    return this.runs.listRuns(limit);
  }
  setRunStatus(id: string, status: RunStatus, at: number): Promise<void> {
    return this.runs.setRunStatus(id, status, at);
  }
  loadItems(runId: string, taskId: string): Promise<Item[]> {
    return this.runs.loadItems(runId, taskId);
  }

  acquireLease(runId: string, claim: LeaseHolder & { session: string }, now: number, ttlMs: number, takeOver?: string): Promise<LeaseClaim> {
    return this.leases.acquireLease(runId, claim, now, ttlMs, takeOver);
  }
  renewLease(runId: string, session: string, now: number, ttlMs: number): Promise<boolean> {
    return this.leases.renewLease(runId, session, now, ttlMs);
  }
  releaseLease(runId: string, session: string): Promise<void> {
    return this.leases.releaseLease(runId, session);
  }
  getLease(runId: string): Promise<HeldLease | undefined> {
    return this.leases.getLease(runId);
  }

  async writeBatch(writes: readonly StoreWrite[]): Promise<void> {
    this.writer.write(writes);
  }
  samples(runId: string, filter?: SampleFilter): AsyncIterable<StoredSample> {
    return this.reads.samples(runId, filter);
  }
  finishedSampleKeys(runId: string): Promise<Set<string>> {
    return this.reads.finishedSampleKeys(runId);
  }
  erroredSamples(runId: string): Promise<Map<string, ErrorKind | null>> {
    return this.reads.erroredSamples(runId);
  }
  sampleState(runId: string, key: SampleKey): Promise<SampleState> {
    return this.reads.sampleState(runId, key);
  }
  lastAttemptNumbers(runId: string): Promise<Map<string, number>> {
    return this.reads.lastAttemptNumbers(runId);
  }
  countSamples(runId: string): Promise<SampleCount[]> {
    return this.reads.countSamples(runId);
  }
  attemptsFor(runId: string, key: SampleKey): Promise<AttemptRecord[]> {
    return this.reads.attemptsFor(runId, key);
  }
  countAttempts(runId: string): Promise<number> {
    return this.reads.countAttempts(runId);
  }
  getPreparation(runId: string, targetId: string, taskId: string): Promise<Metadata | undefined> {
    return this.reads.getPreparation(runId, targetId, taskId);
  }

  requestTotals(runId: string): Promise<RequestTotals[]> {
    return this.requests.requestTotals(runId);
  }
  recordedAnswer(runId: string, requestHash: string): Promise<GenerateResult | undefined> {
    return this.requests.recordedAnswer(runId, requestHash);
  }
  requestRecords(runId: string): Promise<RequestRecord[]> {
    return this.requests.requestRecords(runId);
  }

  saveRunMetrics(metrics: StoredRunMetrics): Promise<void> {
    return this.metrics.saveRunMetrics(metrics);
  }
  getRunMetrics(runId: string): Promise<StoredRunMetrics | undefined> {
    return this.metrics.getRunMetrics(runId);
  }

  saveVerdicts(verdicts: StoredVerdicts): Promise<void> {
    return this.findings.saveVerdicts(verdicts);
  }
  listVerdicts(runId: string): Promise<StoredVerdicts[]> {
    return this.findings.listVerdicts(runId);
  }
  countVerdicts(runId: string): Promise<Record<VerdictStatus, number>> {
    return this.findings.countVerdicts(runId);
  }
  savePairwiseRatings(ratings: StoredPairwiseRatings): Promise<void> {
    return this.findings.savePairwiseRatings(ratings);
  }
  listPairwiseRatings(runId: string): Promise<StoredPairwiseRatings[]> {
    return this.findings.listPairwiseRatings(runId);
  }

  cachedResponse(key: string): Promise<GenerateResult | undefined> {
    return this.cache.cachedResponse(key);
  }

  recordProbe(probe: StoredContextProbe): Promise<void> {
    return this.probes.recordProbe(probe);
  }
  getProbe(id: string): Promise<StoredContextProbe | undefined> {
    return this.probes.getProbe(id);
  }
  listProbes(limit?: number): Promise<StoredContextProbe[]> {
    return this.probes.listProbes(limit);
  }
  probesOfRun(runId: string): Promise<StoredContextProbe[]> {
    return this.probes.probesOfRun(runId);
  }

  async sampleStats(runId: string): Promise<SampleStats> {
    return sampleStats(this.db, runId);
  }
  async itemCounts(runId: string): Promise<Map<string, number>> {
    return this.overview.itemCounts(runId);
  }
  async scoreStats(runId: string): Promise<ScoreStats[]> {
    return this.overview.scoreStats(runId);
  }
  async attemptErrorCounts(runId: string): Promise<AttemptErrorCount[]> {
    return this.overview.attemptErrorCounts(runId);
  }
  async latestAttemptErrors(runId: string, limit: number): Promise<AttemptError[]> {
    return this.overview.latestAttemptErrors(runId, limit);
  }
  async attemptErrorsAfter(runId: string, afterId: number, limit: number): Promise<AttemptError[]> {
    return this.overview.attemptErrorsAfter(runId, afterId, limit);
  }
  async lastAttemptId(): Promise<number> {
    return this.overview.lastAttemptId();
  }
  async progress(runId: string): Promise<RunProgress | undefined> {
    return this.overview.progress(runId);
  }
  async heatmapCells(runId: string, cells: { family: string; scorer: string }): Promise<HeatmapCellCount[]> {
    return this.cells.heatmapCells(runId, cells);
  }
  async taskMatrix(runId: string, taskId: string): Promise<TaskMatrix> {
    return this.matrix.taskMatrix(runId, taskId);
  }

  async samplePage(runId: string, query: SampleQuery, after: SampleKey | undefined, limit: number): Promise<SamplePage> {
    return this.pages.samplePage(runId, query, after, limit);
  }
  async sampleFacets(runId: string): Promise<SampleFacets> {
    return this.facets.sampleFacets(runId);
  }
  async transcript(runId: string, key: SampleKey, maxChars?: number): Promise<Transcript | undefined> {
    return readTranscript(this.db, runId, key, maxChars);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
