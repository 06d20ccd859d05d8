import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../core/collect.ts";
import type { RunEvent } from "../core/events.ts";
import type { RunStore } from "../core/run-store.ts";
import { sampleKeyString } from "../core/sample.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { createAdapter } from "../providers/create-adapter.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { openRunStore } from "../storage/open-store.ts";
import { arithmeticTask } from "../test-support/arithmetic-task.ts";
import { FakeClock } from "../test-support/fake-clock.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { newRunRecord } from "./new-run-record.ts";
import { priceLookup } from "./pricing.ts";
import { executeRunOnce as executeRun, type RunOnceOptions } from "../test-support/execute-run-once.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";
import type { TargetRuntime } from "./run-engine.ts";

let simulator: SimulatorHandle;

beforeAll(async () => {
  simulator = await startSimulator({
    port: 0,
    seed: 42,
    profiles: {
      "always-limited": { extends: "honest", rateLimitRate: 1, retryAfterMs: 1000 },
      "context-tiny": { extends: "honest", contextLimit: 20 },
      // Issue 16's host: a quarter of requests answered 429 with Retry-After 1 s, 5% 500s, 3% dropped streams.
      "pacing-host": { extends: "honest", rateLimitRate: 0.25, retryAfterMs: 1000, serverErrorRate: 0.05, dropRate: 0.03 },
    },
  });
});
afterAll(() => simulator.close());

function simTarget(model: string, stream = true): TargetSpec {
  return { id: `simulator:${model}`, provider: "simulator", model, settings: {}, stream, simulated: true };
}

/** A new run in a new store, or in `store` (which then serves it from its response cache). */
async function setup(targets: TargetSpec[], tasks: Task[], trials = 1, existing?: RunStore) {
  const store = existing ?? (await openRunStore(`${tempDir()}/results.db`));
  const runId = `run-${Math.random().toString(36).slice(2, 8)}`;
  await store.createRun(newRunRecord(runId, 1, { test: true }, targets, tasks));
  const runtimes = new Map<string, TargetRuntime>(
    targets.map((target) => [
      target.id,
      { adapter: createAdapter(target, { env: { SIMULATOR_BASE_URL: simulator.url }}), concurrency: 16, limits: {}, endpoint: "simulator" },
    ]),
  );
  const events: RunEvent[] = [];
  const options: RunOnceOptions = {
    store,
    cache: true,
    runtimes,
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50 },
    timeoutMs: 10_000,
    budget: {},
    prices: priceLookup(),
    onEvent: (event) => events.push(event),
  };
  return { store, runId, options, events, input: { runId, targets, tasks, trials } };
}

describe("executeRun", () => {
  it("scores 2,000 of 2,000 samples against 25% Retry-After 429s, 5% 500s and 3% dropped streams, none asked twice after success", async () => {
    const targets = [simTarget("pacing-host@a"), simTarget("pacing-host@b", false)];
    const run = await setup(targets, [arithmeticTask(1000)]);
    // Every wait (the host's Retry-After, backoff, pacing) runs on an injected clock: a second costs no wall time.
    const clock = new FakeClock();
    simulator.resetStats();
    const outcome = await executeRun(run.input, { ...run.options, clock, retry: DEFAULT_RETRY_POLICY });

    expect(outcome).toMatchObject({ status: "completed", done: 2000, errors: 0, pending: 0 });
    const stats = simulator.stats();
    expect(stats.byOutcome.rate_limited).toBeGreaterThan(500);
    expect(stats.byOutcome.server_error).toBeGreaterThan(50);
    expect(stats.byOutcome.dropped).toBeGreaterThan(30);
    // Every success the host sent was the last attempt of exactly one sample.
    expect(stats.byOutcome.ok).toBe(outcome.done);
    expect(clock.sleeps.filter((ms) => ms >= 1000).length).toBeGreaterThan(500);

    let scored = 0;
    for await (const sample of run.store.samples(run.runId)) {
      const attempts = await run.store.attemptsFor(run.runId, sample);
      expect(attempts.map((a) => a.attempt)).toEqual(attempts.map((_, i) => i + 1));
      expect(attempts.slice(0, -1).every((a) => a.errorKind !== undefined)).toBe(true);
      expect(attempts.at(-1)!.errorKind).toBeUndefined();
      if (sample.scores[0]!.value === 1) scored++;
    }
    expect(scored).toBe(2000);
    expect(run.events.filter((e) => e.type === "sample-finished")).toHaveLength(2000);
  });

  it("ends a sample as rate_limited once its Retry-After waits reach their total, not after its attempts", async () => {
    const run = await setup([simTarget("always-limited@a", false)], [arithmeticTask(2, 6)]);
    const retry = { ...DEFAULT_RETRY_POLICY, maxAttempts: 2, maxRateLimitWaitMs: 10_500 };
    const outcome = await executeRun(run.input, { ...run.options, clock: new FakeClock(), retry });
    expect(outcome).toMatchObject({ status: "completed", done: 0, errors: 2 });
    for await (const sample of run.store.samples(run.runId)) {
      expect(sample).toMatchObject({ status: "error", errorKind: "rate_limited" });
      // Ten waits of a second (and up to 100 ms of spread) fit in 10.5 s; the eleventh 429 ends it: 11 attempts, not 2.
      expect(sample.attempts).toBeGreaterThanOrEqual(10);
      expect(sample.attempts).toBeLessThanOrEqual(11);
    }
  });

  it("asks two items with the same text apart, and serves each from the cache only for itself", async () => {
    const twins: Task = { ...arithmeticTask(2, 8, "twins"), items: ["a", "b"].map((id) => ({ id, input: "What is 20 plus 22? End with ANSWER: <number>.", expected: "42", metadata: {} })) };
    const targets = [simTarget("honest@twins")];
    const first = await setup(targets, [twins]);
    simulator.resetStats();
    await executeRun(first.input, first.options);
    expect(simulator.stats().byModel["honest@twins"]).toBe(2);

    const again = await setup(targets, [twins], 1, first.store);
    await executeRun(again.input, again.options);
    expect(simulator.stats().byModel["honest@twins"]).toBe(2);
    const samples = await collect(again.store.samples(again.runId));
    expect(samples.map((s) => [s.itemId, s.fromCache])).toEqual([["a", true], ["b", true]]);
  });

  it("asks again when only streaming changed, and a cached answer keeps the timings measured when it was asked", async () => {
    const task = arithmeticTask(6, 10, "stream-cache");
    const plain = await setup([simTarget("slow@stream-cache", false)], [task]);
    simulator.resetStats();
    await executeRun(plain.input, plain.options);
    const streamed = await setup([simTarget("slow@stream-cache", true)], [task], 1, plain.store);
    await executeRun(streamed.input, streamed.options);
    expect(simulator.stats().byModel["slow@stream-cache"]).toBe(12);
    const live = await collect(streamed.store.samples(streamed.runId));
    expect(live.every((s) => !s.fromCache && s.result!.timeToFirstTokenMs !== undefined)).toBe(true);

    const replay = await setup([simTarget("slow@stream-cache", true)], [task], 1, plain.store);
    await executeRun(replay.input, replay.options);
    expect(simulator.stats().byModel["slow@stream-cache"]).toBe(12);
    const cached = await collect(replay.store.samples(replay.runId));
    expect(cached.every((s) => s.fromCache)).toBe(true);
    expect(cached.map((s) => [s.result!.latencyMs, s.result!.timeToFirstTokenMs])).toEqual(live.map((s) => [s.result!.latencyMs, s.result!.timeToFirstTokenMs]));
    const attempts = await replay.store.attemptsFor(replay.runId, cached[0]!);
    expect(attempts).toMatchObject([{ fromCache: true, latencyMs: live[0]!.result!.latencyMs, requestSummary: { purpose: "sample", stream: true } }]);
  });

  it("serves a second identical run from the cache without one HTTP request", async () => {
    const targets = [simTarget("honest@cache")];
    const first = await setup(targets, [arithmeticTask(50, 3)], 2);
    await executeRun(first.input, first.options);
    const before = simulator.stats().requests;

    const second = await setup(targets, [arithmeticTask(50, 3)], 2, first.store);
    const outcome = await executeRun(second.input, second.options);
    expect(outcome).toMatchObject({ status: "completed", done: 100 });
    expect(simulator.stats().requests).toBe(before);
    const samples = await collect(second.store.samples(second.runId));
    expect(samples.every((s) => s.fromCache && s.scores[0]!.value === 1)).toBe(true);
  });

  it("labels a request the host rejects as too long without retrying it", async () => {
    const run = await setup([simTarget("context-tiny")], [arithmeticTask(3)]);
    const outcome = await executeRun(run.input, run.options);
    expect(outcome).toMatchObject({ status: "completed", done: 0, errors: 3 });
    for await (const sample of run.store.samples(run.runId)) {
      expect(sample).toMatchObject({ status: "error", errorKind: "context_length_exceeded", attempts: 1 });
    }
  });

  it("lets a stream guard stop a looping answer: recorded with its finding, never cached, the rest untouched", async () => {
    const task = { ...arithmeticTask(4), settings: { maxOutputTokens: 2000 } };
    const run = await setup([simTarget("looping"), simTarget("honest@guarded")], [task]);
    // A stand-in guard: stops once "The reason " has come five times in a row.
    const streamGuard = () => {
      let text = "";
      return {
        push(delta: string) {
          text += delta;
          const onset = text.indexOf("The reason ".repeat(5));
          return onset < 0 ? undefined : { label: "LOOP", onsetChar: onset, explanation: `"The reason " repeated from char ${onset}` };
        },
      };
    };
    const outcome = await executeRun(run.input, { ...run.options, streamGuard });
    expect(outcome).toMatchObject({ status: "completed", done: 8 });
    for await (const sample of run.store.samples(run.runId, { targetId: "simulator:looping" })) {
      expect(sample.result).toMatchObject({ finishReason: "guard" });
      expect(sample.result!.text.length).toBeLessThan(400);
      const guard = sample.scores.find((s) => s.scorer === "stream-guard");
      expect(guard).toMatchObject({ label: "LOOP", value: null });
      expect(guard).toMatchObject({ answer: `@${sample.result!.text.indexOf("The reason ".repeat(5))}` });
      expect(guard?.explanation).toMatch(/repeated from char \d+; \d+ tokens past its onset at token \d+ \(simulator\); stopped at \d+ of 2,000 output tokens, 1,\d{3} spared$/);
    }
    for await (const sample of run.store.samples(run.runId, { targetId: "simulator:honest@guarded" })) {
      expect(sample.result?.finishReason).toBe("stop");
      expect(sample.scores.map((s) => s.scorer)).toEqual(["numeric"]);
    }
    const again = await setup([simTarget("looping")], [task], 1, run.store);
    simulator.resetStats();
    await executeRun(again.input, { ...again.options, streamGuard });
    expect(simulator.stats().requests).toBe(4);
  });

  it("stops at a request budget and finishes on resume with nothing asked twice", async () => {
    const run = await setup([simTarget("honest@budget")], [arithmeticTask(40, 5)]);
    const stopped = await executeRun(run.input, { ...run.options, budget: { maxRequests: 15 } });
    expect(stopped.status).toBe("budget_exhausted");
    expect(await run.store.countAttempts(run.runId)).toBeLessThanOrEqual(15);
    expect(run.events.some((e) => e.type === "budget-exhausted" && e.limit === "requests")).toBe(true);

    const resumed = await executeRun(run.input, { ...run.options, resumed: true });
    expect(resumed).toMatchObject({ status: "completed", pending: 0 });
    expect(await run.store.countAttempts(run.runId)).toBe(40);
  });

  it("stops on interrupt with finished samples saved, and resume asks only what is missing", async () => {
    const run = await setup([simTarget("slow@interrupt")], [arithmeticTask(30, 7)]);
    const controller = new AbortController();
    let finished = 0;
    const interrupted = await executeRun(run.input, {
      ...run.options,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === "sample-finished" && ++finished === 5) controller.abort(new Error("interrupted"));
      },
    });
    expect(interrupted.status).toBe("interrupted");
    const doneBefore = await run.store.finishedSampleKeys(run.runId);
    expect(doneBefore.size).toBeGreaterThanOrEqual(5);
    expect(doneBefore.size).toBeLessThan(30);

    const resumed = await executeRun(run.input, { ...run.options, resumed: true });
    expect(resumed.status).toBe("completed");
    expect(resumed.done).toBe(30 - doneBefore.size);
    const keys = (await collect(run.store.samples(run.runId))).map((s) => sampleKeyString(s));
    expect(new Set(keys).size).toBe(30);
  });

  it("times out a request that answers too late, retries it, and records each attempt as a timeout", async () => {
    const run = await setup([simTarget("slow@timeout", false)], [arithmeticTask(4, 9)]);
    const outcome = await executeRun(run.input, { ...run.options, timeoutMs: 60, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRateLimitWaitMs: 1_000 } });
    expect(outcome).toMatchObject({ status: "completed", done: 0, errors: 4 });
    for await (const sample of run.store.samples(run.runId)) {
      expect(sample).toMatchObject({ status: "error", errorKind: "timeout", attempts: 2 });
      expect((await run.store.attemptsFor(run.runId, sample)).map((a) => a.errorKind)).toEqual(["timeout", "timeout"]);
    }
  });
});
