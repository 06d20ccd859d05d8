// What `show` adds for long-context tasks: per target, how prompts were sized, the heatmap and the effective length.

import { collect } from "../core/collect.ts";
import type { SampleRecords } from "../core/run-store.ts";
import type { Task } from "../core/task.ts";
import type { TargetSpec } from "../core/target.ts";
import { buildGrid } from "../metrics/niah-grid.ts";
import { NIAH_SCORER } from "../families/niah/needles/niah-scorer.ts";
import { renderHeatmap } from "./render-heatmap.ts";

export const NIAH_FAMILY = "niah";

export async function renderNiahViews(store: Pick<SampleRecords, "samples" | "getPreparation">, runId: string, task: Task, targets: readonly TargetSpec[], color: boolean): Promise<string> {
  let text = "";
  for (const target of targets) {
    const samples = await collect(store.samples(runId, { targetId: target.id, taskId: task.id }));
    if (samples.length === 0) continue;
    const name = target.simulated ? `${target.id} [simulated]` : target.id;
    text += `\n${task.id} heatmap × ${name}\n`;
    const sizing = (await store.getPreparation(runId, target.id, task.id))?.summary;
    if (typeof sizing === "string") text += `  prompt sizing: ${sizing}\n`;
    text += renderHeatmap(buildGrid(samples, NIAH_SCORER), { color });
  }
  return text;
}
