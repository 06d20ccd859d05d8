// A run's summary, computed once: stored when a run (or a resume) ends, and read by `show`, reports, the dashboard
// and verdicts alike. A run stored before summaries were, or summarised by another version of metrics/, is
// summarised on its first read and stored then; a running run's summary is computed for each reader, never stored.

import type { RunStore } from "../core/run-store.ts";
import type { StoredRun } from "../core/stored-run.ts";
import { RUN_METRICS_VERSION, type RunMetrics } from "../metrics/run-metrics.ts";
import { summarizeRun, type RunParts } from "../metrics/summarize-run.ts";
import { loadStoredRun } from "./load-stored-run.ts";

export interface RunWithMetrics {
  run: StoredRun;
  /** Items are asked this many times. */
  trials: number;
  metrics: RunMetrics;
}

/** Summarises a run that has just stopped and stores the summary; what every reader of the run then shows. */
export async function storeRunMetrics(store: RunStore, runId: string, parts: RunParts, now = Date.now()): Promise<RunMetrics> {
  const run = await store.getRun(runId);
  const metrics = await summarizeRun(store, runId, parts);
  if (run && run.status !== "running") await store.saveRunMetrics({ runId, version: RUN_METRICS_VERSION, runUpdatedAt: run.updatedAt, computedAt: now, summary: metrics });
  return metrics;
}

/** The stored summary of a run when it describes the run as it is now; undefined when it must be computed. */
export async function freshRunMetrics(store: Pick<RunStore, "getRunMetrics">, run: StoredRun): Promise<RunMetrics | undefined> {
  if (run.status === "running") return undefined;
  const stored = await store.getRunMetrics(run.id);
  if (stored === undefined || stored.version !== RUN_METRICS_VERSION || stored.runUpdatedAt !== run.updatedAt) return undefined;
  return stored.summary as RunMetrics;
}

/** A run (an id, a unique prefix or "last") with its summary: the stored one, else computed (and stored when the run has stopped). */
export async function loadRunMetrics(store: RunStore, runRef: string, cwd: string): Promise<RunWithMetrics> {
  const run = (await store.getRun(await store.resolveRunId(runRef)))!;
  const fresh = await freshRunMetrics(store, run);
  if (fresh) return { run, trials: storedTrials(run), metrics: fresh };
  const loaded = await loadStoredRun(store, run.id, cwd);
  const parts = { tasks: loaded.tasks, targets: loaded.targets, trials: loaded.spec.trials };
  return { run, trials: loaded.spec.trials, metrics: await storeRunMetrics(store, run.id, parts) };
}

/** The run's trials per item as its spec states them (a fresh summary means the spec was read before). */
function storedTrials(run: StoredRun): number {
  const trials = (run.spec as { trials?: unknown }).trials;
  return typeof trials === "number" ? trials : 1;
}
