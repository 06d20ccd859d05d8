import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunEvent } from "../core/events.ts";
import { AuthError, RateLimitedError, ServerError, type RealitycheckError } from "../core/errors.ts";
import type { GenerateRequest, GenerateResult, ModelAdapter } from "../core/model-adapter.ts";
import type { RunStore } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import { openRunStore } from "../storage/open-store.ts";
import { fixtureRun } from "../storage/storage-fixtures.ts";
import { FakeClock } from "../test-support/fake-clock.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { priceLookup } from "./pricing.ts";
import { RequestPipeline, type PipelineOptions, type PipelineRequest } from "./request-pipeline.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";

/** An adapter that answers from a script, one step per request, and counts what it was asked. */
function scripted(steps: (RealitycheckError | string)[]): ModelAdapter & { asked: GenerateRequest[] } {
  const asked: GenerateRequest[] = [];
  const answer = async (request: GenerateRequest): Promise<GenerateResult> => {
    const step = steps[asked.length] ?? "fine";
    asked.push(request);
    if (typeof step !== "string") throw step;
    return { text: step, finishReason: "stop", usage: { inputTokens: 100, outputTokens: 10 }, latencyMs: 30 };
  };
  return { provider: "judgehost", model: "j", asked, generate: answer, stream: answer };
}

const judge: TargetSpec = { id: "judgehost:j", provider: "judgehost", model: "j", settings: {}, stream: false, simulated: false };
const verdict: PipelineRequest = { purpose: "judge", messages: [{ role: "user", content: "Grade this." }], settings: { temperature: 0, maxOutputTokens: 20 }, stream: false, reusable: true };

let store: RunStore;
let events: RunEvent[];
beforeEach(async () => {
  store = await openRunStore(`${tempDir()}/results.db`);
  await store.createRun(fixtureRun("run-a", ["t"], 1));
  events = [];
});
afterEach(() => store.close());

function pipeline(options: Partial<PipelineOptions> = {}): RequestPipeline {
  return new RequestPipeline({
    runId: "run-a",
    store,
    cache: false,
    budget: {},
    retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1 },
    timeoutMs: 5_000,
    prices: priceLookup({ "judgehost:*": { inputPerMillion: 1_000, outputPerMillion: 1_000 } }),
    onEvent: (event) => events.push(event),
    clock: new FakeClock(),
    ...options,
  });
}

describe("RequestPipeline", () => {
  it("records every attempt of a judge's request under the run, tagged with its purpose, and totals it", async () => {
    const adapter = scripted([new ServerError("503", { status: 503 }), "LABEL: complied"]);
    const p = pipeline();
    const asked = await p.ask(p.target(judge, { adapter, limits: {}, endpoint: "e" }), verdict);
    await p.close();
    expect(asked).toMatchObject({ kind: "answered", fromCache: false, costUsd: 0.11, result: { text: "LABEL: complied" } });
    expect(adapter.asked).toHaveLength(2);
    expect(await store.requestTotals("run-a")).toEqual([{ purpose: "judge", targetId: "judgehost:j", sent: 2, cached: 0, failed: 1, inputTokens: 100, outputTokens: 10, costUsd: 0.11 }]);
    expect(events.map((e) => e.type)).toEqual(["request-attempt-failed", "request-finished"]);
  });

  it("pays a deterministic verdict once per run: a resumed session finds it in the run's records, without the cache", async () => {
    const first = pipeline();
    const adapter = scripted(["LABEL: refused"]);
    await first.ask(first.target(judge, { adapter, limits: {}, endpoint: "e" }), verdict);
    await first.close();
    const resumed = pipeline();
    const again = await resumed.ask(resumed.target(judge, { adapter, limits: {}, endpoint: "e" }), verdict);
    // Not reusable (a probe, a calibration call, a judge above temperature 0): asked again.
    const fresh = await resumed.ask(resumed.target(judge, { adapter, limits: {}, endpoint: "e" }), { ...verdict, reusable: false });
    await resumed.close();
    expect(again).toMatchObject({ kind: "answered", fromCache: true, costUsd: 0, result: { text: "LABEL: refused" } });
    expect(fresh).toMatchObject({ kind: "answered", fromCache: false });
    expect(adapter.asked).toHaveLength(2);
  });

  it("stops every purpose at a budget cap, before sending", async () => {
    const adapter = scripted([]);
    const p = pipeline({ budget: { maxCostUsd: 0.12 } });
    const target = p.target(judge, { adapter, limits: {}, endpoint: "e" });
    const answered = await p.ask(target, { ...verdict, reusable: false });
    const stopped = await p.ask(target, { ...verdict, purpose: "probe", reusable: false });
    await p.close();
    expect(answered.kind).toBe("answered");
    expect(stopped).toEqual({ kind: "stopped" });
    expect(p.stopping()).toBe(true);
    expect(p.budgetBreach).toMatchObject({ limit: "cost", cap: 0.12 });
    expect(adapter.asked).toHaveLength(1);
    expect(events.filter((e) => e.type === "budget-exhausted")).toHaveLength(1);
  });

  it("waits out a host's Retry-After without using attempts, up to the total wait a request may spend", async () => {
    const limited = () => new RateLimitedError("429", { status: 429, retryAfterMs: 1_000 });
    const clock = new FakeClock();
    const p = pipeline({ clock, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: 2, maxRateLimitWaitMs: 5_000 } });
    const patient = scripted([limited(), limited(), limited(), limited(), "LABEL: complied"]);
    const answered = await p.ask(p.target(judge, { adapter: patient, limits: {}, endpoint: "e" }), { ...verdict, reusable: false });
    const hopeless = scripted(Array.from({ length: 20 }, limited));
    const other = { ...judge, id: "judgehost:k" };
    const failed = await p.ask(p.target(other, { adapter: hopeless, limits: {}, endpoint: "e" }), { ...verdict, reusable: false });
    await p.close();
    expect(answered.kind).toBe("answered");
    expect(patient.asked).toHaveLength(5);
    expect(failed).toMatchObject({ kind: "failed", error: { kind: "rate_limited" } });
    // Four waits of a second and their spread fit in five seconds; the fifth would not.
    expect(hopeless.asked).toHaveLength(5);
    expect(clock.sleeps.filter((ms) => ms >= 1_000).length).toBeGreaterThanOrEqual(8);
  });

  it("stops a target whose first samples all fail the same way: one at a time, three requests, the others stopped unsent", async () => {
    const adapter = scripted(Array.from({ length: 20 }, () => new AuthError("judgehost: the host rejected the API key (HTTP 401)", { status: 401 })));
    const p = pipeline();
    const target = p.target(judge, { adapter, limits: {}, endpoint: "e" });
    const sample = (n: number): PipelineRequest => ({
      purpose: "sample",
      messages: [{ role: "user", content: `Question ${n}?` }],
      settings: {},
      stream: false,
      reusable: false,
      sample: { targetId: judge.id, taskId: "t", itemId: `item-${n}`, trial: 1 },
    });
    const asked = await Promise.all(Array.from({ length: 8 }, (_, n) => p.ask(target, sample(n))));
    expect(asked.map((a) => a.kind)).toEqual(["failed", "failed", "failed", "stopped", "stopped", "stopped", "stopped", "stopped"]);
    expect(adapter.asked).toHaveLength(3);
    expect(target.breaker.failure).toMatchObject({ rule: "first", failures: 3 });
    expect(events.filter((e) => e.type === "target-failing")).toEqual([
      { type: "target-failing", runId: "run-a", targetId: "judgehost:j", rule: "first", failures: 3, errorKind: "auth_error", message: "judgehost: the host rejected the API key (HTTP 401)" },
    ]);
    expect(await p.ask(target, sample(9))).toEqual({ kind: "stopped" });
    // Only samples stop: a verdict asked of the same host (a judge is a target too) still goes.
    expect((await p.ask(target, { ...verdict, reusable: false })).kind).toBe("failed");
    expect(adapter.asked).toHaveLength(4);
    await p.close();
  });
});
