// The stored form of a new run: its targets, its tasks' identities and every item, as RunStore.createRun takes them,
// with who started it on which machine (a team's shared store lists runs from many).

import { hostname, userInfo } from "node:os";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { NewRun, RunOrigin } from "../core/stored-run.ts";

export function newRunRecord(id: string, seed: number, spec: unknown, targets: TargetSpec[], tasks: readonly Task[]): NewRun {
  return {
    id,
    createdAt: Date.now(),
    origin: runOrigin(),
    seed,
    spec,
    targets,
    tasks: tasks.map((task) => ({ id: task.id, family: task.family, params: task.params, groupBy: task.groupBy })),
    items: tasks.flatMap((task) => task.items.map((item) => ({ taskId: task.id, item }))),
  };
}

/** The login name (or $USER where the user has no passwd entry, as in some containers) and this machine's name. */
export function runOrigin(env: Record<string, string | undefined> = process.env): RunOrigin {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = env.USER ?? env.USERNAME ?? "unknown";
  }
  return { user, host: hostname() };
}
