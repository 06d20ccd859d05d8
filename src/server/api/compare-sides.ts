// The work behind the dashboard's compare page, as `realitycheck compare` does it: one target of a run on each side,
// every shared task's samples paired by item and trial, differences A − B adjusted over the whole compare.

import { collect } from "../../core/collect.ts";
import type { RunStore } from "../../core/run-store.ts";
import { diffTask, summarizeDifferences, type DeploymentDiff, type TaskDiff } from "../../reports/deployment-diff.ts";

export interface CompareJob {
  /** The results store's location, opened by the worker. */
  location: string;
  a: { runId: string; targetId: string };
  b: { runId: string; targetId: string };
  /** The tasks both runs have, with the metadata keys to compare accuracy within. */
  tasks: { id: string; groupBy: string[] }[];
}

export async function compareSides(store: Pick<RunStore, "samples">, job: Omit<CompareJob, "location">): Promise<DeploymentDiff> {
  const diffs: TaskDiff[] = [];
  for (const task of job.tasks) {
    const samplesA = await collect(store.samples(job.a.runId, { targetId: job.a.targetId, taskId: task.id }));
    const samplesB = await collect(store.samples(job.b.runId, { targetId: job.b.targetId, taskId: task.id }));
    diffs.push(diffTask(task.id, samplesA, samplesB, task.groupBy));
  }
  return summarizeDifferences(diffs);
}
