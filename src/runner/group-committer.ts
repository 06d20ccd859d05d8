// Group commit for queue workers: the writes of every job finished in one turn of the event loop go to the store as
// one batch, as SampleWriter does for a run, but each job can learn whether its own writes were stored. A batch that
// fails is retried job by job, so one job's conflict (another worker stored that sample first) costs the others nothing.

import type { SampleRecords } from "../core/run-store.ts";
import type { StoreWrite } from "../core/store-write.ts";

interface Owned {
  owner: string;
  write: StoreWrite;
}

export class GroupCommitter {
  private pending: Owned[] = [];
  private scheduled = false;
  private written: Promise<void> = Promise.resolve();
  private readonly failures = new Map<string, unknown>();

  constructor(private readonly store: Pick<SampleRecords, "writeBatch">) {}

  /** Queues one of `owner`'s writes for the next batch. */
  add(owner: string, write: StoreWrite): void {
    this.pending.push({ owner, write });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  /** Resolves once every write `owner` queued so far is stored; rejects with the reason one of them was not. */
  async settle(owner: string): Promise<void> {
    await this.flush();
    const failure = this.failures.get(owner);
    if (failure === undefined) return;
    this.failures.delete(owner);
    throw failure;
  }

  /** Forgets an owner whose job ended without settling (a stopped worker). */
  forget(owner: string): void {
    this.failures.delete(owner);
  }

  flush(): Promise<void> {
    this.scheduled = false;
    if (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      this.written = this.written.then(() => this.commit(batch));
    }
    return this.written;
  }

  private async commit(batch: readonly Owned[]): Promise<void> {
    try {
      await this.store.writeBatch(batch.map((owned) => owned.write));
    } catch {
      const byOwner = new Map<string, StoreWrite[]>();
      for (const { owner, write } of batch) {
        let writes = byOwner.get(owner);
        if (!writes) byOwner.set(owner, (writes = []));
        writes.push(write);
      }
      for (const [owner, writes] of byOwner) {
        if (this.failures.has(owner)) continue;
        await this.store.writeBatch(writes).catch((error: unknown) => this.failures.set(owner, error));
      }
    }
  }
}
