// What a run found beyond its metrics, read back from the store for every viewer (`show`, the HTML report, the
// Markdown write-up, the dashboard): the verdicts of claims held against it, its targets' context probes and the
// pairwise ratings of its targets. Nothing is recomputed here: the commands that found them stored them.

import { zeroVerdictCounts, type VerdictStatus } from "../core/claim.ts";
import type { RunStore } from "../core/run-store.ts";
import type { StoredPairwiseRatings, StoredVerdicts } from "../core/stored-findings.ts";
import { latestProbes, type ReportProbe } from "./html/report-probes.ts";

/** How many stored context probes to look through for targets the run did not probe itself (newest first). */
const PROBES_SEARCHED = 200;

export interface RunProbe extends ReportProbe {
  /** True when the run made this probe; otherwise it is the newest stored probe of the target, made elsewhere. */
  madeInRun: boolean;
}

export interface RunFindings {
  runId: string;
  /** One entry per claim set held against the run, by claim set name; empty when no claims were checked. */
  verdicts: StoredVerdicts[];
  /** At most one per target, in the run's target order: the run's own probe, else the target's newest stored one. */
  probes: RunProbe[];
  /** One entry per judged task, by task id. */
  ratings: StoredPairwiseRatings[];
}

export type FindingsStore = Pick<RunStore, "getRun" | "listVerdicts" | "listPairwiseRatings" | "probesOfRun" | "listProbes">;

/** An unknown run id has no findings (empty lists); resolve a user's run reference before calling. */
export async function loadRunFindings(store: FindingsStore, runId: string): Promise<RunFindings> {
  const run = await store.getRun(runId);
  const targetIds = run?.targets.map((t) => t.id) ?? [];
  const own = await store.probesOfRun(runId);
  const unprobed = targetIds.some((id) => !own.some((probe) => probe.targetId === id));
  const newest = unprobed ? await store.listProbes(PROBES_SEARCHED) : [];
  const ownIds = new Set(own.map((p) => p.id));
  // latestProbes keeps the first probe it meets per target: the run's own come first.
  const probes = latestProbes([...own, ...newest], targetIds).map((probe) => ({ ...probe, madeInRun: ownIds.has(probe.id) }));
  return { runId, verdicts: await store.listVerdicts(runId), probes, ratings: await store.listPairwiseRatings(runId) };
}

/** Verdicts per status over every claim set: what a runs list shows beside a run. */
export function verdictCounts(findings: Pick<RunFindings, "verdicts">): Record<VerdictStatus, number> {
  const counts = zeroVerdictCounts();
  for (const set of findings.verdicts) for (const verdict of set.verdicts) counts[verdict.status]++;
  return counts;
}
