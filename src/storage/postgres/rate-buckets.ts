// Shared rate limits on PostgreSQL: a transactional token bucket per target. Each admission locks the target's row,
// refills both buckets by the database's clock since the last update, and takes from them only when both allow, so
// any number of workers on any number of machines together stay under the limit.

import type pg from "pg";
import type { SharedLimits, SharedRateLimit } from "../../core/shared-rate-limit.ts";
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

  async acquire(tokens: number, limits: SharedLimits): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      await client.query(`INSERT INTO rate_buckets (key, updated_at) VALUES ($1, ${NOW_MS}) ON CONFLICT (key) DO NOTHING`, [this.key]);
      const row = (await client.query<BucketRow>(`SELECT requests, tokens, updated_at, paused_until, ${NOW_MS} AS now FROM rate_buckets WHERE key = $1 FOR UPDATE`, [this.key])).rows[0]!;
      const elapsed = Math.max(0, row.now - row.updated_at);
      const requests = refill(row.requests, limits.requestsPerMinute, limits.burstSeconds, elapsed);
      const tokenLevel = refill(row.tokens, limits.tokensPerMinute, limits.burstSeconds, elapsed);
      const wait = Math.max(row.paused_until - row.now, waitFor(requests, 1, limits.requestsPerMinute, limits.burstSeconds), waitFor(tokenLevel, tokens, limits.tokensPerMinute, limits.burstSeconds));
      const admitted = wait <= 0;
      await client.query("UPDATE rate_buckets SET requests = $2, tokens = $3, updated_at = $4 WHERE key = $1", [
        this.key,
        requests === null ? null : requests - (admitted ? 1 : 0),
        tokenLevel === null ? null : tokenLevel - (admitted ? tokens : 0),
        row.now,
      ]);
      return admitted ? 0 : wait;
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

/** Ms until `amount` is there (amounts above a burst wait for a full bucket); 0 without a limit. */
function waitFor(level: number | null, amount: number, perMinute: number | undefined, burstSeconds: number): number {
  if (level === null || !perMinute) return 0;
  const needed = Math.min(amount, capacityOf(perMinute, burstSeconds));
  return level >= needed ? 0 : ((needed - level) * 60_000) / perMinute;
}

function capacityOf(perMinute: number, burstSeconds: number): number {
  return Math.max(1, (perMinute / 60) * burstSeconds);
}
