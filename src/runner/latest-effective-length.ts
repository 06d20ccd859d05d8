// The effective context length a target last measured: the newest stored run with a grid task (niah) that asked it,
// read from that run's summary. probe-context shows it beside the accepted and kept lengths ("claimed / accepted /
// kept / effective").

import type { RunStore } from "../core/run-store.ts";
import { effectiveContextLength } from "../metrics/niah-grid.ts";
import { loadRunMetrics } from "./run-metrics.ts";

export interface MeasuredEffectiveLength {
  runId: string;
  /** The length up to which every length held (absolute reading, against its task's bar); undefined when undecided or failed at the shortest. */
  tokens?: number;
}

/** How far back to look: enough for a busy results file, bounded so the lookup stays instant. */
const RUNS_SEARCHED = 200;
const GRID_FAMILY = "niah";

/** `cwd` is where a run without a stored summary resolves its relative paths when it is summarised. */
export async function latestEffectiveLength(store: RunStore, targetId: string, cwd: string): Promise<MeasuredEffectiveLength | undefined> {
  for (const listed of await store.listRuns(RUNS_SEARCHED)) {
    if (!listed.targets.includes(targetId)) continue;
    const run = await store.getRun(listed.id);
    if (!run?.tasks.some((task) => task.family === GRID_FAMILY)) continue;
    const { metrics } = await loadRunMetrics(store, run.id, cwd);
    const measured = metrics.tasks.find((summary) => summary.targetId === targetId && summary.grid);
    if (measured?.grid) return { runId: run.id, tokens: effectiveContextLength(measured.grid)?.atLeast };
  }
  return undefined;
}
