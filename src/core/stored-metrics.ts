// A run's summary as the store keeps it: computed once per run (at its end, and again after a resume) by metrics/,
// so `show`, reports, the dashboard and verdicts all read the same numbers without loading the run's samples.

export interface StoredRunMetrics {
  runId: string;
  /** The summary's format (metrics/ owns it): a reader recomputes a summary written in another. */
  version: number;
  /** The run's updatedAt when it was summarised: a summary of an earlier state of the run (before a resume) is stale. */
  runUpdatedAt: number;
  computedAt: number;
  /** The summary as metrics/ writes it (JSON). Must hold no secrets (checked on write). */
  summary: unknown;
}
