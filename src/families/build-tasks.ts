// Turns a run spec's task list into tasks, through each family's validated options.

import { ConfigError } from "../core/errors.ts";
import type { Item, Metadata } from "../core/item.ts";
import type { JudgeResolver } from "../core/judge.ts";
import type { RunSpec } from "../core/run-spec.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { findFamily } from "./registry.ts";

export interface BuildOptions {
  /** On resume: the items stored for the task at this index. */
  storedItems?: (index: number) => Item[] | undefined;
  /** On resume: the params stored for the task at this index. */
  storedParams?: (index: number) => Metadata | undefined;
  judge?: JudgeResolver;
  env?: Record<string, string | undefined>;
}

export async function buildTasks(spec: RunSpec, cwd: string, options: BuildOptions = {}): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const [index, entry] of spec.tasks.entries()) {
    const family = findFamily(entry.family);
    const parsed = family.optionsSchema.safeParse(entry.options);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ConfigError(`${issue.path.join(".") || "options"}: ${issue.message}`, `task ${entry.family}`);
    }
    tasks.push(
      await family.build(parsed.data, {
        seed: spec.seed,
        cwd,
        storedItems: options.storedItems?.(index),
        storedParams: options.storedParams?.(index),
        targets: spec.targets as TargetSpec[],
        judge: options.judge,
        env: options.env,
      }),
    );
  }
  const ids = new Set<string>();
  for (const task of tasks) {
    if (ids.has(task.id)) throw new ConfigError(`two tasks share the id "${task.id}"`, "tasks");
    ids.add(task.id);
  }
  return tasks;
}
