import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../storage/open-database.ts";
import { RunStore } from "../storage/run-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun } from "../storage/storage-fixtures.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { SampleWriter } from "./sample-writer.ts";

function setup() {
  const db = openDatabase(`${tempDir()}/results.db`);
  const store = new RunStore(db);
  store.createRun(fixtureRun("run", ["t"], 3));
  // A second connection sees only what was committed.
  const reader = new RunStore(openDatabase(db.name));
  const failures: unknown[] = [];
  const writer = new SampleWriter(store, (error) => failures.push(error));
  const sample = (i: number) => {
    const key = { targetId: "t", taskId: FIXTURE_TASK, itemId: `item-000${i}`, trial: 1 };
    return () => store.recordSample("run", fixtureOutcome(key), fixtureAttempt(key, 1));
  };
  return { store, reader, failures, writer, sample };
}

describe("SampleWriter", () => {
  it("commits what one turn queued together at the end of that turn, in order", async () => {
    const { reader, writer, sample } = setup();
    writer.add(sample(0));
    writer.add(sample(1));
    expect(reader.finishedSampleKeys("run").size).toBe(0);
    await nextTurn();
    expect(reader.finishedSampleKeys("run").size).toBe(2);
    writer.add(sample(2));
    writer.flush();
    expect(reader.finishedSampleKeys("run").size).toBe(3);
  });

  it("reports a batch that cannot be written and leaves none of it behind", async () => {
    const { reader, failures, writer, sample } = setup();
    writer.add(sample(0));
    writer.add(sample(0));
    await nextTurn();
    expect(failures).toHaveLength(1);
    expect(reader.finishedSampleKeys("run").size).toBe(0);
    writer.add(sample(1));
    await nextTurn();
    expect(reader.finishedSampleKeys("run").size).toBe(1);
  });
});
