import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { freshDatabase, freshSchema, SKIP_POSTGRES } from "../../test-support/postgres-test-database.ts";
import { runStoreConformance } from "../conformance/run-store-conformance.ts";
import { openRunStore } from "../open-store.ts";
import { fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite, FIXTURE_TASK } from "../storage-fixtures.ts";
import { openPostgresStore } from "./open-postgres-store.ts";
import pg from "pg";

describe.skipIf(SKIP_POSTGRES)("PostgresRunStore", () => {
  let database: string;
  beforeAll(async () => {
    database = await freshDatabase();
  });

  runStoreConformance("PostgreSQL", async () => openRunStore(await freshSchema(database)));

  it("keeps runs and samples across re-opens, and applies its migrations once", async () => {
    const url = await freshSchema(database);
    const first = await openRunStore(url);
    const key = { targetId: "a", taskId: FIXTURE_TASK, itemId: "item-0000", trial: 1 };
    await first.createRun(fixtureRun("run-a", ["a"], 1));
    await first.writeBatch([sampleWrite("run-a", fixtureOutcome(key), fixtureAttempt(key, 1))]);
    await first.close();
    const second = await openRunStore(url);
    expect((await second.getRun("run-a"))?.targets.map((t) => t.id)).toEqual(["a"]);
    expect(await second.countAttempts("run-a")).toBe(1);
    await second.close();
  });

  it("stores text with U+0000 in it (which PostgreSQL text cannot hold) as U+FFFD", async () => {
    const store = await openRunStore(await freshSchema(database));
    await store.createRun(fixtureRun("run-a", ["a"], 1));
    const key = { targetId: "a", taskId: FIXTURE_TASK, itemId: "item-0000", trial: 1 };
    const outcome = fixtureOutcome(key);
    outcome.result = { ...outcome.result!, text: "a\u0000b" };
    await store.writeBatch([sampleWrite("run-a", outcome, { ...fixtureAttempt(key, 1), responseText: "a\u0000b" })]);
    expect((await store.transcript("run-a", key))?.response?.text).toBe("a\uFFFDb");
    await store.close();
  });

  it("opens read-only for viewers: reads work, any write throws", async () => {
    const url = await freshSchema(database);
    const writer = await openRunStore(url);
    await writer.createRun(fixtureRun("run-a", ["a"], 1));
    await writer.close();
    const viewer = await openRunStore(url, { readOnly: true, mustExist: true });
    expect(await viewer.resolveRunId("last")).toBe("run-a");
    await expect(viewer.setRunStatus("run-a", "failed", 1)).rejects.toThrow();
    await expect(viewer.createRun(fixtureRun("run-b", ["a"], 1))).rejects.toThrow();
    await viewer.close();
  });

  it("refuses in one line a store that must exist, a schema newer than it knows, and a server it cannot reach", async () => {
    const url = await freshSchema(database);
    await expect(openRunStore(url, { mustExist: true })).rejects.toThrow(/no results stored in this database yet/);
    await (await openRunStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES ('shared', 999, 'from the future', 0)");
    await client.end();
    const newer = openPostgresStore(url);
    await expect(newer).rejects.toThrow(ConfigError);
    await expect(openPostgresStore(url)).rejects.toThrow(/schema version 999 \(shared\), newer than the \d+ this realitycheck knows; upgrade realitycheck/);
    const unreachable = openRunStore("postgres://someone:hunter2@127.0.0.1:1/results");
    await expect(unreachable).rejects.toThrow(/cannot open the PostgreSQL results store: .*ECONNREFUSED/);
    await expect(openRunStore("postgres://someone:hunter2@127.0.0.1:1/results")).rejects.not.toThrow(/hunter2/);
  });

  afterAll(() => undefined);
});
