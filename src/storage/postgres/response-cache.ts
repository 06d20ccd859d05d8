// Stored answers keyed by the caller's request hash, read and counted in one statement (one round trip per lookup).
// Answers are written with a run's other writes (a "cached-response" StoreWrite, see batch-writer.ts).

import type pg from "pg";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { ResponseCacheRecords } from "../../core/run-store.ts";

export class PostgresResponseCache implements ResponseCacheRecords {
  constructor(private readonly pool: pg.Pool) {}

  async cachedResponse(key: string): Promise<GenerateResult | undefined> {
    const row = (
      await this.pool.query<{ result_json: string }>({
        name: "rc-cached-response",
        text: "UPDATE response_cache SET hits = hits + 1 WHERE key = $1 RETURNING result_json",
        values: [key],
      })
    ).rows[0];
    return row === undefined ? undefined : (JSON.parse(row.result_json) as GenerateResult);
  }
}
