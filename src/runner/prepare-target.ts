// Runs each task's per-target preparation once per run (calibration requests and the like) before the target's
// samples start. A stored preparation is reused as is, so a resumed run builds the very same prompts.

import { isRealitycheckError } from "../core/errors.ts";
import type { Metadata } from "../core/item.ts";
import type { Task } from "../core/task.ts";
import { pacedSend } from "./paced-send.ts";
import type { ExecutorContext, TargetContext } from "./sample-executor.ts";

/** Task id -> preparation, for the tasks that prepare and managed to. */
export async function prepareTarget(tasks: readonly Task[], target: TargetContext, ctx: ExecutorContext): Promise<Map<string, Metadata>> {
  const prepared = new Map<string, Metadata>();
  for (const task of tasks) {
    if (!task.prepare || ctx.stopping()) continue;
    const targetId = target.target.id;
    const stored = await ctx.store.getPreparation(ctx.runId, targetId, task.id);
    if (stored) {
      prepared.set(task.id, stored);
      continue;
    }
    try {
      const data = await task.prepare({
        target: target.target,
        send: (messages, settings) => pacedSend(target, ctx, messages, settings),
        signal: ctx.abort,
      });
      prepared.set(task.id, data);
      ctx.writer.add({ kind: "preparation", runId: ctx.runId, targetId, taskId: task.id, data, createdAt: Date.now() });
      ctx.emit({ type: "task-prepared", runId: ctx.runId, targetId, taskId: task.id, summary: typeof data.summary === "string" ? data.summary : undefined });
    } catch (error) {
      // Unprepared prompts are still valid prompts (sized by the local count alone); the samples will show any
      // deeper problem, such as a wrong key, as their own errors.
      if (!isRealitycheckError(error)) throw error;
      ctx.emit({ type: "task-prepared", runId: ctx.runId, targetId, taskId: task.id, errorKind: error.kind, errorMessage: error.message });
    }
  }
  return prepared;
}
