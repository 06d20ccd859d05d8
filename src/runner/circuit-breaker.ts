// Stops a target that is not answering, so its samples are not asked one by one into the same error. It reads the
// final outcome of each sample request (after its retries): the target's first samples all ending in the same error
// no retry can fix (a refused key, an unknown model, nothing listening) stop it, and so does a window of samples in a
// row ending in error, whatever the error (a host that died mid-run). An error about the item asked (the prompt does
// not fit, a content filter) shows the host at work: it counts as an answer.

import { NetworkError, type ErrorKind, type RealitycheckError } from "../core/errors.ts";

export interface BreakerPolicy {
  /** The target's first samples, this many, all ending in the same error no retry can fix, stop it. */
  firstFailures: number;
  /** This many samples in a row ending in error, whatever the error, stop the target. */
  window: number;
}

export const DEFAULT_BREAKER_POLICY: BreakerPolicy = { firstFailures: 3, window: 20 };

/** Why a target was stopped. */
export interface TargetFailure {
  rule: "first" | "window";
  /** Samples in a row that had ended in error when it was stopped. */
  failures: number;
  /** The error of the last of them. */
  error: RealitycheckError;
}

const ABOUT_THE_ITEM: ReadonlySet<ErrorKind> = new Set(["context_length_exceeded", "content_filtered"]);

/** The host refuses us (key, model, URL, not an API) or is not there at all: asking again, or asking more, cannot help. */
export function isTargetFailure(error: RealitycheckError): boolean {
  if (ABOUT_THE_ITEM.has(error.kind) || error.kind === "aborted") return false;
  return !error.retryable || (error instanceof NetworkError && error.unreachable);
}

export class CircuitBreaker {
  private answered = false;
  private streak = 0;
  /** While the host has not answered: the one error every sample so far ended in, if they all ended in the same. */
  private firstKind?: ErrorKind | "mixed";
  private stopped?: TargetFailure;

  constructor(private readonly policy: BreakerPolicy = DEFAULT_BREAKER_POLICY) {}

  /** Set once the target is stopped; its remaining samples are not asked. */
  get failure(): TargetFailure | undefined {
    return this.stopped;
  }

  /** A sample request ended, answered (no error) or with its final error; returns the failure when this one stops the target. */
  record(error?: RealitycheckError): TargetFailure | undefined {
    if (this.stopped || error?.kind === "aborted") return undefined;
    if (!error || ABOUT_THE_ITEM.has(error.kind)) {
      this.answered = true;
      this.streak = 0;
      return undefined;
    }
    this.streak++;
    if (!this.answered) {
      const kind = isTargetFailure(error) ? error.kind : "mixed";
      this.firstKind = this.firstKind === undefined || this.firstKind === kind ? kind : "mixed";
      if (this.firstKind !== "mixed" && this.streak >= this.policy.firstFailures) return this.stop("first", error);
    }
    return this.streak >= this.policy.window ? this.stop("window", error) : undefined;
  }

  private stop(rule: TargetFailure["rule"], error: RealitycheckError): TargetFailure {
    this.stopped = { rule, failures: this.streak, error };
    return this.stopped;
  }
}
