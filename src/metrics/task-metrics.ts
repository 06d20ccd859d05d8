// Which metrics summarise a task: its own, or else those its scorers declare (inspect's scorer-declared metrics).

import type { MetricReducer, Task } from "../core/task.ts";

export function taskMetrics(task: Pick<Task, "metrics" | "scorers">): MetricReducer[] {
  return task.metrics ?? task.scorers.flatMap((scorer) => scorer.metrics ?? []);
}
