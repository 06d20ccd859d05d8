// Conformance of SampleRecords: samples, attempts, scores and turns round-trip; a batch is all or nothing; samples
// stream in key order across pages with filters; and resume finds exactly what is missing, numbering on.

import { expect, it } from "vitest";
import { collect } from "../../core/collect.ts";
import { ConfigError } from "../../core/errors.ts";
import { DuplicateWriteError } from "../../core/store-write.ts";
import { sampleKeyString, type SampleKey, type SampleOutcome } from "../../core/sample.ts";
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

const key = (targetId: string, itemIndex: number, trial = 1): SampleKey => ({ targetId, taskId: FIXTURE_TASK, itemId: `item-${String(itemIndex).padStart(4, "0")}`, trial });

export function sampleRecordsConformance(open: OpenFreshStore): void {
  const opened = freshStore(open);
  const store = () => opened();
  const createRun = (items = 3) => store().createRun(fixtureRun("run-a", ["b-target", "a-target"], items));

  it("records failed attempts and the final one, and reads the sample back with its item and scores in order", async () => {
    await createRun();
    const k = key("a-target", 1, 2);
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(k, 1, true)), attemptWrite("run-a", fixtureAttempt(k, 2, true))]);
    await store().writeBatch([sampleWrite("run-a", fixtureOutcome(k, 3), fixtureAttempt(k, 3))]);

    expect(await store().attemptsFor("run-a", k)).toEqual([fixtureAttempt(k, 1, true), fixtureAttempt(k, 2, true), fixtureAttempt(k, 3)]);
    expect(await store().attemptsFor("run-a", key("a-target", 0))).toEqual([]);
    expect(await store().countAttempts("run-a")).toBe(3);
    const [sample, ...rest] = await collect(store().samples("run-a"));
    expect(rest).toEqual([]);
    const item = (await store().loadItems("run-a", FIXTURE_TASK))[1];
    expect(sample).toEqual({ ...fixtureOutcome(k, 3), finishedAt: fixtureAttempt(k, 3).endedAt, item });
    expect(sample?.scores.map((s) => s.scorer)).toEqual(["match", "judge"]);
    expect(sample?.scores[1]).toEqual({ scorer: "judge", value: null, label: "unscored", explanation: "judge reply had no verdict" });
  });

  it("keeps an empty answer as a result, and an error sample without one", async () => {
    await createRun();
    const empty = fixtureOutcome(key("a-target", 0));
    empty.result = { text: "", finishReason: "length", usage: {}, latencyMs: 7 };
    const failed: SampleOutcome = { ...fixtureOutcome(key("a-target", 1)), status: "error", result: undefined, errorKind: "context_length_exceeded", errorMessage: "too long", scores: [] };
    await store().writeBatch([sampleWrite("run-a", empty, fixtureAttempt(key("a-target", 0), 1)), sampleWrite("run-a", failed, fixtureAttempt(key("a-target", 1), 1, true))]);

    const [first, second] = await collect(store().samples("run-a"));
    expect(first?.result).toEqual({ text: "", finishReason: "length", usage: {}, latencyMs: 7 });
    expect(second).toMatchObject({ status: "error", errorKind: "context_length_exceeded", errorMessage: "too long", scores: [] });
    expect(second?.result).toBeUndefined();
  });

  it("round-trips a conversation's turns in order, for an item with follow-ups", async () => {
    const run = fixtureRun("run-a", ["a-target"], 1);
    run.items.push({ taskId: FIXTURE_TASK, item: { id: "story", input: "Plan a story.", metadata: {}, followUps: ["Write chapter 1."] } });
    await store().createRun(run);
    const k = { targetId: "a-target", taskId: FIXTURE_TASK, itemId: "story", trial: 1 };
    const story = fixtureOutcome(k);
    const { responseModel: _served, ...turnResult } = story.result!;
    const answer = (text: string) => ({ ...turnResult, text });
    story.result = { ...story.result!, text: "PLAN\n\nCHAPTER 1" };
    story.turns = [
      { prompt: "Plan a story.", result: answer("PLAN") },
      { prompt: "Write chapter 1.", result: { text: "CHAPTER 1", finishReason: "length" as const, usage: { outputTokens: 3 }, latencyMs: 9 } },
    ];
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(k, 1)), sampleWrite("run-a", { ...story, attempts: 2 }, fixtureAttempt(k, 2))]);

    const [sample] = await collect(store().samples("run-a"));
    expect(sample?.turns).toEqual(story.turns);
    expect(sample?.item.followUps).toEqual(["Write chapter 1."]);
    expect((await store().attemptsFor("run-a", k)).map((a) => a.attempt)).toEqual([1, 2]);
  });

  it("applies a batch all or nothing: a repeated sample or attempt fails it and leaves no write of it behind", async () => {
    await createRun();
    const k = key("a-target", 0);
    await store().writeBatch([sampleWrite("run-a", fixtureOutcome(k), fixtureAttempt(k, 1))]);
    const fresh = key("a-target", 1);
    await expect(store().writeBatch([sampleWrite("run-a", fixtureOutcome(fresh), fixtureAttempt(fresh, 1)), sampleWrite("run-a", fixtureOutcome(k), fixtureAttempt(k, 2))])).rejects.toThrow(DuplicateWriteError);
    await expect(store().writeBatch([attemptWrite("run-a", fixtureAttempt(fresh, 1, true)), attemptWrite("run-a", fixtureAttempt(k, 1, true))])).rejects.toThrow(DuplicateWriteError);
    expect(await store().attemptsFor("run-a", k)).toEqual([fixtureAttempt(k, 1)]);
    expect(await store().attemptsFor("run-a", fresh)).toEqual([]);
    expect(await store().countAttempts("run-a")).toBe(1);
    expect(await store().finishedSampleKeys("run-a")).toEqual(new Set([sampleKeyString(k)]));
    await store().writeBatch([]);
    expect(await store().countAttempts("run-a")).toBe(1);
  });

  it("rejects samples of targets the run does not have, and of runs that do not exist", async () => {
    await createRun();
    const ghost = key("ghost", 0);
    await expect(store().writeBatch([sampleWrite("run-a", fixtureOutcome(ghost), fixtureAttempt(ghost, 1))])).rejects.toThrow();
    const k = key("a-target", 0);
    await expect(store().writeBatch([attemptWrite("no-such-run", fixtureAttempt(k, 1, true))])).rejects.toThrow();
    expect(await store().countAttempts("run-a")).toBe(0);
    expect(await store().countAttempts("no-such-run")).toBe(0);
  });

  it("stores a task's preparation per target, refusing a credential in it", async () => {
    await createRun();
    expect(await store().getPreparation("run-a", "a-target", FIXTURE_TASK)).toBeUndefined();
    const data = { summary: "sized by o200k", ratio: 1.04, calibrated: true, note: null };
    await store().writeBatch([{ kind: "preparation", runId: "run-a", targetId: "a-target", taskId: FIXTURE_TASK, data, createdAt: 5 }]);
    expect(await store().getPreparation("run-a", "a-target", FIXTURE_TASK)).toEqual(data);
    expect(await store().getPreparation("run-a", "b-target", FIXTURE_TASK)).toBeUndefined();
    const leaky = { kind: "preparation" as const, runId: "run-a", targetId: "b-target", taskId: FIXTURE_TASK, data: { api_key: "sk-1" }, createdAt: 5 };
    await expect(store().writeBatch([leaky])).rejects.toThrow(ConfigError);
    expect(await store().getPreparation("run-a", "b-target", FIXTURE_TASK)).toBeUndefined();
  });

  it("streams samples in (target, task, item, trial) order whatever the write order, with filters and counts", async () => {
    await createRun();
    const keys: SampleKey[] = [];
    for (const target of ["b-target", "a-target"]) for (const item of [2, 0, 1]) for (const trial of [2, 1]) keys.push(key(target, item, trial));
    const failedKey = key("b-target", 0, 1);
    const failed: SampleOutcome = { ...failedKey, status: "error", errorKind: "timeout", scores: [], attempts: 1, fromCache: false, costUsd: 0 };
    const isFailed = (k: SampleKey) => sampleKeyString(k) === sampleKeyString(failedKey);
    await store().writeBatch(keys.map((k) => (isFailed(k) ? sampleWrite("run-a", failed, fixtureAttempt(k, 1, true)) : sampleWrite("run-a", fixtureOutcome(k), fixtureAttempt(k, 1)))));
    await store().createRun(fixtureRun("run-other", ["a-target"], 1));
    await store().writeBatch([sampleWrite("run-other", fixtureOutcome(key("a-target", 0)), fixtureAttempt(key("a-target", 0), 1))]);

    const order = (await collect(store().samples("run-a"))).map((s) => `${s.targetId}/${s.itemId}/${s.trial}`);
    expect(order).toEqual(keys.map((k) => `${k.targetId}/${k.itemId}/${k.trial}`).sort());
    expect(await collect(store().samples("run-a", { targetId: "b-target" }))).toHaveLength(6);
    expect((await collect(store().samples("run-a", { taskId: FIXTURE_TASK, status: "done" }))).map((s) => sampleKeyString(s))).not.toContain(sampleKeyString(failedKey));
    expect(await collect(store().samples("run-a", { status: "error" }))).toMatchObject([{ ...failedKey, errorKind: "timeout" }]);
    expect(await collect(store().samples("run-a", { targetId: "a-target", status: "error" }))).toEqual([]);
    expect(await collect(store().samples("no-such-run"))).toEqual([]);
    expect(await store().finishedSampleKeys("run-a")).toEqual(new Set(keys.map(sampleKeyString)));
    expect(await store().countSamples("run-a")).toEqual([
      { targetId: "a-target", taskId: FIXTURE_TASK, done: 6, errors: 0 },
      { targetId: "b-target", taskId: FIXTURE_TASK, done: 5, errors: 1 },
    ]);
  });

  it("streams a large run page after page in key order, and may be written while the iteration is paused", async () => {
    const items = 1100;
    await createRun(items);
    const writes = [];
    for (let i = items - 1; i >= 0; i--) writes.push(sampleWrite("run-a", fixtureOutcome(key("a-target", i)), fixtureAttempt(key("a-target", i), 1)));
    await store().writeBatch(writes);
    const seen: string[] = [];
    for await (const sample of store().samples("run-a", { targetId: "a-target" })) {
      seen.push(sample.itemId);
      if (seen.length % 400 === 0) await store().writeBatch([attemptWrite("run-a", fixtureAttempt(key("b-target", seen.length), 1, true))]);
    }
    expect(seen).toEqual(Array.from({ length: items }, (_, i) => key("a-target", i).itemId));
    expect(await store().countAttempts("run-a")).toBe(items + 2);
  });

  it("lets an iteration stop early and the store be written after", async () => {
    await createRun();
    await store().writeBatch([0, 1, 2].map((i) => sampleWrite("run-a", fixtureOutcome(key("a-target", i)), fixtureAttempt(key("a-target", i), 1))));
    for await (const sample of store().samples("run-a")) {
      expect(sample.itemId).toBe("item-0000");
      break;
    }
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(key("b-target", 0), 1, true))]);
    expect(await store().countAttempts("run-a")).toBe(4);
  });

  it("gives the highest attempt per sample, finished or not, so numbering continues on resume", async () => {
    await createRun();
    const k1 = key("a-target", 0);
    const k2 = key("b-target", 2, 2);
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(k1, 1, true)), attemptWrite("run-a", fixtureAttempt(k1, 2, true))]);
    await store().writeBatch([sampleWrite("run-a", fixtureOutcome(k2, 1), fixtureAttempt(k2, 1))]);
    expect(await store().lastAttemptNumbers("run-a")).toEqual(
      new Map([
        [sampleKeyString(k1), 2],
        [sampleKeyString(k2), 1],
      ]),
    );
    expect(await store().finishedSampleKeys("run-a")).toEqual(new Set([sampleKeyString(k2)]));
    expect((await store().lastAttemptNumbers("run-other")).size).toBe(0);
    expect((await store().finishedSampleKeys("run-other")).size).toBe(0);
  });

  it("lists the samples that ended in error with their kind, and replaces one asked again while its attempts stay", async () => {
    await createRun();
    const asked = key("a-target", 0);
    const rejected = key("b-target", 1);
    const fine = key("a-target", 2);
    const error = (k: SampleKey, errorKind: SampleOutcome["errorKind"]): SampleOutcome => ({ ...k, status: "error", errorKind, errorMessage: "it failed", scores: [], attempts: 2, fromCache: false, costUsd: 0 });
    await store().writeBatch([
      attemptWrite("run-a", fixtureAttempt(asked, 1, true)),
      sampleWrite("run-a", error(asked, "rate_limited"), fixtureAttempt(asked, 2, true)),
      sampleWrite("run-a", error(rejected, "context_length_exceeded"), fixtureAttempt(rejected, 1, true)),
      sampleWrite("run-a", fixtureOutcome(fine), fixtureAttempt(fine, 1)),
    ]);
    expect(await store().erroredSamples("run-a")).toEqual(new Map([
      [sampleKeyString(asked), "rate_limited"],
      [sampleKeyString(rejected), "context_length_exceeded"],
    ]));
    expect((await store().erroredSamples("run-other")).size).toBe(0);

    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(asked, 3, true)), { ...sampleWrite("run-a", fixtureOutcome(asked, 4), fixtureAttempt(asked, 4)), replacesError: true }]);
    expect((await store().attemptsFor("run-a", asked)).map((a) => [a.attempt, a.errorKind ?? "ok"])).toEqual([[1, "rate_limited"], [2, "rate_limited"], [3, "rate_limited"], [4, "ok"]]);
    const [replaced] = await collect(store().samples("run-a", { targetId: "a-target", status: "done" }));
    expect(replaced).toMatchObject({ ...asked, status: "done", attempts: 4, scores: fixtureOutcome(asked).scores });
    expect(await store().erroredSamples("run-a")).toEqual(new Map([[sampleKeyString(rejected), "context_length_exceeded"]]));
    expect(await store().countSamples("run-a")).toEqual([
      { targetId: "a-target", taskId: FIXTURE_TASK, done: 2, errors: 0 },
      { targetId: "b-target", taskId: FIXTURE_TASK, done: 0, errors: 1 },
    ]);
  });

  it("refuses to replace a sample that is not stored as an error, storing nothing of the batch", async () => {
    await createRun();
    const done = key("a-target", 0);
    const missing = key("a-target", 1);
    await store().writeBatch([sampleWrite("run-a", fixtureOutcome(done), fixtureAttempt(done, 1))]);
    for (const k of [done, missing]) {
      const replacing = { ...sampleWrite("run-a", fixtureOutcome(k, 2), fixtureAttempt(k, 2)), replacesError: true };
      await expect(store().writeBatch([attemptWrite("run-a", fixtureAttempt(key("b-target", 0), 1, true)), replacing])).rejects.toThrow();
    }
    expect(await store().countAttempts("run-a")).toBe(1);
    expect(await store().finishedSampleKeys("run-a")).toEqual(new Set([sampleKeyString(done)]));
  });

  it("gives one sample's state: finished or not, and its highest attempt", async () => {
    await createRun();
    const k1 = key("a-target", 0);
    const k2 = key("b-target", 2, 2);
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(k1, 1, true)), attemptWrite("run-a", fixtureAttempt(k1, 2, true))]);
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(k2, 1, true)), sampleWrite("run-a", fixtureOutcome(k2, 2), fixtureAttempt(k2, 2))]);
    expect(await store().sampleState("run-a", k1)).toEqual({ finished: false, lastAttempt: 2 });
    expect(await store().sampleState("run-a", k2)).toEqual({ finished: true, lastAttempt: 2 });
    expect(await store().sampleState("run-a", key("a-target", 1))).toEqual({ finished: false, lastAttempt: 0 });
    expect(await store().sampleState("run-other", k2)).toEqual({ finished: false, lastAttempt: 0 });
  });
}
