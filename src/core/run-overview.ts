// What the dashboard's run page reads from a RunStore: counts, sums and percentiles over a run's rows, computed where
// the rows are (each at most one pass over them), so a 100,000-sample run opens without loading its samples.

import type { RunStatus } from "./events.ts";
import type { RunLease } from "./run-lease.ts";
import type { TaskMatrix } from "./task-matrix.ts";

export interface RunOverviewQueries {
  /** Per task and target: counts, tokens, cost and latency; error samples per kind; latency percentiles per target. */
  sampleStats(runId: string): Promise<SampleStats>;
  /** Items stored per task id: with the trials and targets, how many samples the run expects. */
  itemCounts(runId: string): Promise<Map<string, number>>;
  /** Per task, target and scorer: how many were scored, their sum and mean, and the label counts. */
  scoreStats(runId: string): Promise<ScoreStats[]>;
  /** Failed attempts (retried or not) per target and error kind. */
  attemptErrorCounts(runId: string): Promise<AttemptErrorCount[]>;
  /** The newest failed attempts, newest first. */
  latestAttemptErrors(runId: string, limit: number): Promise<AttemptError[]>;
  /** Failed attempts recorded after the attempt with id `afterId`, oldest first: what a live view has not shown yet. */
  attemptErrorsAfter(runId: string, afterId: number, limit: number): Promise<AttemptError[]>;
  /** The id of the newest attempt of any run (0 when none): a live view asks for errors after it. */
  lastAttemptId(): Promise<number>;
  /** The run's status and finished samples per target; undefined when the run does not exist. */
  progress(runId: string): Promise<RunProgress | undefined>;
  /** Samples of the run's tasks of `family`, counted per (target, task, item, outcome) with the item's length and depth; sorted by target, then task. */
  heatmapCells(runId: string, cells: { family: string; scorer: string }): Promise<HeatmapCellCount[]>;
  /** One task's items and each of its samples' outcome by the task's first scorer (score position 0), without their texts; empty for an unknown run or task. */
  taskMatrix(runId: string, taskId: string): Promise<TaskMatrix>;
}

export interface TaskTargetCounts {
  taskId: string;
  targetId: string;
  done: number;
  errors: number;
  fromCache: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** Over answered samples not served from the cache. */
  latencyMsMean: number | null;
}

export interface LatencyPercentiles {
  targetId: string;
  latencyMsP50: number | null;
  latencyMsP95: number | null;
  ttftMsP50: number | null;
}

export interface SampleStats {
  /** Sorted by target, then task. */
  counts: TaskTargetCounts[];
  errorSamples: { targetId: string; errorKind: string | null; samples: number }[];
  /** By target id. Of samples with a latency not served from the cache, nearest rank (as the run summary computes them). */
  percentiles: Map<string, LatencyPercentiles>;
}

/**
 * A run's per-sample aggregates as its stored summary keeps them, tallied once when the run is summarised: what
 * sampleStats and scoreStats give on the same samples, so a stopped run's page is drawn without a pass over its rows.
 */
export interface StoredOverview {
  counts: TaskTargetCounts[];
  errorSamples: SampleStats["errorSamples"];
  /** One per target with a sample not served from the cache (JSON holds no Map). */
  percentiles: LatencyPercentiles[];
  scores: ScoreStats[];
}

export interface ScoreStats {
  taskId: string;
  targetId: string;
  scorer: string;
  /** Rows for this scorer, unscored included. */
  samples: number;
  /** Rows with a value. */
  scored: number;
  mean: number | null;
  /** Sum of values; with `passFail`, the count of passes (for a Wilson interval). */
  sum: number;
  /** Every value is 0 or 1 (and there is at least one). */
  passFail: boolean;
  labels: Record<string, number>;
}

export interface AttemptErrorCount {
  targetId: string;
  errorKind: string;
  attempts: number;
}

export interface AttemptError {
  /** The attempt's id: increasing in the order attempts are stored, the live view's cursor. */
  id: number;
  targetId: string;
  taskId: string;
  itemId: string;
  trial: number;
  attempt: number;
  endedAt: number;
  errorKind: string;
  /** Cut to ATTEMPT_ERROR_MESSAGE_CHARS; full messages are in the transcript. */
  errorMessage: string | null;
  httpStatus: number | null;
}

/** Longest error message an AttemptError carries. */
export const ATTEMPT_ERROR_MESSAGE_CHARS = 500;

export interface RunProgress {
  status: RunStatus;
  /** As StoredRun.lease: a "running" run without a live one has no process behind it. */
  lease?: RunLease;
  updatedAt: number;
  done: number;
  errors: number;
  /** Targets with at least one finished sample, by target id. */
  byTarget: { targetId: string; done: number; errors: number }[];
}

export interface HeatmapCellCount {
  taskId: string;
  targetId: string;
  /** Counts are per item, so a cell's interval can treat an item's trials as one unit. */
  itemId: string;
  /** The item's `length` and `depth` metadata; null when it has none. */
  length: number | null;
  depth: number | null;
  /** "rejected" (context_length_exceeded), "error:<kind>" ("error:unknown" without one), else the scorer's label ("unscored" when it gave none). */
  outcome: string;
  /** Answered and given a value by the scorer. */
  scored: boolean;
  samples: number;
  /** Sum of the scorer's values over these samples when answered. */
  valueSum: number;
}
