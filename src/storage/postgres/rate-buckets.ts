// Shared rate limits on PostgreSQL: a transactional token bucket per target. Each admission locks the target's row,
// refills both buckets by the database's clock since the last update and takes its share, going below zero when they
// are short: the request then waits until they would be back at zero. One query per request, no polling, so any number
// of workers on any number of machines together keep to the limit's pace and stay under it.

import type pg from "pg";
import type { SharedLimits, SharedRateLimit, SharedTurn } from "../../core/shared-rate-limit.ts";
import { inTransaction } from "./transaction.ts";

const NOW_MS = "extract(epoch FROM clock_timestamp()) * 1000";

interface BucketRow {
  requests: number | null;
  tokens: number | null;
  updated_at: number;
  paused_until: number;
  now: number;
}

export class PostgresRateBucket implements SharedRateLimit {
  constructor(
    private readonly pool: pg.Pool,
    private readonly key: string,
  ) {}

  async acquire(tokens: number, limits: SharedLimits): Promise<SharedTurn> {
    return inTransaction(this.pool, async (client) => {
      await client.query(`INSERT INTO rate_buckets (key, updated_at) VALUES ($1, ${NOW_MS}) ON CONFLICT (key) DO NOTHING`, [this.key]);
      const row = (await client.query<BucketRow>(`SELECT requests, tokens, updated_at, paused_until, ${NOW_MS} AS now FROM rate_buckets WHERE key = $1 FOR UPDATE`, [this.key])).rows[0]!;
      const elapsed = Math.max(0, row.now - row.updated_at);
      let requests = refill(row.requests, limits.requestsPerMinute, limits.burstSeconds, elapsed);
      let tokenLevel = refill(row.tokens, limits.tokensPerMinute, limits.burstSeconds, elapsed);
      const paused = row.paused_until - row.now;
      if (paused <= 0) {
        if (requests !== null) requests -= 1;
        if (tokenLevel !== null) tokenLevel -= tokens;
      }
      await client.query("UPDATE rate_buckets SET requests = $2, tokens = $3, updated_at = $4 WHERE key = $1", [this.key, requests, tokenLevel, row.now]);
      if (paused > 0) return { waitMs: paused, reserved: false };
      return { waitMs: Math.max(debtWait(requests, limits.requestsPerMinute), debtWait(tokenLevel, limits.tokensPerMinute)), reserved: true };
    });
  }

  async adjustTokens(delta: number): Promise<void> {
    await this.pool.query("UPDATE rate_buckets SET tokens = tokens + $2 WHERE key = $1 AND tokens IS NOT NULL", [this.key, delta]);
  }

  async pause(ms: number): Promise<void> {
    await this.pool.query(`UPDATE rate_buckets SET paused_until = GREATEST(paused_until, ${NOW_MS} + $2) WHERE key = $1`, [this.key, ms]);
  }
}

/** The level after `elapsed` ms of refill, at most one burst; a bucket seen for the first time starts full. null without a limit. */
function refill(level: number | null, perMinute: number | undefined, burstSeconds: number, elapsed: number): number | null {
  if (!perMinute) return null;
  const capacity = capacityOf(perMinute, burstSeconds);
  return Math.min(capacity, (level ?? capacity) + (elapsed * perMinute) / 60_000);
}

/** Ms until a bucket taken below zero is back at zero; 0 without a limit or when it is not below. */
function debtWait(level: number | null, perMinute: number | undefined): number {
  if (level === null || !perMinute || level >= 0) return 0;
  return (-level * 60_000) / perMinute;
}

function capacityOf(perMinute: number, burstSeconds: number): number {
  return Math.max(1, (perMinute / 60) * burstSeconds);
}
