// Runs each task's per-target preparation once per run (calibration requests and the like) before the target's
// samples start. Its requests go through the run's pipeline as `calibrate`: paced, budgeted, retried and recorded,
// never served from a cache (they measure the host as it is now). A stored preparation is reused as is, so a resumed
// run builds the very same prompts and pays nothing again.

import { AbortedError, isRealitycheckError } from "../core/errors.ts";
import type { Metadata } from "../core/item.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import type { GenerationSettings } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { RequestPipeline, TargetContext } from "./request-pipeline.ts";

/** Task id -> preparation, for the tasks that prepare and managed to. */
export async function prepareTarget(tasks: readonly Task[], target: TargetContext, pipeline: RequestPipeline): Promise<Map<string, Metadata>> {
  const prepared = new Map<string, Metadata>();
  const { store, writer, runId } = pipeline;
  for (const task of tasks) {
    if (!task.prepare || pipeline.stopping()) continue;
    const targetId = target.target.id;
    const stored = await store?.getPreparation(runId, targetId, task.id);
    if (stored) {
      prepared.set(task.id, stored);
      continue;
    }
    try {
      const data = await task.prepare({ target: target.target, send: (messages, settings) => calibrate(pipeline, target, messages, settings), signal: pipeline.signal });
      prepared.set(task.id, data);
      writer?.add({ kind: "preparation", runId, targetId, taskId: task.id, data, createdAt: Date.now() });
      pipeline.emit({ type: "task-prepared", runId, targetId, taskId: task.id, summary: typeof data.summary === "string" ? data.summary : undefined });
    } catch (error) {
      // Unprepared prompts are still valid prompts (sized by the local count alone); the samples will show any
      // deeper problem, such as a wrong key, as their own errors.
      if (!isRealitycheckError(error)) throw error;
      pipeline.emit({ type: "task-prepared", runId, targetId, taskId: task.id, errorKind: error.kind, errorMessage: error.message });
    }
  }
  return prepared;
}

async function calibrate(pipeline: RequestPipeline, target: TargetContext, messages: ChatMessage[], settings: GenerationSettings): Promise<GenerateResult> {
  const asked = await pipeline.ask(target, { purpose: "calibrate", messages, settings, stream: false, reusable: false });
  if (asked.kind === "answered") return asked.result;
  if (asked.kind === "failed") throw asked.error;
  // A preparation cut short by a stop is no preparation: the task reports it unprepared, and the samples do not start.
  throw new AbortedError(pipeline.budgetBreach ? "the run reached its budget" : "the run was interrupted");
}
