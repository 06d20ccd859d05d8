// The effective context length a target last measured: the newest stored run with a niah task that asked it.
// probe-context shows it beside the accepted and kept lengths ("claimed / accepted / kept / effective").

import { collect } from "../core/collect.ts";
import type { RunRecords, SampleRecords } from "../core/run-store.ts";
import { buildGrid, effectiveContextLength } from "../metrics/niah-grid.ts";
import { NIAH_SCORER } from "../families/niah/needles/niah-scorer.ts";

export interface MeasuredEffectiveLength {
  runId: string;
  /** The length up to which every length held (absolute reading); undefined when undecided or failed at the shortest. */
  tokens?: number;
}

/** How far back to look: enough for a busy results file, bounded so the lookup stays instant. */
const RUNS_SEARCHED = 200;

export async function latestEffectiveLength(store: RunRecords & Pick<SampleRecords, "samples">, targetId: string): Promise<MeasuredEffectiveLength | undefined> {
  for (const summary of await store.listRuns(RUNS_SEARCHED)) {
    if (!summary.targets.includes(targetId)) continue;
    const run = await store.getRun(summary.id);
    for (const task of run?.tasks ?? []) {
      if (task.family !== "niah") continue;
      const samples = await collect(store.samples(summary.id, { targetId, taskId: task.id }));
      if (samples.length === 0) continue;
      return { runId: summary.id, tokens: effectiveContextLength(buildGrid(samples, NIAH_SCORER))?.atLeast };
    }
  }
  return undefined;
}
