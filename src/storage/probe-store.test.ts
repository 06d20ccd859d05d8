import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { type Database, openDatabase } from "./open-database.ts";
import { ProbeStore, type StoredContextProbe } from "./probe-store.ts";

let path: string;
let db: Database;
let store: ProbeStore;

beforeEach(() => {
  path = join(tempDir("rc-probes-"), "results.db");
  db = openDatabase(path);
  store = new ProbeStore(db);
});
afterEach(() => {
  if (db.open) db.close();
});

function probe(id: string, createdAt: number, result: unknown = { acceptedTokens: 131_072, truncation: { side: "none" } }): StoredContextProbe {
  return { id, createdAt, targetId: "groq:llama", provider: "groq", model: "llama", simulated: false, result };
}

describe("ProbeStore", () => {
  it("round-trips a probe through a reopened file", () => {
    const stored = { ...probe("p1", 1000), simulated: true };
    store.record(stored);
    db.close();
    db = openDatabase(path);
    expect(new ProbeStore(db).get("p1")).toEqual(stored);
    expect(new ProbeStore(db).get("nope")).toBeUndefined();
  });

  it("lists newest first, up to the limit", () => {
    store.record(probe("old", 1000));
    store.record(probe("new", 3000));
    store.record(probe("mid", 2000));
    expect(store.list().map((p) => p.id)).toEqual(["new", "mid", "old"]);
    expect(store.list(2).map((p) => p.id)).toEqual(["new", "mid"]);
  });

  it("refuses a second probe with the same id", () => {
    store.record(probe("p1", 1000));
    expect(() => store.record(probe("p1", 2000))).toThrow();
    expect(store.list()).toHaveLength(1);
  });

  it("refuses a result that carries a credential, writing nothing", () => {
    expect(() => store.record(probe("p1", 1000, { steps: [], apiKey: "sk-live-SECRET" }))).toThrow(ConfigError);
    expect(store.list()).toEqual([]);
    db.close();
    expect(readFileSync(path).includes("sk-live-SECRET")).toBe(false);
  });
});
