// The dashboard's one read-only results store, and the run lookup every route starts with.

import { wallClock, type Clock } from "../core/clock.ts";
import type { RunStatus } from "../core/events.ts";
import { runState, type RunLease, type RunState } from "../core/run-lease.ts";
import type { RunStore } from "../core/run-store.ts";
import type { StoredRun } from "../core/stored-run.ts";
import { openRunStore } from "../storage/open-store.ts";
import { HttpError } from "./http-response.ts";
import { StoredSummaries } from "./stored-summaries.ts";

export interface DashboardData {
  /** Where the store is (a file path): the metrics worker opens its own store there. */
  location: string;
  store: RunStore;
  /** Where relative paths in stored run specs resolve (rebuilding tasks for metrics). */
  cwd: string;
  /** Epoch ms: a "running" run whose lease lapsed before now is shown as interrupted (process gone). */
  clock: Pick<Clock, "now">;
  /** Stored run summaries, each read once for all the requests that need it. */
  summaries: StoredSummaries;
  close(): Promise<void>;
}

export async function openDashboardData(location: string, cwd: string, clock: Pick<Clock, "now"> = wallClock): Promise<DashboardData> {
  // A viewer never writes: a bug here must not be able to touch results a run is still writing.
  const store = await openRunStore(location, { mustExist: true, readOnly: true });
  return { location, store, cwd, clock, summaries: new StoredSummaries(store), close: () => store.close() };
}

/** A key naming one state of a run, for what is kept per run: updatedAt changes with every status change (a resume). */
export function runStateKey(run: Pick<StoredRun, "id" | "updatedAt">): string {
  return `${run.id}\u0000${run.updatedAt}`;
}

/** The run's status as the dashboard shows it (see runState). */
export function stateOf(data: DashboardData, run: { status: RunStatus; lease?: RunLease }): RunState {
  return runState(run.status, run.lease, data.clock.now());
}

export async function requireRun(data: DashboardData, runId: string): Promise<StoredRun> {
  const run = await data.store.getRun(runId);
  if (run === undefined) throw new HttpError(404, `no stored run "${runId}"`);
  return run;
}

/** Trials per item as the run spec states them; null for a spec without one. */
export function runTrials(run: StoredRun): number | null {
  const trials = (run.spec as { trials?: unknown } | null)?.trials;
  return typeof trials === "number" && Number.isInteger(trials) && trials > 0 ? trials : null;
}
