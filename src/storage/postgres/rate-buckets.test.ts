import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, freshSchema, SKIP_POSTGRES } from "../../test-support/postgres-test-database.ts";
import { openPostgresStore } from "./open-postgres-store.ts";
import type { PostgresRunStore } from "./postgres-run-store.ts";
import { PostgresRateBucket } from "./rate-buckets.ts";

// 6 requests/min with a 50 s burst: 5 requests at once, then one every 10 s. The refill between calls is slow enough
// (a tenth of a request a second) that a loaded machine's slow queries cannot add a whole request.
const LIMITS = { requestsPerMinute: 6, burstSeconds: 50 };

describe.skipIf(SKIP_POSTGRES)("PostgresRateBucket", () => {
  let store: PostgresRunStore;
  beforeAll(async () => {
    store = await openPostgresStore(await freshSchema(await freshDatabase()));
  });
  afterAll(() => store.close());

  it("is one bucket for every worker using the key: a burst between them, then a wait of about a request's refill", async () => {
    const workers = [new PostgresRateBucket(store.pool, "t1"), new PostgresRateBucket(store.pool, "t1"), new PostgresRateBucket(store.pool, "t1")];
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) waits.push(await workers[i % 3]!.acquire(0, LIMITS));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits[5]).toBeGreaterThan(8000);
    expect(waits[5]).toBeLessThanOrEqual(10_000);
    // Another key is another target: its bucket is full.
    expect(await new PostgresRateBucket(store.pool, "t2").acquire(0, LIMITS)).toBe(0);
  });

  it("admits only when requests and tokens both allow, and takes nothing from either otherwise", async () => {
    const bucket = new PostgresRateBucket(store.pool, "tokens");
    const limits = { requestsPerMinute: 60, tokensPerMinute: 600, burstSeconds: 10 };
    expect(await bucket.acquire(80, limits)).toBe(0);
    // 20 tokens left of the 100 a burst holds: 50 must wait for 30 more (3 s), and the request is not taken meanwhile.
    const wait = await bucket.acquire(50, limits);
    expect(wait).toBeGreaterThan(2000);
    expect(wait).toBeLessThanOrEqual(3000);
    expect(await bucket.acquire(10, limits)).toBe(0);
    // A request that used 60 fewer tokens than estimated gives them back.
    await bucket.adjustTokens(60);
    expect(await bucket.acquire(60, limits)).toBe(0);
  });

  it("holds every worker back after a 429 for the time the host asked", async () => {
    const [a, b] = [new PostgresRateBucket(store.pool, "paused"), new PostgresRateBucket(store.pool, "paused")];
    expect(await a.acquire(0, LIMITS)).toBe(0);
    await a.pause(30_000);
    const wait = await b.acquire(0, LIMITS);
    expect(wait).toBeGreaterThan(25_000);
    expect(wait).toBeLessThanOrEqual(30_000);
  });
});
