import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { sampleKeyString, type SampleKey } from "../core/sample.ts";
import type { TargetSpec } from "../core/target.ts";
import { openDatabase } from "./open-database.ts";
import { RunStore } from "./run-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun } from "./storage-fixtures.ts";

let dir: string;
let path: string;
let db: Database;
let store: RunStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rc-store-"));
  path = join(dir, "results.db");
  db = openDatabase(path);
  store = new RunStore(db);
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const key = (targetId: string, itemIndex: number, trial = 1): SampleKey => ({
  targetId,
  taskId: FIXTURE_TASK,
  itemId: `item-${String(itemIndex).padStart(4, "0")}`,
  trial,
});

describe("RunStore runs", () => {
  it("round-trips a run: targets in order and without any key, tasks, items with metadata", () => {
    const run = fixtureRun("run-a", ["groq", "local"], 3);
    const leaky = { ...run.targets[0], apiKey: "sk-live-SECRET" } as TargetSpec;
    const firstItem = run.items[0];
    if (firstItem === undefined) throw new Error("fixture has items");
    firstItem.item.messages = [{ role: "system", content: "Answer briefly." }];
    store.createRun({ ...run, targets: [leaky, ...run.targets.slice(1)] });

    const stored = store.getRun("run-a");
    expect(stored).toMatchObject({ id: "run-a", status: "running", seed: 42, simulated: true, createdAt: run.createdAt, updatedAt: run.createdAt });
    expect(stored?.spec).toEqual(run.spec);
    expect(stored?.targets).toEqual(run.targets);
    expect(stored?.targets[0]).not.toHaveProperty("apiKey");
    expect(stored?.tasks).toEqual(run.tasks);
    expect(store.loadItems("run-a", FIXTURE_TASK)).toEqual(run.items.map((i) => i.item));
    db.close();
    expect(readFileSync(path).includes("sk-live-SECRET")).toBe(false);
  });

  it("refuses a spec that carries a credential, storing nothing", () => {
    const run = fixtureRun("run-a", ["groq"], 1);
    expect(() => store.createRun({ ...run, spec: { targets: [{ id: "groq", apiKey: "sk-1" }] } })).toThrow(ConfigError);
    expect(store.getRun("run-a")).toBeUndefined();
  });

  it("updates the status and lists runs newest first with their counts", () => {
    store.createRun(fixtureRun("run-old", ["a"], 2, 1000));
    store.createRun(fixtureRun("run-new", ["a", "b"], 2, 2000));
    store.recordSample("run-new", fixtureOutcome(key("a", 0)), fixtureAttempt(key("a", 0), 1));
    store.recordSample("run-new", { ...fixtureOutcome(key("b", 1)), status: "error", result: undefined, errorKind: "timeout", scores: [] }, fixtureAttempt(key("b", 1), 1, true));
    store.setRunStatus("run-old", "completed", 1500);

    expect(store.getRun("run-old")).toMatchObject({ status: "completed", updatedAt: 1500 });
    expect(store.listRuns()).toEqual([
      { id: "run-new", createdAt: 2000, status: "running", targets: ["a", "b"], tasks: [FIXTURE_TASK], done: 1, errors: 1, simulated: true },
      { id: "run-old", createdAt: 1000, status: "completed", targets: ["a"], tasks: [FIXTURE_TASK], done: 0, errors: 0, simulated: true },
    ]);
    expect(store.listRuns(1).map((r) => r.id)).toEqual(["run-new"]);
    expect(() => store.setRunStatus("nope", "failed", 1)).toThrow(ConfigError);
  });

  it("resolves exact ids, unique prefixes and last/latest, and names the ref otherwise", () => {
    expect(() => store.resolveRunId("last")).toThrow(/"last"/);
    store.createRun(fixtureRun("20250101-abc", ["a"], 1, 1000));
    store.createRun(fixtureRun("20250101-abd", ["a"], 1, 3000));
    store.createRun(fixtureRun("20250102-xyz", ["a"], 1, 2000));
    store.createRun(fixtureRun("20250102", ["a"], 1, 500));

    expect(store.resolveRunId("20250101-abc")).toBe("20250101-abc");
    expect(store.resolveRunId("20250102")).toBe("20250102");
    expect(store.resolveRunId("20250101-abd")).toBe("20250101-abd");
    expect(store.resolveRunId("20250102-")).toBe("20250102-xyz");
    expect(store.resolveRunId("last")).toBe("20250101-abd");
    expect(store.resolveRunId("latest")).toBe("20250101-abd");
    expect(() => store.resolveRunId("20250101-ab")).toThrow(/"20250101-ab" is ambiguous.*20250101-abc, 20250101-abd/);
    expect(() => store.resolveRunId("2024")).toThrow(ConfigError);
    expect(() => store.resolveRunId("2024")).toThrow(/"2024"/);
    expect(() => store.resolveRunId("")).toThrow(ConfigError);
    expect(() => store.resolveRunId("%")).toThrow(ConfigError);
  });
});

describe("RunStore samples and attempts", () => {
  beforeEach(() => {
    store.createRun(fixtureRun("run-a", ["b-target", "a-target"], 3));
  });

  it("records failed attempts and the final one, and reads the sample back with its scores", () => {
    const k = key("a-target", 1, 2);
    store.recordAttempt("run-a", fixtureAttempt(k, 1, true));
    store.recordAttempt("run-a", fixtureAttempt(k, 2, true));
    store.recordSample("run-a", fixtureOutcome(k, 3), fixtureAttempt(k, 3));

    expect(store.attemptsFor("run-a", k)).toEqual([fixtureAttempt(k, 1, true), fixtureAttempt(k, 2, true), fixtureAttempt(k, 3)]);
    expect(store.countAttempts("run-a")).toBe(3);
    const [sample, ...rest] = [...store.iterateSamples("run-a")];
    expect(rest).toEqual([]);
    const item = store.loadItems("run-a", FIXTURE_TASK)[1];
    expect(sample).toEqual({ ...fixtureOutcome(k, 3), finishedAt: fixtureAttempt(k, 3).endedAt, item });
    expect(sample?.scores.find((s) => s.scorer === "judge")).toEqual({ scorer: "judge", value: null, label: "unscored", explanation: "judge reply had no verdict" });
  });

  it("keeps an empty answer as a result and an error sample without one", () => {
    const empty = fixtureOutcome(key("a-target", 0));
    empty.result = { text: "", finishReason: "length", usage: {}, latencyMs: 7 };
    store.recordSample("run-a", empty, fixtureAttempt(key("a-target", 0), 1));
    const failed = { ...fixtureOutcome(key("a-target", 1)), status: "error" as const, result: undefined, errorKind: "context_length_exceeded" as const, errorMessage: "too long", scores: [] };
    store.recordSample("run-a", failed, fixtureAttempt(key("a-target", 1), 1, true));

    const [first, second] = [...store.iterateSamples("run-a")];
    expect(first?.result).toEqual({ text: "", finishReason: "length", usage: {}, latencyMs: 7 });
    expect(second).toMatchObject({ status: "error", errorKind: "context_length_exceeded", errorMessage: "too long", scores: [] });
    expect(second?.result).toBeUndefined();
  });

  it("rejects a sample or an attempt recorded twice, leaving no partial write", () => {
    const k = key("a-target", 0);
    store.recordSample("run-a", fixtureOutcome(k), fixtureAttempt(k, 1));
    expect(() => store.recordSample("run-a", fixtureOutcome(k), fixtureAttempt(k, 2))).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(store.attemptsFor("run-a", k).map((a) => a.attempt)).toEqual([1]);
    expect(() => store.recordAttempt("run-a", fixtureAttempt(k, 1, true))).toThrow(/UNIQUE/);
    expect(store.countAttempts("run-a")).toBe(1);
  });

  it("rejects samples of targets the run does not have", () => {
    const k = key("ghost", 0);
    expect(() => store.recordSample("run-a", fixtureOutcome(k), fixtureAttempt(k, 1))).toThrow(/FOREIGN KEY/);
  });

  it("streams samples in (target, task, item, trial) order whatever the write order, with filters", () => {
    const keys: SampleKey[] = [];
    for (const target of ["b-target", "a-target"]) for (const item of [2, 0, 1]) for (const trial of [2, 1]) keys.push(key(target, item, trial));
    for (const k of keys) store.recordSample("run-a", fixtureOutcome(k), fixtureAttempt(k, 1));
    const failedKey = key("b-target", 0, 1);
    store.createRun(fixtureRun("run-other", ["a-target"], 1));
    store.recordSample("run-other", fixtureOutcome(key("a-target", 0)), fixtureAttempt(key("a-target", 0), 1));

    const order = [...store.iterateSamples("run-a")].map((s) => `${s.targetId}/${s.itemId}/${s.trial}`);
    expect(order).toEqual([...keys].map((k) => `${k.targetId}/${k.itemId}/${k.trial}`).sort());
    expect([...store.iterateSamples("run-a", { targetId: "b-target" })]).toHaveLength(6);
    expect([...store.iterateSamples("run-a", { taskId: FIXTURE_TASK, status: "done" })]).toHaveLength(12);
    expect([...store.iterateSamples("run-a", { status: "error" })]).toHaveLength(0);
    expect(store.finishedSampleKeys("run-a")).toEqual(new Set(keys.map(sampleKeyString)));
    expect(store.finishedSampleKeys("run-a").has(sampleKeyString(failedKey))).toBe(true);
    expect(store.countSamples("run-a")).toEqual([
      { targetId: "a-target", taskId: FIXTURE_TASK, done: 6, errors: 0 },
      { targetId: "b-target", taskId: FIXTURE_TASK, done: 6, errors: 0 },
    ]);
  });

  it("streams lazily: stopping early is fine and frees the connection for writes", () => {
    for (const item of [0, 1, 2]) store.recordSample("run-a", fixtureOutcome(key("a-target", item)), fixtureAttempt(key("a-target", item), 1));
    const samples = store.iterateSamples("run-a");
    expect(samples.next().value?.itemId).toBe("item-0000");
    samples.return?.();
    store.recordAttempt("run-a", fixtureAttempt(key("b-target", 0), 1, true));
    expect(store.countAttempts("run-a")).toBe(4);
  });

  it("gives the highest attempt per sample so numbering continues on resume", () => {
    const k1 = key("a-target", 0);
    const k2 = key("b-target", 2, 2);
    store.recordAttempt("run-a", fixtureAttempt(k1, 1, true));
    store.recordAttempt("run-a", fixtureAttempt(k1, 2, true));
    store.recordSample("run-a", fixtureOutcome(k2, 1), fixtureAttempt(k2, 1));
    expect(store.lastAttemptNumbers("run-a")).toEqual(
      new Map([
        [sampleKeyString(k1), 2],
        [sampleKeyString(k2), 1],
      ]),
    );
    expect(store.finishedSampleKeys("run-a")).toEqual(new Set([sampleKeyString(k2)]));
    expect(store.lastAttemptNumbers("run-other").size).toBe(0);
  });
});

describe("RunStore crash safety", () => {
  it("keeps only whole samples when the writing process is killed with SIGKILL", async () => {
    const items = 1000;
    store.createRun(fixtureRun("run-crash", ["t"], items));
    db.close();
    const moduleUrl = (file: string) => pathToFileURL(join(import.meta.dirname, file)).href;
    const script = join(dir, "writer.mjs");
    writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(moduleUrl("open-database.ts"))};
import { RunStore } from ${JSON.stringify(moduleUrl("run-store.ts"))};
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome } from ${JSON.stringify(moduleUrl("storage-fixtures.ts"))};
const store = new RunStore(openDatabase(process.argv[2]));
const deadline = Date.now() + 20000;
for (let n = 0; Date.now() < deadline; n++) {
  const key = { targetId: "t", taskId: FIXTURE_TASK, itemId: "item-" + String(n % ${items}).padStart(4, "0"), trial: Math.floor(n / ${items}) + 1 };
  const attempts = n % 3 === 0 ? 3 : 1;
  for (let a = 1; a < attempts; a++) store.recordAttempt("run-crash", fixtureAttempt(key, a, true));
  store.recordSample("run-crash", fixtureOutcome(key, attempts), fixtureAttempt(key, attempts));
  if (n === 300) process.stdout.write("ready\\n");
}
`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script, path], { cwd: join(import.meta.dirname, "../.."), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => setTimeout(resolve, 40));
      child.on("exit", (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
    });
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    db = openDatabase(path);
    store = new RunStore(db);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const samples = [...store.iterateSamples("run-crash")];
    expect(samples.length).toBeGreaterThan(300);
    for (const sample of samples) {
      expect(sample.scores.map((s) => s.scorer)).toEqual(["match", "judge"]);
      const attempts = store.attemptsFor("run-crash", sample);
      expect(attempts.map((a) => a.attempt)).toEqual(Array.from({ length: sample.attempts }, (_, i) => i + 1));
      expect(attempts.at(-1)?.responseText).toBe(sample.result?.text);
    }
    const finished = store.finishedSampleKeys("run-crash");
    const unfinished = [...store.lastAttemptNumbers("run-crash").keys()].filter((k) => !finished.has(k));
    expect(unfinished.length).toBeLessThanOrEqual(1);
  });
});
