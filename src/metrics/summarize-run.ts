// Summarises a stored run from its samples, one task and target's samples in memory at a time: what is stored as
// the run's summary (run-metrics.ts).

import { collect } from "../core/collect.ts";
import type { SampleRecords } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import type { ScoredSample, Task } from "../core/task.ts";
import { STYLE_MEASURES } from "../style/style-measures.ts";
import type { ItemValue } from "./intervals.ts";
import { OverviewTally } from "./overview-tally.ts";
import type { RunMetrics, TargetSummary, TaskTargetSummary } from "./run-metrics.ts";
import { styleMeasureMetric, styleValues } from "./style-metrics.ts";
import { summarizeSamples } from "./summarize-samples.ts";

export interface RunParts {
  tasks: readonly Task[];
  targets: readonly TargetSpec[];
  trials: number;
}

export async function summarizeRun(store: Pick<SampleRecords, "samples">, runId: string, run: RunParts): Promise<RunMetrics> {
  const tasks: TaskTargetSummary[] = [];
  const targets: TargetSummary[] = [];
  const overview = new OverviewTally();
  for (const target of run.targets) {
    const style = STYLE_MEASURES.map((): ItemValue[] => []);
    for (const task of run.tasks) {
      const samples: ScoredSample[] = await collect(store.samples(runId, { targetId: target.id, taskId: task.id }));
      tasks.push(summarizeSamples(task, target, samples, task.items.length * run.trials));
      overview.add(task.id, target.id, samples);
      // Items of different tasks may share an id; the task keeps them apart.
      STYLE_MEASURES.forEach((measure, index) => style[index]!.push(...styleValues(samples, measure).map((v) => ({ ...v, itemId: `${task.id}/${v.itemId}` }))));
    }
    targets.push({ targetId: target.id, style: STYLE_MEASURES.map((measure, index) => styleMeasureMetric(measure, style[index]!)) });
  }
  // Task by task, each with its targets in order: the order `show` and the reports list them in.
  const order = new Map(run.tasks.map((task, index) => [task.id, index]));
  tasks.sort((a, b) => order.get(a.taskId)! - order.get(b.taskId)!);
  return { tasks, targets, overview: overview.result() };
}
