// What `show` adds for tasks whose results form a length × depth grid (long context): per target, how prompts were
// sized, the heatmap and the effective length, from the run's stored summary.

import type { SampleRecords } from "../core/run-store.ts";
import type { TaskTargetSummary } from "../metrics/run-metrics.ts";
import { renderHeatmap } from "./render-heatmap.ts";

export async function renderGridViews(store: Pick<SampleRecords, "getPreparation">, runId: string, summaries: readonly TaskTargetSummary[], color: boolean): Promise<string> {
  let text = "";
  for (const summary of summaries) {
    if (!summary.grid) continue;
    text += `\n${summary.taskId} heatmap × ${summary.simulated ? `${summary.targetId} [simulated]` : summary.targetId}\n`;
    const sizing = (await store.getPreparation(runId, summary.targetId, summary.taskId))?.summary;
    if (typeof sizing === "string") text += `  prompt sizing: ${sizing}\n`;
    text += renderHeatmap(summary.grid, { color });
  }
  return text;
}
