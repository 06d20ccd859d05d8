// What queued runs need besides a store: the sample queue and shared rate limits, both in the same PostgreSQL
// database as the results. A SQLite file has neither: queued runs and workers are for a team's server.

import { ConfigError } from "../core/errors.ts";
import type { RunStore } from "../core/run-store.ts";
import type { SampleQueue } from "../core/sample-queue.ts";
import { secretScrubber } from "../core/scrub-secrets.ts";
import type { SharedRateLimit } from "../core/shared-rate-limit.ts";
import { openPostgresStore } from "./postgres/open-postgres-store.ts";
import { openPgBossQueue } from "./postgres/pg-boss-queue.ts";
import { isPostgresUrl, redactUrl } from "./postgres/postgres-pool.ts";
import { PostgresRateBucket } from "./postgres/rate-buckets.ts";
import { scrubbingStore } from "./scrubbing-store.ts";

export interface SharedWork {
  store: RunStore;
  queue: SampleQueue;
  /** One target's rate-limit buckets, shared by every worker. */
  sharedLimit(key: string): SharedRateLimit;
  close(): Promise<void>;
}

export interface SharedWorkOptions {
  /** Run pg-boss's supervisor here (workers do; `run --queue` only enqueues). */
  supervise?: boolean;
  maxConnections?: number;
  /** The keys this process may send: scrubbed from every write, as openStore does. */
  credentials?: readonly string[];
}

export async function openSharedWork(location: string, options: SharedWorkOptions = {}): Promise<SharedWork> {
  if (!isPostgresUrl(location)) {
    throw new ConfigError("queued runs and workers need a PostgreSQL store: set REALITYCHECK_DATABASE_URL or pass --db postgres://...", location);
  }
  const store = await openPostgresStore(location, { maxConnections: options.maxConnections });
  let queue: SampleQueue;
  try {
    queue = await openPgBossQueue(location, { supervise: options.supervise });
  } catch (error) {
    await store.close();
    throw new ConfigError(`cannot open the job queue: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, redactUrl(location));
  }
  return {
    store: scrubbingStore(store, secretScrubber(options.credentials ?? [])),
    queue,
    sharedLimit: (key) => new PostgresRateBucket(store.pool, key),
    close: async () => {
      await queue.close();
      await store.close();
    },
  };
}
