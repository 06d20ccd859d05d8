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

  it("is one bucket for every worker using the key: a burst between them, then each request reserved a refill later", async () => {
    const workers = [new PostgresRateBucket(store.pool, "t1"), new PostgresRateBucket(store.pool, "t1"), new PostgresRateBucket(store.pool, "t1")];
    const turns = [];
    for (let i = 0; i < 7; i++) turns.push(await workers[i % 3]!.acquire(0, LIMITS));
    expect(turns.every((turn) => turn.reserved)).toBe(true);
    expect(turns.slice(0, 5).map((turn) => turn.waitMs)).toEqual([0, 0, 0, 0, 0]);
    expect(turns[5]!.waitMs).toBeGreaterThan(8000);
    expect(turns[5]!.waitMs).toBeLessThanOrEqual(10_000);
    expect(turns[6]!.waitMs).toBeGreaterThan(18_000);
    expect(turns[6]!.waitMs).toBeLessThanOrEqual(20_000);
    // Another key is another target: its bucket is full.
    expect(await new PostgresRateBucket(store.pool, "t2").acquire(0, LIMITS)).toEqual({ waitMs: 0, reserved: true });
  });

  it("makes a request wait for whichever of requests and tokens is shorter", async () => {
    const bucket = new PostgresRateBucket(store.pool, "tokens");
    const limits = { requestsPerMinute: 60, tokensPerMinute: 600, burstSeconds: 10 };
    expect((await bucket.acquire(80, limits)).waitMs).toBe(0);
    // 20 tokens left of the 100 a burst holds: 50 more goes 30 tokens below zero, 3 s of refill.
    const wait = (await bucket.acquire(50, limits)).waitMs;
    expect(wait).toBeGreaterThan(2000);
    expect(wait).toBeLessThanOrEqual(3000);
    // A request that used 60 fewer tokens than estimated gives them back: the bucket is above zero again.
    await bucket.adjustTokens(60);
    expect((await bucket.acquire(20, limits)).waitMs).toBe(0);
  });

  it("holds every worker back after a 429 for the time the host asked, taking nothing meanwhile", async () => {
    const [a, b] = [new PostgresRateBucket(store.pool, "paused"), new PostgresRateBucket(store.pool, "paused")];
    expect(await a.acquire(0, LIMITS)).toEqual({ waitMs: 0, reserved: true });
    await a.pause(30_000);
    const turn = await b.acquire(0, LIMITS);
    expect(turn.reserved).toBe(false);
    expect(turn.waitMs).toBeGreaterThan(25_000);
    expect(turn.waitMs).toBeLessThanOrEqual(30_000);
  });
});
