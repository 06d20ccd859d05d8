// Group commit for the run's writes: everything workers finish within one turn of the event loop is stored as one
// batch (one transaction) at the end of that turn. A commit per sample was the harness's largest cost
// (bench/throughput.ts); a killed run still loses only what was in flight or answered in its last turn, and resume
// asks those again. Batches are written one after another, in order, even when a store takes longer than a turn.

import type { SampleRecords } from "../core/run-store.ts";
import type { StoreWrite } from "../core/store-write.ts";

/** Where a session's writes go: queued now, stored together (a queue worker's GroupCommitter is another). */
export interface StoreWriter {
  add(write: StoreWrite): void;
  /** Resolves once everything queued so far is stored (or reported). */
  flush(): Promise<void>;
}

export class SampleWriter implements StoreWriter {
  private pending: StoreWrite[] = [];
  private scheduled = false;
  /** The batch being written (and those before it); settles when all of them are written or reported. */
  private written: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Pick<SampleRecords, "writeBatch">,
    /** A batch that cannot be written (disk full, a broken invariant) ends the run: nothing may be silently lost. */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Queues one write; queued writes are applied in order, in the next batch. */
  add(write: StoreWrite): void {
    this.pending.push(write);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flushQueued);
    }
  }

  /** Writes what is queued now; the engine awaits it before it reads the store back or returns. */
  flush(): Promise<void> {
    this.scheduled = false;
    if (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      this.written = this.written.then(() => this.store.writeBatch(batch).catch(this.onFailure));
    }
    return this.written;
  }

  private readonly flushQueued = (): void => {
    void this.flush();
  };
}
