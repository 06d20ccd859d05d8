// The sample queue on pg-boss, in the results database (schema realitycheck_queue): a job per sample with an id
// derived from (run, sample), so enqueueing twice adds nothing; leases kept alive by pg-boss heartbeats (touch), and
// a job whose heartbeat stops is failed by pg-boss's supervisor and given out again, up to RETRY_LIMIT times.

import { createHash } from "node:crypto";
import { PgBoss, type Job } from "pg-boss";
import type { QueuedSample, SampleLease, SampleQueue } from "../../core/sample-queue.ts";
import type { SampleKey } from "../../core/sample.ts";

export const QUEUE_SCHEMA = "realitycheck_queue";
export const QUEUE_NAME = "samples";
/** pg-boss's minimum: a worker that stops heartbeating loses its jobs after this, plus one supervision pass. */
export const HEARTBEAT_SECONDS = 10;
const SUPERVISE_SECONDS = 5;
/** A job may be given out again this often (a worker died, a store write failed) before pg-boss gives up on it. */
const RETRY_LIMIT = 20;
/** The longest a leased job may run, heartbeats or not: longer than any sample's retries with their timeouts. */
const EXPIRE_SECONDS = 4 * 60 * 60;
const INSERT_CHUNK = 5000;

interface JobData {
  runId: string;
  targetId: string;
  taskId: string;
  itemId: string;
  trial: number;
}

interface Lease extends SampleLease {
  readonly handle: { id: string; retryCount: number };
}

export interface PgBossQueueOptions {
  /** Run pg-boss's supervisor here (workers do; `run --queue` only enqueues). */
  supervise?: boolean;
}

export async function openPgBossQueue(url: string, options: PgBossQueueOptions = {}): Promise<SampleQueue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: 4,
    supervise: options.supervise ?? false,
    superviseIntervalSeconds: SUPERVISE_SECONDS,
    schedule: false,
  });
  // Errors of pg-boss's own timers (a dropped connection) are retried by it; calls made here still throw.
  boss.on("error", () => undefined);
  await boss.start();
  if (!(await boss.getQueue(QUEUE_NAME))) {
    await boss.createQueue(QUEUE_NAME, { heartbeatSeconds: HEARTBEAT_SECONDS, retryLimit: RETRY_LIMIT, expireInSeconds: EXPIRE_SECONDS }).catch(async (error: unknown) => {
      // Another process created it first.
      if (!(await boss.getQueue(QUEUE_NAME))) throw error;
    });
  }
  return new PgBossQueue(boss);
}

class PgBossQueue implements SampleQueue {
  constructor(private readonly boss: PgBoss) {}

  async enqueue(samples: readonly QueuedSample[]): Promise<number> {
    let added = 0;
    for (let start = 0; start < samples.length; start += INSERT_CHUNK) {
      const jobs = samples.slice(start, start + INSERT_CHUNK).map(({ runId, key }) => ({ id: jobId(runId, key), data: dataOf(runId, key) }));
      added += (await this.boss.insert(QUEUE_NAME, jobs, { returnId: true }))?.length ?? 0;
    }
    return added;
  }

  async take(limit: number): Promise<SampleLease[]> {
    const jobs = await this.boss.fetch<JobData>(QUEUE_NAME, { batchSize: limit });
    return jobs.map(leaseOf);
  }

  async heartbeat(leases: readonly SampleLease[]): Promise<SampleLease[]> {
    if (leases.length === 0) return [];
    const response = (await this.boss.touch(QUEUE_NAME, leases.map(attemptOf))) as { settled?: string[]; affected?: number };
    // Without the ids it touched, no lease can be named lost: the writes' own fencing still keeps samples single.
    if (response.settled === undefined) return [];
    const kept = new Set(response.settled);
    return leases.filter((lease) => !kept.has((lease as Lease).handle.id));
  }

  async complete(leases: readonly SampleLease[]): Promise<void> {
    if (leases.length > 0) await this.boss.complete(QUEUE_NAME, leases.map(attemptOf));
  }

  async release(leases: readonly SampleLease[], reason: string): Promise<void> {
    if (leases.length > 0) await this.boss.fail(QUEUE_NAME, leases.map(attemptOf), { reason });
  }

  async cancelRun(runId: string): Promise<number> {
    const rows = (await this.boss.getDb().executeSql(
      `UPDATE ${QUEUE_SCHEMA}.job SET state = 'cancelled', completed_on = now() WHERE name = $1 AND state IN ('created', 'retry') AND data->>'runId' = $2`,
      [QUEUE_NAME, runId],
    )) as { rowCount?: number };
    return rows.rowCount ?? 0;
  }

  async pending(runId: string): Promise<number> {
    const rows = (await this.boss.getDb().executeSql(
      `SELECT COUNT(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active') AND data->>'runId' = $2`,
      [QUEUE_NAME, runId],
    )) as { rows: { n: number }[] };
    return rows.rows[0]?.n ?? 0;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false });
  }
}

/** A UUID from the run and sample: the same sample is the same job, however often it is enqueued. */
export function jobId(runId: string, key: SampleKey): string {
  const hex = createHash("sha256").update(`${runId}\u0000${key.targetId}\u0000${key.taskId}\u0000${key.itemId}\u0000${key.trial}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function dataOf(runId: string, key: SampleKey): JobData {
  return { runId, targetId: key.targetId, taskId: key.taskId, itemId: key.itemId, trial: key.trial };
}

function leaseOf(job: Job<JobData>): Lease {
  const { runId, targetId, taskId, itemId, trial } = job.data;
  return { runId, key: { targetId, taskId, itemId, trial }, handle: { id: job.id, retryCount: job.retryCount }, firstDelivery: job.retryCount === 0 };
}

function attemptOf(lease: SampleLease): { id: string; retryCount: number } {
  return (lease as Lease).handle;
}
