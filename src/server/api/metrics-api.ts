// A run's full family metrics with intervals: its stored summary (runner/run-metrics.ts), read as it is. A run without
// a current one (stored before summaries were, or still running) is summarised in a worker thread, since that loads
// every sample and measures the style of every answer: the server keeps answering meanwhile, a run too large for the
// worker's heap cap fails alone, and the worker stores the summary of a stopped run, so the next view only reads it.
// With ?stored=1 only a stored summary is served: the run page asks that alongside its other requests.

import type { Worker } from "node:worker_threads";
import { isHeadlineMetric } from "../../metrics/headline-metric.ts";
import type { RunMetrics, TaskTargetSummary } from "../../metrics/run-metrics.ts";
import { requireRun, runStateKey, type DashboardData } from "../dashboard-data.ts";
import { HttpError } from "../http-response.ts";
import { KeptResults } from "../kept-results.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";
import { startWorker, workerReply } from "./worker-thread.ts";

const KEPT_RUNS = 4;
/** Each worker holds a run's samples of one task and target at a time; two at once is plenty on a small machine. */
const MAX_WORKERS = 2;
/** Heap cap of one metrics worker: about four times what 100,000 samples need. */
export const WORKER_HEAP_MB = 1024;

export interface MetricsJob {
  /** The results store's location, opened by the worker (which stores the summary it computed). */
  location: string;
  runId: string;
  cwd: string;
}

/** Per task and target; the raw speeds behind speed claims are left out (a large run has one per answer). */
export type DashboardSummary = Omit<TaskTargetSummary, "speeds">;

export interface MetricsResponse {
  summaries: DashboardSummary[];
  /** The metrics the run page leads each task with (metrics/headline-metric.ts, as show and the reports); the rest fold. */
  headlines: string[];
}

/** The answer to `?stored=1` (the page asks for the stored summary alongside the rest) when the run has no current one: nothing is summarised. */
export interface NotStored {
  summaries: null;
}

export function metricsResponse(metrics: RunMetrics): MetricsResponse {
  const names = new Set(metrics.tasks.flatMap((summary) => summary.metrics.map((m) => m.name)));
  return { summaries: metrics.tasks.map(({ speeds: _speeds, ...summary }) => summary), headlines: [...names].filter(isHeadlineMetric) };
}

const WORKER_MODULE = new URL("./metrics-worker.ts", import.meta.url).href;

export class MetricsService {
  private readonly data: DashboardData;
  private readonly kept = new KeptResults<MetricsResponse>(KEPT_RUNS);
  private readonly workers = new Set<Worker>();

  constructor(data: DashboardData) {
    this.data = data;
  }

  route(): RouteHandler {
    return jsonRoute(async ({ params, url }) => {
      const run = await requireRun(this.data, params.id!);
      const stored = await this.data.summaries.fresh(run);
      if (stored) return metricsResponse(stored);
      if (url.searchParams.get("stored") === "1") return { summaries: null } satisfies NotStored;
      // Asking again while it is being computed waits for the same worker. A running run changes under the
      // computation: only a stopped run's metrics are worth keeping afterwards.
      const compute = () => {
        if (this.workers.size >= MAX_WORKERS) throw new HttpError(503, "metrics of other runs are being computed; try again in a minute");
        return this.compute(run.id);
      };
      return this.kept.get(runStateKey(run), compute, () => run.status !== "running");
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private compute(runId: string): Promise<MetricsResponse> {
    const job: MetricsJob = { location: this.data.location, runId, cwd: this.data.cwd };
    const worker = startWorker(WORKER_MODULE, job, WORKER_HEAP_MB);
    this.workers.add(worker);
    worker.once("exit", () => this.workers.delete(worker));
    return workerReply<MetricsResponse>(worker, "metrics", "this run is too large to summarise in the dashboard; use realitycheck show");
  }
}
