import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { collect } from "../../core/collect.ts";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { TargetSpec } from "../../core/target.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { runStoreConformance } from "../conformance/run-store-conformance.ts";
import { openRunStore } from "../open-store.ts";
import { fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite, FIXTURE_TASK } from "../storage-fixtures.ts";
import { IN_MEMORY, openDatabase } from "./open-database.ts";
import { ATTEMPT_ERROR_COUNTS_SQL } from "./run-overview-queries.ts";
import { SqliteRunStore } from "./sqlite-run-store.ts";

runStoreConformance("SQLite file", () => openRunStore(join(tempDir("rc-store-"), "results.db")));
runStoreConformance("SQLite in memory", () => openRunStore(IN_MEMORY));

const storeAt = (path: string) => new SqliteRunStore(openDatabase(path));

describe("SqliteRunStore's file", () => {
  it("keeps runs, samples, answers and probes across re-opens", async () => {
    const path = join(tempDir("rc-store-"), "results.db");
    const first = storeAt(path);
    const key = { targetId: "a", taskId: FIXTURE_TASK, itemId: "item-0000", trial: 1 };
    await first.createRun(fixtureRun("run-a", ["a"], 1));
    await first.writeBatch([sampleWrite("run-a", fixtureOutcome(key), fixtureAttempt(key, 1))]);
    await first.close();
    const second = storeAt(path);
    expect((await second.getRun("run-a"))?.targets.map((t) => t.id)).toEqual(["a"]);
    expect(await collect(second.samples("run-a"))).toHaveLength(1);
    await second.close();
  });

  it("never writes a credential into the file, whatever carries it", async () => {
    const path = join(tempDir("rc-store-"), "results.db");
    const store = storeAt(path);
    const run = fixtureRun("run-a", ["groq"], 1);
    await store.createRun({ ...run, targets: [{ ...run.targets[0], apiKey: "sk-live-SECRET-1" } as TargetSpec] });
    await expect(store.createRun({ ...run, id: "run-b", spec: { apiKey: "sk-live-SECRET-2" } })).rejects.toThrow();
    await expect(store.recordProbe({ id: "p", createdAt: 1, targetId: "groq", provider: "groq", model: "m", simulated: false, result: { api_key: "sk-live-SECRET-3" } })).rejects.toThrow();
    await expect(store.writeBatch([{ kind: "preparation", runId: "run-a", targetId: "groq", taskId: FIXTURE_TASK, data: { secret: "sk-live-SECRET-4" }, createdAt: 1 }])).rejects.toThrow();
    await store.close();
    expect(readFileSync(path).includes("sk-live-SECRET")).toBe(false);
  });

  it("counts the hits of a cached answer", async () => {
    const store = storeAt(IN_MEMORY);
    const result: GenerateResult = { text: "Paris", finishReason: "stop", usage: {}, latencyMs: 1 };
    await store.writeBatch([{ kind: "cached-response", key: "k1", provider: "groq", model: "llama", result, createdAt: 1234 }]);
    await store.cachedResponse("k1");
    await store.cachedResponse("k1");
    expect(store.db.prepare("SELECT provider, model, created_at, hits FROM response_cache WHERE key = 'k1'").get()).toEqual({ provider: "groq", model: "llama", created_at: 1234, hits: 2 });
    await store.close();
  });

  it("opens read-only for viewers: reads work, any write throws", async () => {
    const path = join(tempDir("rc-store-"), "results.db");
    const writer = await openRunStore(path);
    await writer.createRun(fixtureRun("run-a", ["a"], 1));
    await writer.close();
    const viewer = await openRunStore(path, { readOnly: true, mustExist: true });
    expect(await viewer.resolveRunId("last")).toBe("run-a");
    await expect(viewer.setRunStatus("run-a", "failed", 1)).rejects.toThrow();
    await expect(viewer.createRun(fixtureRun("run-b", ["a"], 1))).rejects.toThrow();
    await viewer.close();
  });

  it("counts a run's failed attempts from the index of failed ones alone", () => {
    const db = openDatabase(IN_MEMORY);
    const plan = db.prepare<[string], { detail: string }>(`EXPLAIN QUERY PLAN ${ATTEMPT_ERROR_COUNTS_SQL}`).all("run-a").map((row) => row.detail);
    db.close();
    expect(plan).toEqual([expect.stringMatching(/USING (COVERING )?INDEX attempts_errors \(run_id=\?\)/)]);
  });

  it("refuses to create a store that must exist", async () => {
    await expect(openRunStore(join(tempDir("rc-store-"), "none.db"), { mustExist: true })).rejects.toThrow(/no results database here yet/);
  });
});

describe("SqliteRunStore crash safety", () => {
  it("keeps only whole batches when the writing process is killed with SIGKILL", async () => {
    const items = 1000;
    const path = join(tempDir("rc-store-"), "results.db");
    const setup = storeAt(path);
    await setup.createRun(fixtureRun("run-crash", ["t"], items));
    await setup.close();
    const moduleUrl = (file: string) => pathToFileURL(join(import.meta.dirname, file)).href;
    const script = join(tempDir("rc-store-"), "writer.mjs");
    writeFileSync(
      script,
      `import { openRunStore } from ${JSON.stringify(moduleUrl("../open-store.ts"))};
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, sampleWrite } from ${JSON.stringify(moduleUrl("../storage-fixtures.ts"))};
const store = await openRunStore(process.argv[2]);
// Writes until killed, however slow the machine: the cap only ends a writer whose test died before killing it.
for (let n = 0; n < 1_000_000; n++) {
  const key = { targetId: "t", taskId: FIXTURE_TASK, itemId: "item-" + String(n % ${items}).padStart(4, "0"), trial: Math.floor(n / ${items}) + 1 };
  const attempts = n % 3 === 0 ? 3 : 1;
  for (let a = 1; a < attempts; a++) await store.writeBatch([attemptWrite("run-crash", fixtureAttempt(key, a, true))]);
  await store.writeBatch([sampleWrite("run-crash", fixtureOutcome(key, attempts), fixtureAttempt(key, attempts))]);
  if (n === 300) process.stdout.write("ready\\n");
}
`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script, path], { cwd: join(import.meta.dirname, "../../.."), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => setTimeout(resolve, 40));
      child.on("exit", (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const store = storeAt(path);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    const samples = await collect(store.samples("run-crash"));
    expect(samples.length).toBeGreaterThan(300);
    for (const sample of samples) {
      expect(sample.scores.map((s) => s.scorer)).toEqual(["match", "judge"]);
      const attempts = await store.attemptsFor("run-crash", sample);
      expect(attempts.map((a) => a.attempt)).toEqual(Array.from({ length: sample.attempts }, (_, i) => i + 1));
      expect(attempts.at(-1)?.responseText).toBe(sample.result?.text);
    }
    const finished = await store.finishedSampleKeys("run-crash");
    const unfinished = [...(await store.lastAttemptNumbers("run-crash")).keys()].filter((k) => !finished.has(k));
    expect(unfinished.length).toBeLessThanOrEqual(1);
    await store.close();
  });
});
