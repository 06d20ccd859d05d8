// When to ask again after a failed attempt: retryable errors only, exponential backoff with jitter, Retry-After honoured.

import type { RealitycheckError } from "../core/errors.ts";

export interface RetryPolicy {
  /** Attempts per sample, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

/** Milliseconds to wait before the next attempt, or undefined when the sample should end with this error. */
export function retryDelay(error: RealitycheckError, attempt: number, policy: RetryPolicy, random: () => number): number | undefined {
  if (!error.retryable || attempt >= policy.maxAttempts) return undefined;
  if (error.retryAfterMs !== undefined) {
    // A small spread keeps many paused requests from all returning in the same millisecond.
    return Math.min(policy.maxDelayMs, error.retryAfterMs + random() * Math.min(250, error.retryAfterMs * 0.1));
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}
