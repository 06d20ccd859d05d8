// Group commit for the run's writes: everything workers finish within one turn of the event loop is stored in one
// transaction at the end of that turn. A commit per sample was the harness's largest cost (bench/throughput.ts);
// a killed run still loses only what was in flight or answered in its last turn, and resume asks those again.

import type { RunStore } from "../storage/run-store.ts";

export class SampleWriter {
  private pending: (() => void)[] = [];
  private scheduled = false;

  constructor(
    private readonly store: RunStore,
    /** A batch that cannot be written (disk full, a broken invariant) ends the run: nothing may be silently lost. */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Queues one write (a store or cache call); queued writes run in order, in the next batch. */
  add(write: () => void): void {
    this.pending.push(write);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  /** Writes what is queued now; the engine calls it before it reads the store back or returns. */
  readonly flush = (): void => {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      this.store.writeBatch(() => {
        for (const write of batch) write();
      });
    } catch (error) {
      this.onFailure(error);
    }
  };
}
