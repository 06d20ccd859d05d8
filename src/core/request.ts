// What each request a run makes is for. Every request goes through the runner's one pipeline (cache, pacing, budget,
// retries, records) and is tagged with its purpose, so budgets cover all of them and `show` counts them apart.

export type RequestPurpose = "sample" | "calibrate" | "probe" | "judge";

/** In the order `show` lists them. */
export const REQUEST_PURPOSES: readonly RequestPurpose[] = ["sample", "judge", "calibrate", "probe"];

/** What a run's requests of one purpose to one target came to; cached answers cost nothing and are counted apart. */
export interface RequestTotals {
  purpose: RequestPurpose;
  targetId: string;
  /** Attempts sent to the host (failed ones included). */
  sent: number;
  /** Answers served from the response cache or the run's own records. */
  cached: number;
  /** Attempts that ended in an error (retried or not). */
  failed: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}
