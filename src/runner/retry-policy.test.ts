import { describe, expect, it } from "vitest";
import { AuthError, ContextLengthExceededError, RateLimitedError, ServerError, StreamDroppedError } from "../core/errors.ts";
import { retryDelay } from "./retry-policy.ts";

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };

describe("retryDelay", () => {
  it("never retries errors that cannot succeed on a second try", () => {
    expect(retryDelay(new AuthError("no"), 1, policy, () => 0.5)).toBeUndefined();
    expect(retryDelay(new ContextLengthExceededError("too long"), 1, policy, () => 0.5)).toBeUndefined();
  });

  it("backs off exponentially with jitter between half and all of the ceiling", () => {
    const low = [1, 2, 3].map((attempt) => retryDelay(new ServerError("500"), attempt, policy, () => 0));
    const high = [1, 2, 3].map((attempt) => retryDelay(new StreamDroppedError("cut"), attempt, policy, () => 1));
    expect(low).toEqual([50, 100, 200]);
    expect(high).toEqual([100, 200, 400]);
  });

  it("caps the delay and stops after the last attempt", () => {
    expect(retryDelay(new ServerError("500"), 3, { ...policy, maxDelayMs: 150 }, () => 1)).toBe(150);
    expect(retryDelay(new ServerError("500"), 4, policy, () => 0.5)).toBeUndefined();
  });

  it("honours Retry-After instead of its own schedule", () => {
    const delay = retryDelay(new RateLimitedError("429", { retryAfterMs: 700 }), 1, policy, () => 0);
    expect(delay).toBe(700);
    expect(retryDelay(new RateLimitedError("429", { retryAfterMs: 700 }), 1, policy, () => 1)).toBeLessThanOrEqual(770);
  });
});
