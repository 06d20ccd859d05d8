import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../core/collect.ts";
import type { RunEvent } from "../core/events.ts";
import { STREAM_GUARD_SCORER } from "../core/stream-guard.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { loopGuard } from "../loop-guard/loop-guard.ts";
import { createAdapter } from "../providers/create-adapter.ts";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { openRunStore } from "../storage/open-store.ts";
import { arithmeticTask } from "../test-support/arithmetic-task.ts";
import { executeRunOnce } from "../test-support/execute-run-once.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { VirtualClock } from "../test-support/virtual-clock.ts";
import { newRunRecord } from "./new-run-record.ts";
import { priceLookup } from "./pricing.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";
import type { BudgetCaps } from "./budget-tracker.ts";
import type { TargetRuntime } from "./run-engine.ts";

// One virtual clock for the simulator's stream pacing, the adapters and the runner: pacing costs no wall time.
const clock = new VirtualClock();
let simulator: SimulatorHandle;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0, seed: 7, clock });
});
afterAll(() => simulator.close());

const target = (model: string): TargetSpec => ({ id: `simulator:${model}`, provider: "simulator", model, settings: {}, stream: true, simulated: true });

/** A run with the real loop guard, as `run` starts one. */
async function guardedRun(targets: TargetSpec[], task: Task, budget: BudgetCaps = {}) {
  const store = await openRunStore(`${tempDir()}/results.db`);
  const runId = `guarded-${Math.random().toString(36).slice(2, 8)}`;
  await store.createRun(newRunRecord(runId, 1, { test: true }, targets, [task]));
  const runtimes = new Map<string, TargetRuntime>(
    targets.map((t) => [t.id, { adapter: createAdapter(t, { env: { SIMULATOR_BASE_URL: simulator.url }, clock }), concurrency: 4, limits: {}, endpoint: "simulator" }]),
  );
  const events: RunEvent[] = [];
  const outcome = await executeRunOnce(
    { runId, targets, tasks: [task], trials: 1 },
    { store, cache: false, runtimes, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 50 }, timeoutMs: 10_000, budget, prices: priceLookup(), onEvent: (e) => events.push(e), streamGuard: loopGuard(), clock },
  );
  return { outcome, events, samples: await collect(store.samples(runId)) };
}

describe("a run with the loop guard", () => {
  it("records a stopped loop with its kind, onset and tokens counted by the target's tokenizer", async () => {
    const task = { ...arithmeticTask(3), settings: { maxOutputTokens: 20_000 } };
    const { samples, events } = await guardedRun([target("looping")], task);
    expect(samples).toHaveLength(3);
    for (const sample of samples) {
      const result = sample.result!;
      expect(result.finishReason).toBe("guard");
      const guard = sample.scores.find((s) => s.scorer === STREAM_GUARD_SCORER)!;
      const onset = result.text.indexOf("The reason ");
      expect(guard).toMatchObject({ label: "LOOP", value: null, answer: `exact@${onset}` });
      // The simulator's own count is what the host would have charged: the sample stores exactly that.
      const prompt = task.prompt(task.items.find((i) => i.id === sample.itemId)!, { target: target("looping"), trial: 1 });
      expect(result.usage).toEqual({ inputTokens: countSimulatedTokens(prompt[0]!.content) + 4, outputTokens: countSimulatedTokens(result.text) });
      const past = countSimulatedTokens(result.text.slice(onset));
      expect(guard.explanation).toContain(`; ${past} tokens past its onset at token ${countSimulatedTokens(result.text.slice(0, onset))} (simulator)`);
      expect(guard.explanation).toMatch(/stopped at \d+ of 20,000 output tokens, 19,\d{3} spared$/);
    }
    const finished = events.filter((e) => e.type === "sample-finished");
    expect(finished.every((e) => e.type === "sample-finished" && e.inputTokens > 0 && e.outputTokens > 0)).toBe(true);
  });

  it("lets a --max-tokens budget stop a run whose answers loop", async () => {
    const task = { ...arithmeticTask(40), settings: { maxOutputTokens: 2000 } };
    const { outcome, events, samples } = await guardedRun([target("looping@budget")], task, { maxTokens: 6000 });
    expect(outcome.status).toBe("budget_exhausted");
    expect(events.some((e) => e.type === "budget-exhausted" && e.limit === "tokens")).toBe(true);
    expect(samples.length).toBeLessThan(40);
    const spent = samples.reduce((sum, s) => sum + (s.result!.usage.inputTokens ?? 0) + (s.result!.usage.outputTokens ?? 0), 0);
    expect(spent).toBeGreaterThan(6000 - 2100);
  });

  it("records a request for repetition whether or not the answer was stopped", async () => {
    const base = arithmeticTask(2);
    const task: Task = { ...base, settings: { maxOutputTokens: 2000 }, prompt: (item) => [{ role: "user", content: `${item.input} Then write this line 5 times: all done.` }] };
    const { samples } = await guardedRun([target("honest"), target("looping@asked")], task);
    for (const sample of samples) {
      const guard = sample.scores.find((s) => s.scorer === STREAM_GUARD_SCORER);
      if (sample.targetId === "simulator:honest") {
        expect(guard).toMatchObject({ label: "REPETITION_ASKED", explanation: 'the prompt asked for repetition: "write this line 5 times" (up to 5 copies); let through' });
      } else {
        expect(guard?.label).toBe("LOOP");
        expect(guard?.explanation).toMatch(/past the 5 copies asked for; .*; the prompt asked for repetition: "write this line 5 times" \(up to 5 copies\)$/);
      }
    }
  });
});
