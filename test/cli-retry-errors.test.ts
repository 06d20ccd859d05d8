// `resume RUN --retry-errors` through the CLI: a host answering a quarter of requests 429 (Retry-After 1 s), 5% 500
// and dropping 3% of streams ends with 2,000 of 2,000 samples scored after one run (and the resumes it needs); the
// samples asked again keep every earlier attempt, numbered on.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect } from "../src/core/collect.ts";
import type { RunStore } from "../src/core/run-store.ts";
import { sampleKeyString } from "../src/core/sample.ts";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { FakeClock } from "../src/test-support/fake-clock.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
beforeAll(async () => {
  simulator = await startSimulator({
    port: 0,
    seed: 16,
    profiles: { "pacing-host": { extends: "honest", rateLimitRate: 0.25, retryAfterMs: 1000, serverErrorRate: 0.05, dropRate: 0.03 } },
  });
});
afterAll(() => simulator.close());

function workspace(items: number): { cwd: string; file: string; env: Record<string, string> } {
  const cwd = tempDir();
  const file = join(cwd, "sums.jsonl");
  const lines = Array.from({ length: items }, (_, i) => JSON.stringify({ id: `q${i}`, input: `What is ${i} plus ${i % 7}? End with ANSWER: <number>.`, expected: String(i + (i % 7)) }));
  writeFileSync(file, lines.join("\n") + "\n");
  return { cwd, file, env: { SIMULATOR_BASE_URL: simulator.url } };
}

async function counts(store: RunStore, runId: string): Promise<{ done: number; errors: number; scored: number }> {
  const samples = await collect(store.samples(runId));
  return {
    done: samples.filter((s) => s.status === "done").length,
    errors: samples.filter((s) => s.status === "error").length,
    scored: samples.filter((s) => s.status === "done" && s.scores.some((score) => score.value !== null)).length,
  };
}

describe("resume --retry-errors", () => {
  it("ends with 2,000 of 2,000 scored under 25% Retry-After 429s, 5% 500s and 3% dropped streams", async () => {
    const { cwd, file, env } = workspace(1000);
    // Every wait (the host's Retry-After, backoff, pacing) reads the injected clock: a second costs no wall time.
    const clock = new FakeClock();
    const run = await runMain(["run", "dataset", "--file", file, "--scorer", "numeric", "--trials", "2", "--concurrency", "16", "--model", "simulator:pacing-host"], { cwd, env, clock });
    expect([0, 1], run.stderr).toContain(run.code);
    for (let round = 0; round < 3 && !run.stdout.includes("status completed"); round++) {
      const resumed = await runMain(["resume", "last", "--retry-errors"], { cwd, env, clock });
      expect(resumed.code, resumed.stderr).toBe(0);
    }
    const store = await openRunStore(join(cwd, ".realitycheck", "results.db"));
    const [stored] = await store.listRuns(1);
    expect(await counts(store, stored!.id)).toEqual({ done: 2000, errors: 0, scored: 2000 });
    expect(stored!.status).toBe("completed");
    await store.close();
    const outcomes = simulator.stats().byOutcome;
    expect(outcomes.rate_limited).toBeGreaterThan(400);
    expect(outcomes.server_error).toBeGreaterThan(50);
  });

  it("asks errored samples again, keeping their earlier attempts, until every one is scored", async () => {
    const { cwd, file, env } = workspace(300);
    const clock = new FakeClock();
    // One attempt per request: a 500 or a dropped stream ends its sample in error (a 429 waits and uses no attempt).
    const run = await runMain(["run", "dataset", "--file", file, "--scorer", "numeric", "--trials", "2", "--concurrency", "16", "--max-attempts", "1", "--model", "simulator:pacing-host"], { cwd, env, clock });
    expect(run.code).toBe(0);
    const dbPath = join(cwd, ".realitycheck", "results.db");
    let store = await openRunStore(dbPath);
    const runId = (await store.listRuns(1))[0]!.id;
    const first = await counts(store, runId);
    const erroredAtFirst = await store.erroredSamples(runId);
    await store.close();
    expect(first.errors).toBeGreaterThan(15);
    expect(first.done + first.errors).toBe(600);

    const left = [first.errors];
    for (let round = 0; round < 8 && left.at(-1)! > 0; round++) {
      const resumed = await runMain(["resume", runId, "--retry-errors"], { cwd, env, clock });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stderr).toMatch(new RegExp(`^asking again the samples that ended in error: .*\\(their earlier attempts are kept\\)$`, "m"));
      expect(resumed.stderr).toMatch(new RegExp(`^run ${runId} \\(resumed, ${left.at(-1)} errored samples? asked again\\): simulator:pacing-host \\[simulated\\] ${left.at(-1)} to ask`, "m"));
      store = await openRunStore(dbPath);
      left.push((await counts(store, runId)).errors);
      await store.close();
    }
    expect(left.at(-1)).toBe(0);
    expect(left.every((n, i) => i === 0 || n < left[i - 1]!)).toBe(true);

    store = await openRunStore(dbPath);
    expect(await counts(store, runId)).toEqual({ done: 600, errors: 0, scored: 600 });
    // Every sample asked again kept its first session's failed attempts, and numbering went on from them.
    for (const sample of await collect(store.samples(runId))) {
      const attempts = await store.attemptsFor(runId, sample);
      expect(attempts.map((a) => a.attempt)).toEqual(attempts.map((_, i) => i + 1));
      if (!erroredAtFirst.has(sampleKeyString(sample))) continue;
      expect(attempts.slice(0, -1).map((a) => a.errorKind)).toContain(erroredAtFirst.get(sampleKeyString(sample)));
      expect(attempts.at(-1)!.errorKind).toBeUndefined();
    }
    await store.close();
  });
});
