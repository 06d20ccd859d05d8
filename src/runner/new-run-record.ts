// The stored form of a new run: its targets, its tasks' identities and every item, as RunStore.createRun takes them.

import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { NewRun } from "../core/stored-run.ts";

export function newRunRecord(id: string, seed: number, spec: unknown, targets: TargetSpec[], tasks: readonly Task[]): NewRun {
  return {
    id,
    createdAt: Date.now(),
    seed,
    spec,
    targets,
    tasks: tasks.map((task) => ({ id: task.id, family: task.family, params: task.params, groupBy: task.groupBy })),
    items: tasks.flatMap((task) => task.items.map((item) => ({ taskId: task.id, item }))),
  };
}
