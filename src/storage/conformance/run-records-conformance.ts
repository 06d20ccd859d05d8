// Conformance of RunRecords: a run round-trips whole, refuses credentials, keeps its status, lists newest first,
// and is found by exact id, unique prefix or "last".

import { expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { TargetSpec } from "../../core/target.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

export function runRecordsConformance(open: OpenFreshStore): void {
  const store = freshStore(open);
  const key = (targetId: string, i: number) => ({ targetId, taskId: FIXTURE_TASK, itemId: `item-${String(i).padStart(4, "0")}`, trial: 1 });

  it("round-trips a run: targets in order and without any stray field, tasks, items with messages and metadata", async () => {
    const run = fixtureRun("run-a", ["groq", "local"], 3);
    const leaky = { ...run.targets[0], apiKey: "sk-live-SECRET" } as TargetSpec;
    run.items[0]!.item.messages = [{ role: "system", content: "Answer briefly." }];
    run.items[1]!.item.followUps = ["And then?"];
    await store().createRun({ ...run, targets: [leaky, ...run.targets.slice(1)] });

    const stored = await store().getRun("run-a");
    expect(stored).toMatchObject({ id: "run-a", status: "running", seed: 42, simulated: true, createdAt: run.createdAt, updatedAt: run.createdAt });
    expect(stored?.spec).toEqual(run.spec);
    expect(stored?.targets).toEqual(run.targets);
    expect(stored?.targets[0]).not.toHaveProperty("apiKey");
    expect(stored?.tasks).toEqual(run.tasks);
    expect(await store().loadItems("run-a", FIXTURE_TASK)).toEqual(run.items.map((i) => i.item));
    expect(await store().loadItems("run-a", "no-such-task")).toEqual([]);
    expect(await store().getRun("run-b")).toBeUndefined();
  });

  it("keeps who started a run and on which machine, and lists it", async () => {
    await store().createRun({ ...fixtureRun("run-a", ["a"], 1, 1000), origin: { user: "ana", host: "ci-runner-3" } });
    await store().createRun(fixtureRun("run-b", ["a"], 1, 2000));
    expect((await store().getRun("run-a"))?.origin).toEqual({ user: "ana", host: "ci-runner-3" });
    expect((await store().getRun("run-b"))?.origin).toBeUndefined();
    expect((await store().listRuns()).map((r) => r.origin)).toEqual([undefined, { user: "ana", host: "ci-runner-3" }]);
  });

  it("says a run with no simulated target is not simulated", async () => {
    const run = fixtureRun("run-real", ["groq"], 1);
    await store().createRun({ ...run, targets: run.targets.map((t) => ({ ...t, simulated: false })) });
    expect(await store().getRun("run-real")).toMatchObject({ simulated: false });
  });

  it("refuses a spec, target settings or task params that carry a credential, storing nothing", async () => {
    const run = fixtureRun("run-a", ["groq"], 1);
    await expect(store().createRun({ ...run, spec: { targets: [{ id: "groq", apiKey: "sk-1" }] } })).rejects.toThrow(ConfigError);
    const settings = { ...run.targets[0]!.settings, authorization: "Bearer x" } as TargetSpec["settings"];
    await expect(store().createRun({ ...run, targets: [{ ...run.targets[0]!, settings }] })).rejects.toThrow(ConfigError);
    await expect(store().createRun({ ...run, tasks: [{ ...run.tasks[0]!, params: { password: "hunter2" } }] })).rejects.toThrow(ConfigError);
    expect(await store().getRun("run-a")).toBeUndefined();
    expect(await store().loadItems("run-a", FIXTURE_TASK)).toEqual([]);
    expect(await store().listRuns()).toEqual([]);
  });

  it("refuses a second run with the same id", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1, 1000));
    await expect(store().createRun(fixtureRun("run-a", ["b"], 2, 2000))).rejects.toThrow();
    expect((await store().getRun("run-a"))?.targets.map((t) => t.id)).toEqual(["a"]);
  });

  it("updates the status and lists runs newest first with their counts", async () => {
    await store().createRun(fixtureRun("run-old", ["a"], 2, 1000));
    await store().createRun(fixtureRun("run-new", ["a", "b"], 2, 2000));
    const failed = { ...fixtureOutcome(key("b", 1)), status: "error" as const, result: undefined, errorKind: "timeout" as const, scores: [] };
    await store().writeBatch([sampleWrite("run-new", fixtureOutcome(key("a", 0)), fixtureAttempt(key("a", 0), 1)), sampleWrite("run-new", failed, fixtureAttempt(key("b", 1), 1, true))]);
    await store().setRunStatus("run-old", "completed", 1500);

    expect(await store().getRun("run-old")).toMatchObject({ status: "completed", updatedAt: 1500 });
    expect(await store().listRuns()).toEqual([
      { id: "run-new", createdAt: 2000, status: "running", targets: ["a", "b"], tasks: [FIXTURE_TASK], done: 1, errors: 1, simulated: true },
      { id: "run-old", createdAt: 1000, status: "completed", targets: ["a"], tasks: [FIXTURE_TASK], done: 0, errors: 0, simulated: true },
    ]);
    expect((await store().listRuns(1)).map((r) => r.id)).toEqual(["run-new"]);
    await expect(store().setRunStatus("nope", "failed", 1)).rejects.toThrow(ConfigError);
  });

  it("lists runs created at the same moment by id, newest id first", async () => {
    for (const id of ["run-b", "run-c", "run-a"]) await store().createRun(fixtureRun(id, ["a"], 1, 1000));
    expect((await store().listRuns()).map((r) => r.id)).toEqual(["run-c", "run-b", "run-a"]);
  });

  it("resolves exact ids, unique prefixes and last/latest, and names the ref otherwise", async () => {
    await expect(store().resolveRunId("last")).rejects.toThrow(/"last"/);
    await store().createRun(fixtureRun("20250101-abc", ["a"], 1, 1000));
    await store().createRun(fixtureRun("20250101-abd", ["a"], 1, 3000));
    await store().createRun(fixtureRun("20250102-xyz", ["a"], 1, 2000));
    await store().createRun(fixtureRun("20250102", ["a"], 1, 500));

    expect(await store().resolveRunId("20250101-abc")).toBe("20250101-abc");
    expect(await store().resolveRunId("20250102")).toBe("20250102");
    expect(await store().resolveRunId("20250102-")).toBe("20250102-xyz");
    expect(await store().resolveRunId("last")).toBe("20250101-abd");
    expect(await store().resolveRunId("latest")).toBe("20250101-abd");
    await expect(store().resolveRunId("20250101-ab")).rejects.toThrow(/"20250101-ab" is ambiguous.*20250101-abc, 20250101-abd/);
    await expect(store().resolveRunId("2024")).rejects.toThrow(ConfigError);
    await expect(store().resolveRunId("2024")).rejects.toThrow(/"2024"/);
    await expect(store().resolveRunId("")).rejects.toThrow(ConfigError);
    // Prefixes are plain text, never patterns.
    await expect(store().resolveRunId("%")).rejects.toThrow(ConfigError);
    await expect(store().resolveRunId("2025010_-abc")).rejects.toThrow(ConfigError);
  });

  it("shows at most five ids of an ambiguous prefix", async () => {
    for (let i = 0; i < 7; i++) await store().createRun(fixtureRun(`run-${i}`, ["a"], 1, 1000 + i));
    await expect(store().resolveRunId("run-")).rejects.toThrow(/run-0, run-1, run-2, run-3, run-4, \.\.\./);
  });
}
