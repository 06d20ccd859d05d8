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
    profiles: { "context-tiny": { extends: "honest", contextLimit: 20 } },
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
      { adapter: createAdapter(target, { env: { SIMULATOR_BASE_URL: simulator.url } }), concurrency: 16, limits: {}, endpoint: "simulator" },
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
  it("completes 1,000 samples under 429s, 5xx and dropped streams, each scored or labelled, none asked twice after success", async () => {
    const targets = [simTarget("faulty@a"), simTarget("faulty@b", false)];
    const run = await setup(targets, [arithmeticTask(500)]);
    simulator.resetStats();
    const outcome = await executeRun(run.input, run.options);

    expect(outcome).toMatchObject({ status: "completed", pending: 0 });
    expect(outcome.done + outcome.errors).toBe(1000);
    const stats = simulator.stats();
    expect(stats.byOutcome.rate_limited).toBeGreaterThan(150);
    expect(stats.byOutcome.server_error).toBeGreaterThan(25);
    expect(stats.byOutcome.dropped).toBeGreaterThan(5);
    // Every success the host sent was the last attempt of exactly one sample.
    expect(stats.byOutcome.ok).toBe(outcome.done);

    let scored = 0;
    for await (const sample of run.store.samples(run.runId)) {
      const attempts = await run.store.attemptsFor(run.runId, sample);
      expect(attempts.map((a) => a.attempt)).toEqual(attempts.map((_, i) => i + 1));
      expect(attempts.slice(0, -1).every((a) => a.errorKind !== undefined)).toBe(true);
      if (sample.status === "done") {
        expect(attempts.at(-1)!.errorKind).toBeUndefined();
        expect(sample.scores[0]!.value).toBe(1);
        scored++;
      } else {
        expect(sample.errorKind).toMatch(/rate_limited|server_error|stream_dropped|network_error/);
      }
    }
    expect(scored).toBe(outcome.done);
    expect(run.events.filter((e) => e.type === "sample-finished")).toHaveLength(1000);
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
      expect(guard?.explanation).toMatch(/repeated from char \d+; ~19\d\d output tokens spared$/);
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
