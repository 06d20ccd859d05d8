import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config/load-config.ts";
import type { RunStore } from "../core/run-store.ts";
import type { SampleLease, SampleQueue } from "../core/sample-queue.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { openRunStore } from "../storage/open-store.ts";
import { openPgBossQueue } from "../storage/postgres/pg-boss-queue.ts";
import { attemptWrite, fixtureAttempt, fixtureOutcome, sampleWrite } from "../storage/storage-fixtures.ts";
import { freshDatabase, SKIP_POSTGRES } from "../test-support/postgres-test-database.ts";
import { runMain } from "../test-support/run-main.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { runWorker, type WorkerEvent } from "./queue-worker.ts";

/**
 * A queue whose deliveries the test decides: each job goes out as told (first delivery or not), a released job goes
 * out again as a redelivery, as pg-boss does after a lapsed lease or a failure.
 */
class ScriptedQueue implements SampleQueue {
  readonly completed: SampleLease[] = [];
  readonly released: SampleLease[] = [];
  constructor(private waiting: SampleLease[]) {}
  async enqueue(): Promise<number> {
    return 0;
  }
  async take(limit: number): Promise<SampleLease[]> {
    return this.waiting.splice(0, limit);
  }
  async heartbeat(): Promise<SampleLease[]> {
    return [];
  }
  async complete(leases: readonly SampleLease[]): Promise<void> {
    this.completed.push(...leases);
  }
  async release(leases: readonly SampleLease[]): Promise<void> {
    this.released.push(...leases);
    this.waiting.push(...leases.map((lease) => ({ ...lease, firstDelivery: false })));
  }
  async cancelRun(): Promise<number> {
    return 0;
  }
  async pending(): Promise<number> {
    return this.waiting.length;
  }
  async close(): Promise<void> {}
}

describe.skipIf(SKIP_POSTGRES)("a queue worker given a job whose sample another worker has written to", () => {
  let simulator: SimulatorHandle;
  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, seed: 5 });
  });
  afterAll(() => simulator.close());

  it("continues after the attempts stored of it, and leaves a sample stored elsewhere alone, for that sample only", async () => {
    const cwd = tempDir();
    const url = await freshDatabase();
    const env = { SIMULATOR_BASE_URL: simulator.url, REALITYCHECK_DATABASE_URL: url };
    const file = join(cwd, "items.jsonl");
    writeFileSync(file, ["q1", "q2", "q3"].map((id, i) => JSON.stringify({ id, input: `What is ${i} plus 2? End with ANSWER: <number>.`, expected: String(i + 2) })).join("\n") + "\n");
    const queued = await runMain(["run", "dataset", "--file", file, "--scorer", "numeric", "--model", "simulator:honest", "--queue", "--skip-preflight"], { cwd, env });
    expect(queued.code, queued.stderr).toBe(0);
    const runId = /^run (\S+):/m.exec(queued.stdout)![1]!;
    // The run's samples as pg-boss queued them: their keys, for deliveries scripted here.
    const pgBoss = await openPgBossQueue(url);
    const jobs = await pgBoss.take(10);
    await pgBoss.close();
    const lease = (itemId: string): SampleLease => ({ ...jobs.find((job) => job.key.itemId === itemId)!, handle: itemId, firstDelivery: true });

    const store: RunStore = await openRunStore(url);
    try {
      // q1: an earlier delivery's worker stored its failed attempt 1 after this delivery could have looked (its lease
      // lapsed while it still asked). q3: another worker stored the whole sample.
      await store.writeBatch([attemptWrite(runId, fixtureAttempt(lease("q1").key, 1, true))]);
      await store.writeBatch([sampleWrite(runId, fixtureOutcome(lease("q3").key), fixtureAttempt(lease("q3").key, 1))]);
      const queue = new ScriptedQueue([lease("q1"), lease("q2"), lease("q3")]);
      const events: WorkerEvent[] = [];
      const tally = await runWorker({
        store,
        queue,
        config: loadConfig(undefined, cwd).config,
        env,
        cwd,
        capacity: 4,
        onEvent: (event) => void (event.type.startsWith("worker-") && events.push(event as WorkerEvent)),
        signal: new AbortController().signal,
        exitWhenIdleMs: 0,
        pollMs: 5,
      });

      expect(tally).toEqual({ done: 2, error: 0, elsewhere: 1, released: 1 });
      expect(queue.released.map((job) => job.key.itemId)).toEqual(["q1"]);
      expect(queue.completed.map((job) => `${job.key.itemId}${job.firstDelivery ? "" : " again"}`).sort()).toEqual(["q1 again", "q2", "q3"]);
      expect(events).toContainEqual({
        type: "worker-job",
        runId,
        outcome: "released",
        reason: `attempt 1 of simulator:honest dataset q1 trial 1 was stored by another worker first; asked again after it`,
      });
      // q1 ends stored once, on attempt 2 after the other worker's 1; q2 beside it is stored as if nothing happened.
      expect(await store.sampleState(runId, lease("q1").key)).toEqual({ finished: true, lastAttempt: 2 });
      expect(await store.sampleState(runId, lease("q2").key)).toEqual({ finished: true, lastAttempt: 1 });
      expect(await store.sampleState(runId, lease("q3").key)).toEqual({ finished: true, lastAttempt: 1 });
      expect(await store.countSamples(runId)).toEqual([expect.objectContaining({ done: 3, errors: 0 })]);
      expect(events).toContainEqual({ type: "worker-run-completed", runId, samples: 3 });
    } finally {
      await store.close();
    }
  });
});
