// Everything the engine tells the outside world. The CLI renders these as progress; the dashboard shows them live.

import type { ErrorKind } from "./errors.ts";
import type { RequestPurpose } from "./request.ts";
import type { SampleKey, SampleStatus } from "./sample.ts";

export type RunStatus = "running" | "completed" | "interrupted" | "budget_exhausted" | "failed";

export type BudgetLimit = "requests" | "tokens" | "cost";

export type RunEvent =
  | {
      type: "run-started";
      runId: string;
      resumed: boolean;
      /** Samples stored as errors that this session asks again (resume --retry-errors). */
      askedAgain?: number;
      targets: { id: string; total: number; alreadyDone: number; simulated: boolean }[];
    }
  | { type: "sample-finished"; runId: string; key: SampleKey; status: SampleStatus; errorKind?: ErrorKind; fromCache: boolean; inputTokens: number; outputTokens: number; costUsd: number; latencyMs?: number }
  /** Adaptive sampling: this sample is not needed, its cell's verdict is already decided. */
  | { type: "sample-skipped"; runId: string; key: SampleKey }
  | { type: "task-prepared"; runId: string; targetId: string; taskId: string; summary?: string; errorKind?: ErrorKind; errorMessage?: string }
  | { type: "attempt-failed"; runId: string; key: SampleKey; attempt: number; errorKind: ErrorKind; willRetry: boolean; retryInMs?: number }
  /** A judge's, probe's or calibration request ended (a sample's ends as sample-finished). */
  | { type: "request-finished"; runId: string; purpose: Exclude<RequestPurpose, "sample">; targetId: string; simulated: boolean; status: SampleStatus; errorKind?: ErrorKind; fromCache: boolean; inputTokens: number; outputTokens: number; costUsd: number }
  | { type: "request-attempt-failed"; runId: string; purpose: Exclude<RequestPurpose, "sample">; targetId: string; attempt: number; errorKind: ErrorKind; willRetry: boolean; retryInMs?: number }
  | { type: "target-paused"; runId: string; targetId: string; forMs: number; reason: "rate_limited" }
  | { type: "rate-limit-learned"; runId: string; targetId: string; requestsPerMinute?: number; tokensPerMinute?: number }
  | { type: "budget-exhausted"; runId: string; limit: BudgetLimit; used: number; cap: number }
  | { type: "run-stopping"; runId: string; reason: "interrupted" | "budget" }
  /**
   * The circuit breaker stopped a target: its first samples all failed with the same error no retry fixes ("first"),
   * or a window of samples in a row failed ("window"). Its remaining samples are not asked; the run ends failed.
   */
  | { type: "target-failing"; runId: string; targetId: string; rule: "first" | "window"; failures: number; errorKind: ErrorKind; message: string }
  /** `failing`: the targets the circuit breaker stopped, whose samples left are not asked. */
  | { type: "run-finished"; runId: string; status: RunStatus; done: number; errors: number; pending: number; skipped: number; failing: string[] };

export type RunEventListener = (event: RunEvent) => void;
