// Time for tests over real HTTP: the simulator's scripted delays, the adapters' latency measurements and the runner's
// backoff all read one clock that moves only when something sleeps, so a delay costs no wall time and a measured
// latency is the scripted one however loaded the machine is. Before time moves on, the event loop turns twice: what
// was written before a sleep (a stream's first piece) is read at the time it was written.

import type { Clock } from "../core/clock.ts";

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class VirtualClock implements Clock {
  private current = 0;

  now = (): number => this.current;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    await turn();
    await turn();
    signal?.throwIfAborted();
    this.current += Math.max(0, ms);
  };
}
