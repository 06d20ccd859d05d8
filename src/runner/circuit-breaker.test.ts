import { describe, expect, it } from "vitest";
import { AbortedError, AuthError, BadRequestError, ContextLengthExceededError, NetworkError, ServerError } from "../core/errors.ts";
import { CircuitBreaker, isTargetFailure } from "./circuit-breaker.ts";

const policy = { firstFailures: 3, window: 5 };

describe("CircuitBreaker", () => {
  it("stops a target whose first samples all fail with the same error no retry can fix", () => {
    const breaker = new CircuitBreaker(policy);
    expect(breaker.record(new AuthError("401"))).toBeUndefined();
    expect(breaker.record(new AuthError("401"))).toBeUndefined();
    const failure = breaker.record(new AuthError("401 again"));
    expect(failure).toMatchObject({ rule: "first", failures: 3, error: { kind: "auth_error", message: "401 again" } });
    expect(breaker.failure).toBe(failure);
    // Stopped once: later outcomes (requests that were already in flight) change nothing.
    expect(breaker.record(new AuthError("401"))).toBeUndefined();
    expect(breaker.record()).toBeUndefined();
    expect(breaker.failure).toBe(failure);
  });

  it("counts nothing listening as such an error, after its short retry", () => {
    const breaker = new CircuitBreaker(policy);
    for (let i = 0; i < 2; i++) breaker.record(new NetworkError("refused", { unreachable: true }));
    expect(breaker.record(new NetworkError("refused", { unreachable: true }))?.rule).toBe("first");
  });

  it("does not stop on the first rule once the host has answered, or when the first errors differ or could pass", () => {
    const answeredFirst = new CircuitBreaker(policy);
    answeredFirst.record();
    for (let i = 0; i < 4; i++) expect(answeredFirst.record(new BadRequestError("400"))).toBeUndefined();
    const mixed = new CircuitBreaker(policy);
    for (const error of [new AuthError("401"), new BadRequestError("404"), new AuthError("401")]) expect(mixed.record(error)).toBeUndefined();
    const passing = new CircuitBreaker(policy);
    for (let i = 0; i < 3; i++) expect(passing.record(new ServerError("500"))).toBeUndefined();
  });

  it("stops a target when a whole window of samples in a row ends in error, whatever the error", () => {
    const breaker = new CircuitBreaker(policy);
    breaker.record();
    for (let i = 0; i < 4; i++) breaker.record(new ServerError("500"));
    breaker.record();
    for (let i = 0; i < 4; i++) expect(breaker.record(i % 2 ? new ServerError("500") : new NetworkError("reset"))).toBeUndefined();
    expect(breaker.record(new ServerError("502"))).toMatchObject({ rule: "window", failures: 5, error: { kind: "server_error" } });
  });

  it("takes errors about the item as answers: a host that says the prompt does not fit is at work", () => {
    const breaker = new CircuitBreaker(policy);
    for (let i = 0; i < 10; i++) expect(breaker.record(new ContextLengthExceededError("too long"))).toBeUndefined();
    for (let i = 0; i < 3; i++) breaker.record(new AuthError("401"));
    expect(breaker.failure).toBeUndefined();
    // A stop (Ctrl-C, budget) says nothing of the host.
    const stopped = new CircuitBreaker(policy);
    for (let i = 0; i < 10; i++) expect(stopped.record(new AbortedError("stopped"))).toBeUndefined();
  });

  it("tells errors about the target from passing faults and errors about the item", () => {
    expect(isTargetFailure(new AuthError("401"))).toBe(true);
    expect(isTargetFailure(new BadRequestError("404"))).toBe(true);
    expect(isTargetFailure(new NetworkError("refused", { unreachable: true }))).toBe(true);
    expect(isTargetFailure(new NetworkError("reset"))).toBe(false);
    expect(isTargetFailure(new ServerError("500"))).toBe(false);
    expect(isTargetFailure(new ContextLengthExceededError("too long"))).toBe(false);
  });
});
