// A run's stored summary as the dashboard reads it: read and parsed once per state of the run and kept for a few runs.
// One page open asks for it several times at once (counts, family metrics, heatmaps) and a 100,000-sample run's summary
// is megabytes of JSON, so the requests share one read instead of parsing it each.

import type { RunStore } from "../core/run-store.ts";
import type { StoredRun } from "../core/stored-run.ts";
import type { RunMetrics } from "../metrics/run-metrics.ts";
import { freshRunMetrics } from "../runner/run-metrics.ts";
import { runStateKey } from "./dashboard-data.ts";
import { KeptResults } from "./kept-results.ts";

/** Runs whose summaries are kept: the ones a person has open. */
const KEPT_RUNS = 4;

export class StoredSummaries {
  private readonly kept = new KeptResults<RunMetrics | undefined>(KEPT_RUNS);

  constructor(private readonly store: Pick<RunStore, "getRunMetrics">) {}

  /** The run's current stored summary (see freshRunMetrics); undefined while it runs or before one is stored. */
  fresh(run: StoredRun): Promise<RunMetrics | undefined> {
    if (run.status === "running") return Promise.resolve(undefined);
    // Not stored yet (a worker may be summarising it) or unreadable: asked again next time.
    return this.kept.get(runStateKey(run), () => freshRunMetrics(this.store, run), (metrics) => metrics !== undefined);
  }
}
