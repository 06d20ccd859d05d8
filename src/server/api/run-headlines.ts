// A run's headline numbers as the runs list shows them: per task its first headline metric (`accuracy`,
// `culprit_accuracy`, `safe_refusal_rate`...) for each target, read from the run's stored summary. A summary is parsed
// once per state of a run and kept, so the list never parses every run's summary on every open.

import type { MetricValue } from "../../core/metric.ts";
import type { StoredRun } from "../../core/stored-run.ts";
import type { RunMetrics } from "../../metrics/run-metrics.ts";
import { isHeadlineMetric } from "../../metrics/headline-metric.ts";
import { runStateKey, type DashboardData } from "../dashboard-data.ts";
import { KeptResults } from "../kept-results.ts";

export interface TaskHeadline {
  taskId: string;
  metric: string;
  /** In the run's target order; value null where the target has none. */
  values: { targetId: string; value: number | null; interval?: MetricValue["interval"] }[];
}

/** Runs whose headlines are kept (the list shows at most a few hundred). */
const KEPT_RUNS = 1000;

export function runHeadlines(metrics: Pick<RunMetrics, "tasks">, targetIds: readonly string[]): TaskHeadline[] {
  const tasks = [...new Set(metrics.tasks.map((s) => s.taskId))];
  return tasks.flatMap((taskId) => {
    const summaries = metrics.tasks.filter((s) => s.taskId === taskId);
    const metric = summaries.flatMap((s) => s.metrics).find((m) => isHeadlineMetric(m.name) && m.value !== null)?.name;
    if (metric === undefined) return [];
    return [{
      taskId,
      metric,
      values: targetIds.flatMap((targetId) => {
        const summary = summaries.find((s) => s.targetId === targetId);
        if (!summary) return [];
        const found = summary.metrics.find((m) => m.name === metric);
        return [{ targetId, value: found?.value ?? null, interval: found?.interval }];
      }),
    }];
  });
}

export class HeadlineCache {
  private readonly data: DashboardData;
  private readonly kept = new KeptResults<TaskHeadline[] | undefined>(KEPT_RUNS);

  constructor(data: DashboardData) {
    this.data = data;
  }

  /** Undefined while the run has no current stored summary (running, or not summarised yet). */
  async headlines(run: StoredRun): Promise<TaskHeadline[] | undefined> {
    if (run.status === "running") return undefined;
    const read = async () => {
      const metrics = await this.data.summaries.fresh(run);
      return metrics && runHeadlines(metrics, run.targets.map((t) => t.id));
    };
    return this.kept.get(runStateKey(run), read, (headlines) => headlines !== undefined);
  }
}
