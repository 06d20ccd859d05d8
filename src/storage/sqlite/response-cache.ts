// Stored answers keyed by the caller's request hash, so a repeated request (a re-run, a resume) costs nothing.
// Answers are written with a run's other writes (a "cached-response" StoreWrite, see batch-writer.ts).

import type { Database, Statement } from "better-sqlite3";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { ResponseCacheRecords } from "../../core/run-store.ts";

export class ResponseCache implements ResponseCacheRecords {
  private readonly select: Statement<[string], { result_json: string }>;
  private readonly bumpHits: Statement<[string]>;

  constructor(db: Database) {
    this.select = db.prepare<[string], { result_json: string }>("SELECT result_json FROM response_cache WHERE key = ?");
    this.bumpHits = db.prepare<[string]>("UPDATE response_cache SET hits = hits + 1 WHERE key = ?");
  }

  async cachedResponse(key: string): Promise<GenerateResult | undefined> {
    const row = this.select.get(key);
    if (row === undefined) return undefined;
    this.bumpHits.run(key);
    return JSON.parse(row.result_json) as GenerateResult;
  }
}
