// The runs list and a run's page: counts, per-target cost and speed, per-scorer comparison and errors. A stopped run's
// counts, percentiles and scorer labels come from its stored summary, tallied once when it stopped; a running one's
// from the store's aggregates over its rows (metrics-api.ts serves the full family metrics separately).

import type { Interval } from "../../core/metric.ts";
import type { AttemptError, LatencyPercentiles, SampleStats, ScoreStats, TaskTargetCounts } from "../../core/run-overview.ts";
import type { RunOrigin, RunSummary, StoredRun } from "../../core/stored-run.ts";
import type { VerdictStatus } from "../../core/claim.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";
import type { RunState } from "../../core/run-lease.ts";
import { requireRun, runTrials, stateOf, type DashboardData } from "../dashboard-data.ts";
import { HttpError } from "../http-response.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";
import { errorCounts, type ErrorCount } from "./error-counts.ts";
import { HeadlineCache, type TaskHeadline } from "./run-headlines.ts";

export const RUNS_LIMIT = 100;
const MAX_RUNS_LIMIT = 1000;
const LATEST_ERRORS = 20;

export interface RunOverview {
  run: { id: string; status: RunState; createdAt: number; updatedAt: number; origin?: RunOrigin; seed: number; simulated: boolean; trials: number | null };
  targets: { id: string; provider: string; model: string; simulated: boolean }[];
  tasks: { id: string; family: string; items: number; groupBy: string[] }[];
  /** Per task and target, with the samples the run expects there (items x trials) when the spec says. */
  counts: (TaskTargetCounts & { expected: number | null })[];
  /** Per target over every task. */
  targetTotals: (Omit<TaskTargetCounts, "taskId" | "latencyMsMean"> & LatencyPercentiles)[];
  scores: (ScoreStats & { interval?: Interval })[];
  errors: ErrorCount[];
  latestErrors: AttemptError[];
  /** The live view streams failed attempts recorded after this attempt row. */
  lastAttemptId: number;
  /**
   * Where the counts, latency percentiles and scorer labels come from: the run's stored summary ("stored"), or a pass
   * over its rows ("scanned") while it runs or before it has a current summary.
   */
  aggregates: "stored" | "scanned";
}

/**
 * A run as listed: its status read against its lease ("process_gone" for a "running" run nobody is executing), and
 * its headline numbers once its summary is stored.
 */
/** `verdicts` counts the run's stored verdicts by status; absent when none are stored. */
export type ListedRun = Omit<RunSummary, "status"> & { status: RunState; headlines?: TaskHeadline[]; verdicts?: Record<VerdictStatus, number> };

export function listRunsRoute(data: DashboardData): RouteHandler {
  const cache = new HeadlineCache(data);
  return jsonRoute(async ({ url }): Promise<{ runs: ListedRun[] }> => {
    const raw = url.searchParams.get("limit");
    const limit = raw === null ? RUNS_LIMIT : Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RUNS_LIMIT) throw new HttpError(400, `limit must be an integer from 1 to ${MAX_RUNS_LIMIT}`);
    const runs = await data.store.listRuns(limit);
    return {
      runs: await Promise.all(
        runs.map(async (listed) => {
          const [run, verdicts] = await Promise.all([data.store.getRun(listed.id), data.store.countVerdicts(listed.id)]);
          const stored = Object.values(verdicts).some((n) => n > 0) ? verdicts : undefined;
          return { ...listed, status: stateOf(data, listed), headlines: run && (await cache.headlines(run)), verdicts: stored };
        }),
      ),
    };
  });
}

export function runOverviewRoute(data: DashboardData): RouteHandler {
  return jsonRoute(({ params }) => runOverview(data, params.id!));
}

export async function runOverview(data: DashboardData, runId: string): Promise<RunOverview> {
  const { store } = data;
  const run = await requireRun(data, runId);
  const trials = runTrials(run);
  const items = await store.itemCounts(runId);
  const stats = await aggregates(data, run);
  const counts = stats.counts.map((c) => ({ ...c, expected: trials === null ? null : (items.get(c.taskId) ?? 0) * trials }));
  return {
    run: { id: run.id, status: stateOf(data, run), createdAt: run.createdAt, updatedAt: run.updatedAt, origin: run.origin, seed: run.seed, simulated: run.simulated, trials },
    targets: run.targets.map((t) => ({ id: t.id, provider: t.provider, model: t.model, simulated: t.simulated })),
    tasks: run.tasks.map((t) => ({ id: t.id, family: t.family, items: items.get(t.id) ?? 0, groupBy: t.groupBy })),
    counts,
    targetTotals: run.targets.map((t) => ({ ...totals(t.id, counts.filter((c) => c.targetId === t.id)), ...(stats.percentiles.get(t.id) ?? noTimings(t.id)) })),
    scores: stats.scores.map((s) => (s.passFail ? { ...s, interval: wilsonInterval(Math.round(s.sum), s.scored) } : s)),
    errors: errorCounts(stats.errorSamples, await store.attemptErrorCounts(runId)),
    latestErrors: await store.latestAttemptErrors(runId, LATEST_ERRORS),
    lastAttemptId: await store.lastAttemptId(),
    aggregates: stats.from,
  };
}

/** The stored summary's tally when the run has a current one (computed once, when it stopped), else the store's pass over the rows. */
async function aggregates({ store, summaries }: DashboardData, run: StoredRun): Promise<SampleStats & { scores: ScoreStats[]; from: RunOverview["aggregates"] }> {
  const stored = (await summaries.fresh(run))?.overview;
  if (stored) return { ...stored, percentiles: new Map(stored.percentiles.map((p) => [p.targetId, p])), from: "stored" };
  const [stats, scores] = await Promise.all([store.sampleStats(run.id), store.scoreStats(run.id)]);
  return { ...stats, scores, from: "scanned" };
}

function totals(targetId: string, rows: TaskTargetCounts[]): Omit<TaskTargetCounts, "taskId" | "latencyMsMean"> {
  const sum = (pick: (c: TaskTargetCounts) => number) => rows.reduce((total, c) => total + pick(c), 0);
  return {
    targetId,
    done: sum((c) => c.done),
    errors: sum((c) => c.errors),
    fromCache: sum((c) => c.fromCache),
    inputTokens: sum((c) => c.inputTokens),
    outputTokens: sum((c) => c.outputTokens),
    costUsd: sum((c) => c.costUsd),
  };
}

function noTimings(targetId: string): LatencyPercentiles {
  return { targetId, latencyMsP50: null, latencyMsP95: null, ttftMsP50: null };
}
