// A clock whose sleeps advance time instantly: pacing tests run in microseconds and are exact.

import type { Clock } from "../core/clock.ts";

export class FakeClock implements Clock {
  current = 0;
  readonly sleeps: number[] = [];

  now = (): number => this.current;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.current += Math.max(0, ms);
  };
}
