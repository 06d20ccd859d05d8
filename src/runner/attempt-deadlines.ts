// Per-attempt deadlines without a timer and a composite signal per request. Every attempt of a run gets the same
// timeout, so attempts reach their deadlines in the order they started: one timer aimed at the oldest attempt in
// flight serves them all, and stopping the run aborts them all. (AbortSignal.any over the run's signal and an
// AbortSignal.timeout, per request, cost more CPU and left each composite signal reachable after its request ended.)

/** An attempt's abort signal; call `end` when the attempt is over, however it ended. */
export interface AttemptHandle {
  signal: AbortSignal;
  end(): void;
}

/** setTimeout's ceiling; a longer timeout is reached in steps instead of overflowing to an immediate timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface InFlight {
  controller: AbortController;
  deadline: number;
}

export class AttemptDeadlines {
  /** In start order, which is deadline order. */
  private readonly inFlight = new Set<InFlight>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly timeoutMs: number,
    private readonly run: AbortSignal,
  ) {
    run.addEventListener("abort", this.abortAll, { once: true });
  }

  start(): AttemptHandle {
    const controller = new AbortController();
    const entry: InFlight = { controller, deadline: performance.now() + this.timeoutMs };
    if (this.run.aborted) controller.abort(this.run.reason);
    else {
      this.inFlight.add(entry);
      if (this.timer === undefined) this.arm(entry.deadline);
    }
    return { signal: controller.signal, end: () => this.inFlight.delete(entry) };
  }

  /** The run is over: no timer may outlive it. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.run.removeEventListener("abort", this.abortAll);
  }

  private arm(deadline: number): void {
    this.timer = setTimeout(this.expire, Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(deadline - performance.now()))));
    this.timer.unref();
  }

  private readonly expire = (): void => {
    this.timer = undefined;
    const now = performance.now();
    for (const entry of this.inFlight) {
      if (entry.deadline > now) {
        this.arm(entry.deadline);
        return;
      }
      this.inFlight.delete(entry);
      // The same reason AbortSignal.timeout gives, so the adapter reports a timeout rather than an interruption.
      entry.controller.abort(new DOMException("no complete answer before the request deadline", "TimeoutError"));
    }
  };

  private readonly abortAll = (): void => {
    for (const entry of this.inFlight) entry.controller.abort(this.run.reason);
    this.inFlight.clear();
  };
}
