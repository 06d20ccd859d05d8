// What `show` adds for long-context tasks: per target, how prompts were sized, the heatmap and the effective length.

import type { Task } from "../core/task.ts";
import type { TargetSpec } from "../core/target.ts";
import { buildGrid } from "../families/niah/niah-grid.ts";
import type { RunStore } from "../storage/run-store.ts";
import { renderHeatmap } from "./render-heatmap.ts";

export const NIAH_FAMILY = "niah";

export function renderNiahViews(store: RunStore, runId: string, task: Task, targets: readonly TargetSpec[], color: boolean): string {
  let text = "";
  for (const target of targets) {
    const samples = [...store.iterateSamples(runId, { targetId: target.id, taskId: task.id })];
    if (samples.length === 0) continue;
    const name = target.simulated ? `${target.id} [simulated]` : target.id;
    text += `\n${task.id} heatmap × ${name}\n`;
    const sizing = store.getPreparation(runId, target.id, task.id)?.summary;
    if (typeof sizing === "string") text += `  prompt sizing: ${sizing}\n`;
    text += renderHeatmap(buildGrid(samples), { color });
  }
  return text;
}
