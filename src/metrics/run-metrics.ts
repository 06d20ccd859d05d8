// A run's summary: per task and target every metric with its interval, its groups, counts, tokens, cost, speed,
// style and (for grid tasks) the length × depth grid; per target, style over every answer; and the run page's per-sample
// aggregates. Computed once per run and stored (core/stored-metrics.ts), so `show`, reports, the dashboard and verdicts
// all read the same numbers.

import type { ErrorKind } from "../core/errors.ts";
import type { MetricValue } from "../core/metric.ts";
import type { StoredOverview } from "../core/run-overview.ts";
import type { NiahGrid } from "./niah-grid.ts";

/** Bumped whenever the summary's shape or any metric's computation changes: stored summaries of another version are recomputed. */
export const RUN_METRICS_VERSION = 3;

export interface GroupSummary {
  key: string;
  value: string;
  samples: number;
  metrics: MetricValue[];
}

export interface TaskTargetSummary {
  taskId: string;
  family: string;
  targetId: string;
  simulated: boolean;
  expected: number;
  finished: number;
  errors: number;
  errorKinds: Partial<Record<ErrorKind, number>>;
  fromCache: number;
  metrics: MetricValue[];
  groups: GroupSummary[];
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMsP50?: number;
  latencyMsP95?: number;
  timeToFirstTokenMsP50?: number;
  outputTokensPerSecondP50?: number;
  /** Answers the stream guard stopped (degenerate loops). */
  guardStops: number;
  /** The same by kind of loop ("exact", "counter", "near"), as the guard's score records it. */
  guardStopKinds: Record<string, number>;
  /** Style and pathology of every answer (length, markdown, emoji, exclamations, slop, repetition, language). */
  style: MetricValue[];
  /** The task's adaptive sampling rule, when it samples adaptively (samples it skipped are expected - finished). */
  adaptiveRule?: string;
  /** Answers stopped by the loop guard or ending in a repeating tail: what loop claims are held to. */
  loopRate: MetricValue;
  /**
   * Per answer, for speed claims: time to first token (streamed answers only) and output speed. An answer from the
   * cache keeps the timing measured when it was first asked; `cached` counts those.
   */
  speeds: { ttftMs: number[]; outputTokensPerSecond: number[]; cached: { ttftMs: number; outputTokensPerSecond: number } };
  /** The length × depth grid, for tasks whose results form one (Task.grid). */
  grid?: NiahGrid;
}

export interface TargetSummary {
  targetId: string;
  /** Style over every answer of the target, whatever its task. */
  style: MetricValue[];
}

export interface RunMetrics {
  tasks: TaskTargetSummary[];
  targets: TargetSummary[];
  /** Counts, latency percentiles per target and scorer labels as the dashboard's run page shows them (metrics/overview-tally.ts). */
  overview: StoredOverview;
}
