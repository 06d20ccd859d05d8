import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mapProviderError } from "../providers/map-error.ts";
import { AttemptDeadlines } from "./attempt-deadlines.ts";

// Timers and performance.now are faked: each deadline is reached exactly when the test moves time past it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AttemptDeadlines", () => {
  it("aborts an attempt still running at its deadline, as a timeout, and leaves finished ones alone", () => {
    const run = new AbortController();
    const deadlines = new AttemptDeadlines(40, run.signal);
    const quick = deadlines.start();
    const slow = deadlines.start();
    quick.end();
    vi.advanceTimersByTime(39);
    expect(slow.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(quick.signal.aborted).toBe(false);
    expect(slow.signal.aborted).toBe(true);
    expect(mapProviderError(new Error("aborted"), { signal: slow.signal }).kind).toBe("timeout");
    deadlines.close();
  });

  it("serves attempts started at different times from one timer, each at its own deadline", () => {
    const run = new AbortController();
    const deadlines = new AttemptDeadlines(150, run.signal);
    const first = deadlines.start();
    vi.advanceTimersByTime(75);
    const second = deadlines.start();
    vi.advanceTimersByTime(110);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    vi.advanceTimersByTime(39);
    expect(second.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(second.signal.aborted).toBe(true);
    deadlines.close();
  });

  it("aborts every attempt in flight, and any started later, when the run stops", () => {
    const run = new AbortController();
    const deadlines = new AttemptDeadlines(60_000, run.signal);
    const inFlight = deadlines.start();
    run.abort(new Error("interrupted"));
    expect(inFlight.signal.aborted).toBe(true);
    expect(mapProviderError(new Error("aborted"), { signal: inFlight.signal }).kind).toBe("aborted");
    expect(deadlines.start().signal.aborted).toBe(true);
    deadlines.close();
  });

  it("waits out a timeout longer than setTimeout allows with one timer, instead of spinning", () => {
    const run = new AbortController();
    const start = performance.now();
    const deadlines = new AttemptDeadlines(40 * 24 * 3600 * 1000, run.signal);
    const attempt = deadlines.start();
    // An overflowing delay would have become 1 ms, re-armed again and again; the one timer waits setTimeout's longest.
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersToNextTimer();
    expect(performance.now() - start).toBe(2 ** 31 - 1);
    expect(attempt.signal.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    deadlines.close();
  });

  it("stops its timer on close, so an overdue attempt of a finished run is not touched", () => {
    const run = new AbortController();
    const deadlines = new AttemptDeadlines(20, run.signal);
    const attempt = deadlines.start();
    deadlines.close();
    vi.advanceTimersByTime(50);
    expect(attempt.signal.aborted).toBe(false);
  });
});
