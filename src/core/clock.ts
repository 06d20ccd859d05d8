// Time as a dependency, so pacing and backoff can be tested without waiting.

import { setTimeout as delay } from "node:timers/promises";

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) => (ms <= 0 ? Promise.resolve() : delay(ms, undefined, signal ? { signal } : undefined)),
};

/** Epoch milliseconds: for times another process reads (a run's lease), where performance.now() would mean nothing. */
export const wallClock: Clock = { now: () => Date.now(), sleep: systemClock.sleep };
