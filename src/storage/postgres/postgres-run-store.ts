// The RunStore contract on a PostgreSQL server: a team's shared results. One connection pool; each part of the
// contract is a small class of statements (the schema is SQLite's, see migrations.ts); this one only delegates.

import type pg from "pg";
import type { AttemptRecord } from "../../core/attempt.ts";
import type { ErrorKind } from "../../core/errors.ts";
import type { RunStatus } from "../../core/events.ts";
import type { TaskMatrix } from "../../core/task-matrix.ts";
import type { Item, Metadata } from "../../core/item.ts";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { AttemptError, AttemptErrorCount, HeatmapCellCount, RunProgress, SampleStats, ScoreStats } from "../../core/run-overview.ts";
import type { RequestTotals } from "../../core/request.ts";
import type { HeldLease, LeaseClaim, LeaseHolder } from "../../core/run-lease.ts";
import type { VerdictStatus } from "../../core/claim.ts";
import type { StoredPairwiseRatings, StoredVerdicts } from "../../core/stored-findings.ts";
import type { StoredRunMetrics } from "../../core/stored-metrics.ts";
import type { RequestRecord } from "../../core/request-record.ts";
import type { RunStore, SampleState } from "../../core/run-store.ts";
import type { SampleKey } from "../../core/sample.ts";
import type { SampleFacets, SamplePage, SampleQuery, Transcript } from "../../core/sample-browser.ts";
import type { StoreWrite } from "../../core/store-write.ts";
import type { StoredContextProbe } from "../../core/stored-probe.ts";
import type { NewRun, RunSummary, SampleCount, SampleFilter, StoredRun, StoredSample } from "../../core/stored-run.ts";
import type { SampleQueryLimits } from "../sample-query-limits.ts";
import { PostgresBatchWriter } from "./batch-writer.ts";
import { PostgresFindingRecords } from "./finding-records.ts";
import { PostgresProbeRecords } from "./probe-records.ts";
import { PostgresMetricRecords } from "./metric-records.ts";
import { PostgresRequestRecords } from "./request-records.ts";
import { PostgresRunLeases } from "./run-leases.ts";
import { PostgresResponseCache } from "./response-cache.ts";
import { PostgresRunOverview } from "./run-overview-queries.ts";
import { PostgresRunRecords } from "./run-records.ts";
import { sampleFacets } from "./sample-facets-query.ts";
import { PostgresSamplePageQuery } from "./sample-page-query.ts";
import { PostgresSampleReads } from "./sample-reads.ts";
import { readTranscript } from "./transcript-query.ts";

export interface PostgresStoreOptions {
  /** The sample page's scan limits (tests make them small). */
  sampleQueryLimits?: SampleQueryLimits;
}

export class PostgresRunStore implements RunStore {
  readonly pool: pg.Pool;
  private readonly runs: PostgresRunRecords;
  private readonly writer: PostgresBatchWriter;
  private readonly reads: PostgresSampleReads;
  private readonly cache: PostgresResponseCache;
  private readonly probes: PostgresProbeRecords;
  private readonly requests: PostgresRequestRecords;
  private readonly metrics: PostgresMetricRecords;
  private readonly findings: PostgresFindingRecords;
  private readonly leases: PostgresRunLeases;
  private readonly overview: PostgresRunOverview;
  private readonly pages: PostgresSamplePageQuery;
  private closed = false;

  /** Takes ownership of `pool` (its schema migrated, see open-postgres-store.ts): close() ends it. */
  constructor(pool: pg.Pool, options: PostgresStoreOptions = {}) {
    this.pool = pool;
    this.runs = new PostgresRunRecords(pool);
    this.writer = new PostgresBatchWriter(pool);
    this.reads = new PostgresSampleReads(pool);
    this.cache = new PostgresResponseCache(pool);
    this.probes = new PostgresProbeRecords(pool);
    this.requests = new PostgresRequestRecords(pool);
    this.metrics = new PostgresMetricRecords(pool);
    this.findings = new PostgresFindingRecords(pool);
    this.leases = new PostgresRunLeases(pool);
    this.overview = new PostgresRunOverview(pool);
    this.pages = new PostgresSamplePageQuery(pool, options.sampleQueryLimits);
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

  writeBatch(writes: readonly StoreWrite[]): Promise<void> {
    return this.writer.write(writes);
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

  cachedResponse(key: string): Promise<GenerateResult | undefined> {
    return this.cache.cachedResponse(key);
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

  sampleStats(runId: string): Promise<SampleStats> {
    return this.overview.sampleStats(runId);
  }
  itemCounts(runId: string): Promise<Map<string, number>> {
    return this.overview.itemCounts(runId);
  }
  scoreStats(runId: string): Promise<ScoreStats[]> {
    return this.overview.scoreStats(runId);
  }
  attemptErrorCounts(runId: string): Promise<AttemptErrorCount[]> {
    return this.overview.attemptErrorCounts(runId);
  }
  latestAttemptErrors(runId: string, limit: number): Promise<AttemptError[]> {
    return this.overview.latestAttemptErrors(runId, limit);
  }
  attemptErrorsAfter(runId: string, afterId: number, limit: number): Promise<AttemptError[]> {
    return this.overview.attemptErrorsAfter(runId, afterId, limit);
  }
  lastAttemptId(): Promise<number> {
    return this.overview.lastAttemptId();
  }
  progress(runId: string): Promise<RunProgress | undefined> {
    return this.overview.progress(runId);
  }
  heatmapCells(runId: string, cells: { family: string; scorer: string }): Promise<HeatmapCellCount[]> {
    return this.overview.heatmapCells(runId, cells);
  }
  taskMatrix(runId: string, taskId: string): Promise<TaskMatrix> {
    return this.overview.taskMatrix(runId, taskId);
  }

  samplePage(runId: string, query: SampleQuery, after: SampleKey | undefined, limit: number): Promise<SamplePage> {
    return this.pages.samplePage(runId, query, after, limit);
  }
  sampleFacets(runId: string): Promise<SampleFacets> {
    return sampleFacets(this.pool, runId);
  }
  transcript(runId: string, key: SampleKey, maxChars?: number): Promise<Transcript | undefined> {
    return readTranscript(this.pool, runId, key, maxChars);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
