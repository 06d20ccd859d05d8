// Stored answers keyed by the caller's request hash, so a repeated request (a re-run, a resume) costs nothing.
// The first answer stored for a key wins: later runs read what earlier ones read.

import type { Database, Statement } from "better-sqlite3";
import type { GenerateResult } from "../core/model-adapter.ts";

interface CacheRow {
  result_json: string;
}

export class ResponseCache {
  private readonly select: Statement<[string], CacheRow>;
  private readonly bumpHits: Statement<[string]>;
  private readonly insert: Statement<[{ key: string; provider: string; model: string; result_json: string; created_at: number }]>;

  constructor(db: Database) {
    this.select = db.prepare<[string], CacheRow>("SELECT result_json FROM response_cache WHERE key = ?");
    this.bumpHits = db.prepare<[string]>("UPDATE response_cache SET hits = hits + 1 WHERE key = ?");
    this.insert = db.prepare(
      "INSERT INTO response_cache (key, provider, model, result_json, created_at, hits) VALUES (@key, @provider, @model, @result_json, @created_at, 0) ON CONFLICT (key) DO NOTHING",
    );
  }

  get(key: string): GenerateResult | undefined {
    const row = this.select.get(key);
    if (row === undefined) return undefined;
    this.bumpHits.run(key);
    return JSON.parse(row.result_json) as GenerateResult;
  }

  put(key: string, provider: string, model: string, result: GenerateResult, now: number = Date.now()): void {
    this.insert.run({ key, provider, model, result_json: JSON.stringify(result), created_at: now });
  }
}
