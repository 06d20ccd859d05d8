// When to ask again after a failed attempt: retryable errors only, exponential backoff with jitter. A 429 that says
// how long to wait (Retry-After) is the host pacing us, not a failure: it uses no attempt, and is bounded instead by
// the total time one request may spend waiting on such answers. A host that cannot be reached at all (connection
// refused, a name that does not resolve) gets a short retry, then its answer is final.

import { NetworkError, type RealitycheckError } from "../core/errors.ts";

export interface RetryPolicy {
  /** Attempts per request (a sample's answer, a turn, a judge's verdict), the first included; Retry-After 429s do not count. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total wait on Retry-After 429s one request may spend before it ends as rate_limited. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RATE_LIMIT_WAIT_MS = 10 * 60_000;

/**
 * Attempts, at most, for a request whose host could not be reached: enough to ride out a restart of a local server,
 * about a second and a half of backoff at the default base delay, and not six attempts per sample against nothing.
 */
export const UNREACHABLE_ATTEMPTS = 3;

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 60_000, maxRateLimitWaitMs: DEFAULT_RATE_LIMIT_WAIT_MS };

/** Where one request stands in its retries; start each request with `newRetryState()`. */
export interface RetryState {
  /** Failed attempts that count against maxAttempts. */
  counted: number;
  /** Time already waited on Retry-After 429s. */
  rateLimitWaitMs: number;
}

export function newRetryState(): RetryState {
  return { counted: 0, rateLimitWaitMs: 0 };
}

/** Milliseconds to wait before the next attempt (and `state` updated), or undefined when the request ends with this error. */
export function retryDelay(error: RealitycheckError, state: RetryState, policy: RetryPolicy, random: () => number): number | undefined {
  if (!error.retryable) return undefined;
  const waitAsked = error.retryAfterMs;
  if (error.kind === "rate_limited" && waitAsked !== undefined) {
    const delay = honoured(waitAsked, policy, random);
    if (state.rateLimitWaitMs + delay > policy.maxRateLimitWaitMs) return undefined;
    state.rateLimitWaitMs += delay;
    return delay;
  }
  state.counted++;
  const attempts = error instanceof NetworkError && error.unreachable ? Math.min(UNREACHABLE_ATTEMPTS, policy.maxAttempts) : policy.maxAttempts;
  if (state.counted >= attempts) return undefined;
  if (waitAsked !== undefined) return honoured(waitAsked, policy, random);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (state.counted - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** The host's wait, with a small spread so many paused requests do not all return in the same millisecond. */
function honoured(waitMs: number, policy: RetryPolicy, random: () => number): number {
  return Math.min(policy.maxDelayMs, waitMs + random() * Math.min(250, waitMs * 0.1));
}
