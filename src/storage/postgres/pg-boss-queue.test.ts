import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SampleQueue } from "../../core/sample-queue.ts";
import { freshDatabase, SKIP_POSTGRES } from "../../test-support/postgres-test-database.ts";
import { jobId, openPgBossQueue } from "./pg-boss-queue.ts";

const sample = (itemId: string, runId = "run-a") => ({ runId, key: { targetId: "t", taskId: "task", itemId, trial: 1 } });

describe.skipIf(SKIP_POSTGRES)("the pg-boss sample queue", () => {
  let queue: SampleQueue;
  beforeAll(async () => {
    // The queue's schema has a fixed name: a database of its own.
    queue = await openPgBossQueue(await freshDatabase());
  });
  afterAll(() => queue.close());

  it("derives one job id per run and sample", () => {
    expect(jobId("run-a", sample("i1").key)).toBe(jobId("run-a", sample("i1").key));
    expect(jobId("run-a", sample("i1").key)).not.toBe(jobId("run-b", sample("i1").key));
    expect(jobId("run-a", sample("i1").key)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("enqueues a sample once, leases each job to one taker, and gives a released job out again", async () => {
    expect(await queue.enqueue([sample("i1"), sample("i2"), sample("i3")])).toBe(3);
    expect(await queue.enqueue([sample("i1"), sample("i2"), sample("i3"), sample("i4")])).toBe(1);
    expect(await queue.pending("run-a")).toBe(4);

    const first = await queue.take(3);
    const second = await queue.take(10);
    expect(first.length + second.length).toBe(4);
    const items = [...first, ...second].map((lease) => lease.key.itemId).sort();
    expect(items).toEqual(["i1", "i2", "i3", "i4"]);
    expect([...first, ...second].every((lease) => lease.firstDelivery)).toBe(true);
    expect(await queue.take(10)).toEqual([]);

    expect(await queue.heartbeat(first)).toEqual([]);
    await queue.complete(first);
    expect(await queue.pending("run-a")).toBe(1);
    // A completed job's lease is no longer this worker's.
    expect((await queue.heartbeat(first)).length).toBe(first.length);

    await queue.release(second, "the store was unreachable");
    const again = await queue.take(10);
    expect(again.map((lease) => lease.key)).toEqual(second.map((lease) => lease.key));
    expect(again.every((lease) => !lease.firstDelivery)).toBe(true);
    await queue.complete(again);
    expect(await queue.pending("run-a")).toBe(0);
  });

  it("drops a run's waiting jobs when the run is cancelled, leaving leased jobs and other runs alone", async () => {
    await queue.enqueue([sample("c1", "run-c"), sample("c2", "run-c"), sample("c3", "run-c"), sample("d1", "run-d")]);
    const [leased] = await queue.take(1);
    expect(await queue.cancelRun("run-c")).toBe(leased!.runId === "run-c" ? 2 : 3);
    expect(await queue.pending("run-c")).toBe(leased!.runId === "run-c" ? 1 : 0);
    expect(await queue.pending("run-d")).toBe(1);
    const rest = await queue.take(10);
    expect(rest.every((lease) => lease.runId === "run-d")).toBe(true);
    await queue.complete([leased!, ...rest]);
  });
});
