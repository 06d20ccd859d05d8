import { describe, expect, it } from "vitest";
import { AuthError, ContextLengthExceededError, NetworkError, RateLimitedError, ServerError, StreamDroppedError } from "../core/errors.ts";
import { newRetryState, retryDelay, UNREACHABLE_ATTEMPTS, type RetryState } from "./retry-policy.ts";

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxRateLimitWaitMs: 3_000 };
const after = (counted: number): RetryState => ({ counted, rateLimitWaitMs: 0 });

describe("retryDelay", () => {
  it("never retries errors that cannot succeed on a second try", () => {
    expect(retryDelay(new AuthError("no"), newRetryState(), policy, () => 0.5)).toBeUndefined();
    expect(retryDelay(new ContextLengthExceededError("too long"), newRetryState(), policy, () => 0.5)).toBeUndefined();
  });

  it("backs off exponentially with jitter between half and all of the ceiling", () => {
    const low = [0, 1, 2].map((counted) => retryDelay(new ServerError("500"), after(counted), policy, () => 0));
    const high = [0, 1, 2].map((counted) => retryDelay(new StreamDroppedError("cut"), after(counted), policy, () => 1));
    expect(low).toEqual([50, 100, 200]);
    expect(high).toEqual([100, 200, 400]);
  });

  it("caps the delay and stops after the last attempt", () => {
    expect(retryDelay(new ServerError("500"), after(2), { ...policy, maxDelayMs: 150 }, () => 1)).toBe(150);
    const state = newRetryState();
    const delays = [1, 2, 3, 4].map(() => retryDelay(new ServerError("500"), state, policy, () => 0.5));
    expect(delays.map((d) => d !== undefined)).toEqual([true, true, true, false]);
  });

  it("gives a host that cannot be reached a short retry, and one that broke off the usual attempts", () => {
    const attempts = (error: () => NetworkError) => {
      const state = newRetryState();
      let sent = 1;
      while (retryDelay(error(), state, { ...policy, maxAttempts: 6 }, () => 0.5) !== undefined) sent++;
      return sent;
    };
    expect(attempts(() => new NetworkError("refused", { unreachable: true }))).toBe(UNREACHABLE_ATTEMPTS);
    expect(UNREACHABLE_ATTEMPTS).toBeLessThan(6);
    expect(attempts(() => new NetworkError("reset"))).toBe(6);
  });

  it("honours Retry-After instead of its own schedule, without using up an attempt", () => {
    const state = after(3);
    expect(retryDelay(new RateLimitedError("429", { retryAfterMs: 700 }), state, policy, () => 0)).toBe(700);
    expect(retryDelay(new RateLimitedError("429", { retryAfterMs: 700 }), state, policy, () => 1)).toBeLessThanOrEqual(770);
    expect(state.counted).toBe(3);
    // A 503 that names a wait is still a failure: it waits as told and counts.
    expect(retryDelay(new ServerError("503", { retryAfterMs: 900 }), state, policy, () => 0)).toBeUndefined();
  });

  it("bounds Retry-After waits by their total, however many there are", () => {
    const state = newRetryState();
    const delays: (number | undefined)[] = [];
    for (let i = 0; i < 40; i++) delays.push(retryDelay(new RateLimitedError("429", { retryAfterMs: 200 }), state, policy, () => 0));
    expect(delays.filter((d) => d !== undefined)).toHaveLength(15);
    expect(delays.slice(15).every((d) => d === undefined)).toBe(true);
    expect(state).toEqual({ counted: 0, rateLimitWaitMs: 3_000 });
    // A 429 with no wait named is paced by our own schedule and counts like any failure.
    expect(retryDelay(new RateLimitedError("429"), newRetryState(), policy, () => 0)).toBe(50);
  });
});
