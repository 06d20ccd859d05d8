// The dashboard's one read-only connection to the results database and the queries prepared on it.

import { existsSync } from "node:fs";
import { ConfigError } from "../core/errors.ts";
import { DashboardQueries } from "../storage/dashboard-queries.ts";
import { DashboardSampleQueries } from "../storage/dashboard-queries-samples.ts";
import { openDatabase, type Database } from "../storage/open-database.ts";
import { RunStore } from "../storage/run-store.ts";
import type { StoredRun } from "../storage/stored-run.ts";
import { HttpError } from "./http-response.ts";

export interface DashboardData {
  dbPath: string;
  db: Database;
  store: RunStore;
  queries: DashboardQueries;
  samples: DashboardSampleQueries;
  /** Where relative paths in stored run specs resolve (rebuilding tasks for metrics). */
  cwd: string;
  close(): void;
}

export function openDashboardData(dbPath: string, cwd: string): DashboardData {
  if (!existsSync(dbPath)) throw new ConfigError("no results database here yet (run something first, or pass --db)", dbPath);
  const db = openDatabase(dbPath);
  // A viewer never writes: a bug here must not be able to touch results a run is still writing.
  db.pragma("query_only = ON");
  return { dbPath, db, store: new RunStore(db), queries: new DashboardQueries(db), samples: new DashboardSampleQueries(db), cwd, close: () => db.close() };
}

export function requireRun(data: DashboardData, runId: string): StoredRun {
  const run = data.store.getRun(runId);
  if (run === undefined) throw new HttpError(404, `no stored run "${runId}"`);
  return run;
}

/** Trials per item as the run spec states them; null for a spec without one. */
export function runTrials(run: StoredRun): number | null {
  const trials = (run.spec as { trials?: unknown } | null)?.trials;
  return typeof trials === "number" && Number.isInteger(trials) && trials > 0 ? trials : null;
}
