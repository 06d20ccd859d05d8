// A stored run's tasks and targets, rebuilt from its spec and stored items (runner/load-stored-run.ts) once and kept
// for the few runs being browsed: a transcript asks its task how the sample was asked, and rebuilding on every click
// would reload every item of the run.

import type { LoadedRun } from "../../runner/load-stored-run.ts";
import type { DashboardData } from "../dashboard-data.ts";
import { KeptResults } from "../kept-results.ts";

/** Runs kept rebuilt: a person browses one or two at a time. */
const KEPT_RUNS = 3;

export class RunTasks {
  private readonly data: DashboardData;
  private readonly kept = new KeptResults<LoadedRun>(KEPT_RUNS);

  constructor(data: DashboardData) {
    this.data = data;
  }

  load(runId: string): Promise<LoadedRun> {
    // Imported on first use: the families it builds are heavy, and most views never need them.
    return this.kept.get(runId, () => import("../../runner/load-stored-run.ts").then(({ loadStoredRun }) => loadStoredRun(this.data.store, runId, this.data.cwd)));
  }
}
