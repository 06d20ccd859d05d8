// Turns a run spec's task list into tasks, through each family's validated options.

import { ConfigError } from "../core/errors.ts";
import type { Item, Metadata } from "../core/item.ts";
import type { JudgeResolver } from "../core/judge.ts";
import type { RunSpec } from "../core/run-spec.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { findFamily } from "./registry.ts";
import type { TaskSize } from "./task-family.ts";

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
    const { family, parsed } = validated(entry);
    tasks.push(
      await family.build(parsed, {
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
  checkUniqueIds(tasks.map((task) => task.id));
  return tasks;
}

/**
 * For `plan`: each task built, or, for families that can size themselves from their data's metadata (benchmarks on
 * the Hub), only sized, so a plan downloads nothing.
 */
export async function planTasks(spec: RunSpec, cwd: string, options: BuildOptions = {}): Promise<{ tasks: Task[]; sizes: TaskSize[] }> {
  const tasks: Task[] = [];
  const sizes: TaskSize[] = [];
  for (const entry of spec.tasks) {
    const { family, parsed } = validated(entry);
    const context = { seed: spec.seed, cwd, targets: spec.targets as TargetSpec[], judge: options.judge, env: options.env };
    if (family.size) sizes.push(await family.size(parsed, context));
    else tasks.push(await family.build(parsed, context));
  }
  checkUniqueIds([...tasks.map((task) => task.id), ...sizes.map((size) => size.taskId)]);
  return { tasks, sizes };
}

function validated(entry: RunSpec["tasks"][number]) {
  const family = findFamily(entry.family);
  const parsed = family.optionsSchema.safeParse(entry.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join(".") || "options"}: ${issue.message}`, `task ${entry.family}`);
  }
  return { family, parsed: parsed.data };
}

function checkUniqueIds(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new ConfigError(`two tasks share the id "${id}"`, "tasks");
    seen.add(id);
  }
}
