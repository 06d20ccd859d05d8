import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { StoreWrite } from "../core/store-write.ts";
import { openRunStore } from "../storage/open-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage/storage-fixtures.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { SampleWriter } from "./sample-writer.ts";

async function setup() {
  const path = `${tempDir()}/results.db`;
  const store = await openRunStore(path);
  await store.createRun(fixtureRun("run", ["t"], 3));
  // A second connection sees only what was committed.
  const reader = await openRunStore(path);
  const failures: unknown[] = [];
  const batches: number[] = [];
  const writer = new SampleWriter({ writeBatch: (writes) => (batches.push(writes.length), store.writeBatch(writes)) }, (error) => failures.push(error));
  const sample = (i: number): StoreWrite => {
    const key = { targetId: "t", taskId: FIXTURE_TASK, itemId: `item-000${i}`, trial: 1 };
    return sampleWrite("run", fixtureOutcome(key), fixtureAttempt(key, 1));
  };
  const finished = async () => (await reader.finishedSampleKeys("run")).size;
  return { failures, batches, writer, sample, finished };
}

describe("SampleWriter", () => {
  it("commits what one turn queued as one batch at the end of that turn, in order", async () => {
    const { writer, sample, finished, batches } = await setup();
    writer.add(sample(0));
    writer.add(sample(1));
    expect(await finished()).toBe(0);
    await nextTurn();
    await writer.flush();
    expect(await finished()).toBe(2);
    writer.add(sample(2));
    await writer.flush();
    expect(await finished()).toBe(3);
    expect(batches).toEqual([2, 1]);
  });

  it("reports a batch that cannot be written and leaves none of it behind", async () => {
    const { failures, writer, sample, finished } = await setup();
    writer.add(sample(0));
    writer.add(sample(0));
    await writer.flush();
    expect(failures).toHaveLength(1);
    expect(await finished()).toBe(0);
    writer.add(sample(1));
    await nextTurn();
    await writer.flush();
    expect(await finished()).toBe(1);
  });

  it("writes batches one after another when a store is slower than a turn, and flush waits for all", async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const writer = new SampleWriter(
      {
        writeBatch: async (writes) => {
          order.push(`start ${writes.length}`);
          if (order.length === 1) await slow;
          order.push(`end ${writes.length}`);
        },
      },
      () => {},
    );
    const { sample } = await setup();
    writer.add(sample(0));
    void writer.flush();
    writer.add(sample(1));
    writer.add(sample(2));
    const all = writer.flush();
    await nextTurn();
    expect(order).toEqual(["start 1"]);
    release();
    await all;
    expect(order).toEqual(["start 1", "end 1", "start 2", "end 2"]);
  });
});
