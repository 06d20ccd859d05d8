// Conformance of ResponseCacheRecords and ProbeRecords: the first answer stored for a request hash wins, and context
// probes round-trip, list newest first and refuse duplicates and credentials.

import { expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { GenerateResult } from "../../core/model-adapter.ts";
import type { CachedResponseWrite } from "../../core/store-write.ts";
import type { StoredContextProbe } from "../../core/stored-probe.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

const result: GenerateResult = {
  text: "Paris",
  finishReason: "stop",
  usage: { inputTokens: 12, outputTokens: 1 },
  latencyMs: 31.5,
  timeToFirstTokenMs: 20,
  responseModel: "m-0125",
  rateLimit: { remainingRequests: 99 },
};

const cached = (key: string, answer: GenerateResult): CachedResponseWrite => ({ kind: "cached-response", key, provider: "groq", model: "llama", result: answer, createdAt: 1234 });

function probe(id: string, createdAt: number, probeResult: unknown = { acceptedTokens: 131_072, truncation: { side: "none" } }): StoredContextProbe {
  return { id, createdAt, targetId: "groq:llama", provider: "groq", model: "llama", simulated: false, result: probeResult };
}

export function cacheAndProbeConformance(open: OpenFreshStore): void {
  const store = freshStore(open);

  it("returns nothing for an unknown request hash and the stored answer otherwise, as often as asked", async () => {
    expect(await store().cachedResponse("k1")).toBeUndefined();
    await store().writeBatch([cached("k1", result)]);
    expect(await store().cachedResponse("k1")).toEqual(result);
    expect(await store().cachedResponse("k1")).toEqual(result);
    expect(await store().cachedResponse("k2")).toBeUndefined();
  });

  it("keeps the first answer stored for a hash, within a batch and across batches", async () => {
    await store().writeBatch([cached("k", result), cached("k", { ...result, text: "Lyon" })]);
    await store().writeBatch([cached("k", { ...result, text: "Nice" })]);
    expect((await store().cachedResponse("k"))?.text).toBe("Paris");
  });

  it("writes cached answers in the same batch as a run's samples, and rolls them back with it", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    const k = { targetId: "a", taskId: FIXTURE_TASK, itemId: "item-0000", trial: 1 };
    await expect(store().writeBatch([cached("lost", result), sampleWrite("run-a", fixtureOutcome({ ...k, targetId: "ghost" }), fixtureAttempt({ ...k, targetId: "ghost" }, 1))])).rejects.toThrow();
    expect(await store().cachedResponse("lost")).toBeUndefined();
    await store().writeBatch([cached("kept", result), sampleWrite("run-a", fixtureOutcome(k), fixtureAttempt(k, 1))]);
    expect(await store().cachedResponse("kept")).toEqual(result);
  });

  it("round-trips a context probe and has none for an unknown id", async () => {
    const stored = { ...probe("p1", 1000, { acceptedTokens: 8000, steps: [{ tokens: 8000, accepted: true }], truncation: { side: "back", keptTokens: 4096 } }), simulated: true };
    await store().recordProbe(stored);
    expect(await store().getProbe("p1")).toEqual(stored);
    expect(await store().getProbe("nope")).toBeUndefined();
  });

  it("lists a run's own probes, newest first, and keeps a probe's run through a round trip", async () => {
    await store().recordProbe({ ...probe("run-a-old", 1000), runId: "run-a" });
    await store().recordProbe({ ...probe("run-a-new", 3000), runId: "run-a" });
    await store().recordProbe({ ...probe("run-b", 2000), runId: "run-b" });
    await store().recordProbe(probe("alone", 4000));
    expect((await store().probesOfRun("run-a")).map((p) => p.id)).toEqual(["run-a-new", "run-a-old"]);
    expect(await store().getProbe("run-b")).toEqual({ ...probe("run-b", 2000), runId: "run-b" });
    expect(await store().getProbe("alone")).not.toHaveProperty("runId");
    expect(await store().probesOfRun("run-c")).toEqual([]);
  });

  it("lists probes newest first, up to the limit", async () => {
    await store().recordProbe(probe("old", 1000));
    await store().recordProbe(probe("new", 3000));
    await store().recordProbe(probe("mid", 2000));
    await store().recordProbe(probe("mid-b", 2000));
    expect((await store().listProbes()).map((p) => p.id)).toEqual(["new", "mid-b", "mid", "old"]);
    expect((await store().listProbes(2)).map((p) => p.id)).toEqual(["new", "mid-b"]);
  });

  it("refuses a second probe with the same id", async () => {
    await store().recordProbe(probe("p1", 1000));
    await expect(store().recordProbe(probe("p1", 2000))).rejects.toThrow();
    expect(await store().listProbes()).toEqual([probe("p1", 1000)]);
  });

  it("refuses a probe result that carries a credential, storing nothing", async () => {
    await expect(store().recordProbe(probe("p1", 1000, { steps: [], apiKey: "sk-live-SECRET" }))).rejects.toThrow(ConfigError);
    expect(await store().listProbes()).toEqual([]);
  });
}
