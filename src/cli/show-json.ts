// `show --json`: what `show` prints, as data for a program: the run, its findings (verdicts, probes, ratings), per task
// and target every metric with its interval and sample size, style per target and the request totals. The same
// numbers as the tables; only the per-answer timings behind the speed percentiles are left out.

import type { RequestTotals } from "../core/request.ts";
import type { RunStore } from "../core/run-store.ts";
import type { StoredPairwiseRatings, StoredVerdicts } from "../core/stored-findings.ts";
import type { TargetSummary, TaskTargetSummary } from "../metrics/run-metrics.ts";
import { loadRunFindings, type RunProbe } from "../reports/run-findings.ts";
import type { RunWithMetrics } from "../runner/run-metrics.ts";

export interface ShowJson {
  run: { id: string; status: string; seed: number; trials: number; targets: { id: string; provider: string; model: string; simulated: boolean }[] };
  verdicts: StoredVerdicts[];
  probes: RunProbe[];
  ratings: StoredPairwiseRatings[];
  tasks: { taskId: string; family: string; targets: Omit<TaskTargetSummary, "speeds" | "taskId" | "family">[] }[];
  style: TargetSummary[];
  requests: RequestTotals[];
}

/** With `taskId`, only that task (and its ratings); verdicts, probes, style and requests are the whole run's and left out. */
export async function showJson(store: RunStore, { run, trials, metrics }: RunWithMetrics, taskId?: string): Promise<ShowJson> {
  const findings = await loadRunFindings(store, run.id);
  const one = taskId !== undefined;
  const tasks = run.tasks
    .filter((task) => !one || task.id === taskId)
    .map((task) => ({
      taskId: task.id,
      family: task.family,
      targets: metrics.tasks.filter((s) => s.taskId === task.id).map(({ speeds: _speeds, taskId: _taskId, family: _family, ...rest }) => rest),
    }));
  return {
    run: { id: run.id, status: run.status, seed: run.seed, trials, targets: run.targets.map((t) => ({ id: t.id, provider: t.provider, model: t.model, simulated: t.simulated })) },
    verdicts: one ? [] : findings.verdicts,
    probes: one ? [] : findings.probes,
    ratings: findings.ratings.filter((r) => !one || r.taskId === taskId),
    tasks,
    style: one ? [] : metrics.targets,
    requests: one ? [] : await store.requestTotals(run.id),
  };
}
