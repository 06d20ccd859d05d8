import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GenerateResult } from "../core/model-adapter.ts";
import { openDatabase } from "./open-database.ts";
import { ResponseCache } from "./response-cache.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rc-cache-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const result: GenerateResult = {
  text: "Paris",
  finishReason: "stop",
  usage: { inputTokens: 12, outputTokens: 1 },
  latencyMs: 31.5,
  timeToFirstTokenMs: 20,
  responseModel: "m-0125",
  rateLimit: { remainingRequests: 99 },
};

describe("ResponseCache", () => {
  it("returns nothing for an unknown key, the stored result otherwise, counting hits", () => {
    const path = join(dir, "results.db");
    const db = openDatabase(path);
    const cache = new ResponseCache(db);
    expect(cache.get("k1")).toBeUndefined();
    cache.put("k1", "groq", "llama", result, 1234);
    expect(cache.get("k1")).toEqual(result);
    expect(cache.get("k1")).toEqual(result);
    expect(db.prepare("SELECT provider, model, created_at, hits FROM response_cache WHERE key = 'k1'").get()).toEqual({
      provider: "groq",
      model: "llama",
      created_at: 1234,
      hits: 2,
    });
    db.close();
    const reopened = openDatabase(path);
    expect(new ResponseCache(reopened).get("k1")).toEqual(result);
    reopened.close();
  });

  it("keeps the first answer stored for a key", () => {
    const db = openDatabase(join(dir, "results.db"));
    const cache = new ResponseCache(db);
    cache.put("k", "p", "m", result);
    cache.put("k", "p", "m", { ...result, text: "Lyon" });
    expect(cache.get("k")?.text).toBe("Paris");
    db.close();
  });
});
