// Evidence from a run's summary: per target, every task's metrics (with the loop rate), style, trials and raw speeds,
// style over all its answers, and its newest context probe when one is given. Pure: the runner reads the summary
// and the probes (runner/run-evidence.ts).

import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { RunMetrics } from "../metrics/run-metrics.ts";
import type { Evidence, ProbeEvidence } from "./evidence.ts";

export interface EvidenceRun {
  runId: string;
  targets: readonly Pick<TargetSpec, "id" | "provider" | "model" | "simulated">[];
  /** The run's tasks, for their params (a benchmark's name, dataset commit and protocol). */
  tasks?: readonly Pick<Task, "id" | "params">[];
  trials: number;
}

export function evidenceFromMetrics(metrics: RunMetrics, run: EvidenceRun, probes: ReadonlyMap<string, ProbeEvidence> = new Map()): Evidence {
  return {
    targets: run.targets.map((target) => ({
      targetId: target.id,
      provider: target.provider,
      model: target.model,
      simulated: target.simulated,
      runId: run.runId,
      tasks: metrics.tasks
        .filter((summary) => summary.targetId === target.id)
        .map((summary) => ({
          taskId: summary.taskId,
          family: summary.family,
          params: run.tasks?.find((task) => task.id === summary.taskId)?.params,
          trials: run.trials,
          metrics: [...summary.metrics, summary.loopRate],
          style: summary.style,
          ttftMs: summary.speeds.ttftMs,
          outputTokensPerSecond: summary.speeds.outputTokensPerSecond,
          cachedTimings: summary.speeds.cached,
        })),
      style: metrics.targets.find((summary) => summary.targetId === target.id)?.style ?? [],
      probe: probes.get(target.id),
    })),
  };
}
