// Group commit for queue workers: the writes of every job finished in one turn of the event loop go to the store as
// one batch, as SampleWriter does for a run, but each sample's writes can be told apart, so a job learns whether its
// own were stored. A batch that fails is retried sample by sample, so one job's conflict (another worker stored that
// sample first) costs the others nothing. Once one of a sample's writes failed, its later ones are dropped until its job
// settles, so a sample's stored attempts are never a mix of two workers'. Writes of no sample (cached answers, judges'
// requests) are retried together; if they still fail, onFailure hears of it, since nothing may be lost silently.

import { sampleKeyString, type SampleKey } from "../core/sample.ts";
import type { SampleRecords } from "../core/run-store.ts";
import type { StoreWrite } from "../core/store-write.ts";
import type { StoreWriter } from "./sample-writer.ts";

/** Names the sample a write belongs to: a run's sample is one job of the queue. */
export function sampleOwner(runId: string, key: SampleKey): string {
  return `${runId}\u0000${sampleKeyString(key)}`;
}

function ownerOf(write: StoreWrite): string | undefined {
  if (write.kind === "attempt") return sampleOwner(write.runId, write.attempt);
  if (write.kind === "sample") return sampleOwner(write.runId, write.outcome);
  return undefined;
}

export class GroupCommitter implements StoreWriter {
  private pending: StoreWrite[] = [];
  private scheduled = false;
  private written: Promise<void> = Promise.resolve();
  private readonly failures = new Map<string, unknown>();

  constructor(
    private readonly store: Pick<SampleRecords, "writeBatch">,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  add(write: StoreWrite): void {
    const owner = ownerOf(write);
    if (owner !== undefined && this.failures.has(owner)) return;
    this.pending.push(write);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  /**
   * Resolves once every write of the sample `owner` names (see sampleOwner) is stored; rejects with the reason one was
   * not (a DuplicateWriteError: another worker stored that attempt number first), after which its writes go again.
   */
  async settle(owner: string): Promise<void> {
    await this.flush();
    const failure = this.failures.get(owner);
    if (failure === undefined) return;
    this.failures.delete(owner);
    throw failure;
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

  private async commit(batch: readonly StoreWrite[]): Promise<void> {
    try {
      await this.store.writeBatch(batch);
    } catch {
      const byOwner = new Map<string | undefined, StoreWrite[]>();
      for (const write of batch) {
        const owner = ownerOf(write);
        let writes = byOwner.get(owner);
        if (!writes) byOwner.set(owner, (writes = []));
        writes.push(write);
      }
      for (const [owner, writes] of byOwner) {
        if (owner !== undefined && this.failures.has(owner)) continue;
        await this.store.writeBatch(writes).catch((error: unknown) => (owner === undefined ? this.onFailure(error) : this.failures.set(owner, error)));
      }
    }
  }
}
