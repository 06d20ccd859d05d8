import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DuplicateWriteError } from "../core/store-write.ts";
import { openRunStore } from "../storage/open-store.ts";
import { attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite, FIXTURE_TASK } from "../storage/storage-fixtures.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { GroupCommitter, sampleOwner } from "./group-committer.ts";

const key = (itemId: string) => ({ targetId: "a", taskId: FIXTURE_TASK, itemId, trial: 1 });
const write = (itemId: string) => sampleWrite("run-a", fixtureOutcome(key(itemId)), fixtureAttempt(key(itemId), 1));

describe("GroupCommitter", () => {
  it("stores one turn's writes as one batch, each sample's job learns whether its own were stored, and a failed one writes no more", async () => {
    const store = await openRunStore(join(tempDir(), "results.db"));
    await store.createRun(fixtureRun("run-a", ["a"], 4));
    let batches = 0;
    const failures: unknown[] = [];
    const committer = new GroupCommitter({ writeBatch: (writes) => (batches++, store.writeBatch(writes)) }, (error) => failures.push(error));
    committer.add(write("item-0000"));
    committer.add(write("item-0001"));
    await Promise.all([committer.settle(sampleOwner("run-a", key("item-0000"))), committer.settle(sampleOwner("run-a", key("item-0001")))]);
    expect(batches).toBe(1);

    // Another worker stored item-0002 first: only that sample's job hears of it, the rest of the batch is stored.
    await store.writeBatch([write("item-0002")]);
    committer.add(write("item-0002"));
    committer.add(write("item-0003"));
    await committer.flush();
    // Its job's later writes are dropped until it settles: its attempts are never mixed with the other worker's.
    committer.add(attemptWrite("run-a", fixtureAttempt(key("item-0002"), 2, true)));
    await expect(committer.settle(sampleOwner("run-a", key("item-0002")))).rejects.toThrow(DuplicateWriteError);
    expect(await store.sampleState("run-a", key("item-0002"))).toEqual({ finished: true, lastAttempt: 1 });
    await committer.settle(sampleOwner("run-a", key("item-0003")));
    expect(await store.countSamples("run-a")).toEqual([{ targetId: "a", taskId: FIXTURE_TASK, done: 4, errors: 0 }]);
    expect(failures).toEqual([]);
    await store.close();
  });
});
