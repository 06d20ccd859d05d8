// kill -9 at random moments, then resume, five times over: the final results equal an uninterrupted run's,
// and no attempt is ever stored twice.

import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../src/core/random.ts";
import { sampleKeyString } from "../src/core/sample.ts";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { openDatabase } from "../src/storage/sqlite/open-database.ts";
import { runCli, type CliResult } from "../src/test-support/run-cli.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0, seed: 9, profiles: { "kill-test": { extends: "faulty", latencyMs: 20, accuracy: 0.7 } } });
});
afterAll(() => simulator.close());

function writeDataset(dir: string, count: number): string {
  const random = seededRandom(5);
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    const a = 10 + Math.floor(random() * 900);
    const b = 2 + Math.floor(random() * 90);
    lines.push(JSON.stringify({ id: `q${i}`, input: `Item ${i}: what is ${a} plus ${b}? End with ANSWER: <number>.`, expected: String(a + b), lang: i % 2 ? "en" : "es" }));
  }
  const file = join(dir, "items.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

/**
 * Runs the CLI and SIGKILLs it once the run has stored `killAt` samples, plus a random few milliseconds so the kill
 * lands at any point of a write turn. Watching the store (not the clock) keeps every kill mid-run however fast the
 * machine is.
 */
function runAndKill(args: string[], cwd: string, env: Record<string, string>, dbPath: string, killAt: number, jitterMs: number): Promise<CliResult & { runId?: string }> {
  let runId: string | undefined;
  return runCli(args, {
    cwd,
    env,
    onSpawn: (child: ChildProcess) => {
      let seen = "";
      child.stderr!.on("data", (chunk: Buffer) => {
        if (runId) return;
        seen += chunk.toString();
        const match = /^run ([\w-]+)/m.exec(seen);
        if (!match) return;
        runId = match[1];
        const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
        const count = reader.prepare("SELECT count(*) AS n FROM samples");
        const poll = setInterval(() => {
          if ((count.get() as { n: number }).n < killAt) return;
          clearInterval(poll);
          setTimeout(() => child.kill("SIGKILL"), jitterMs);
        }, 5);
        child.once("exit", () => {
          clearInterval(poll);
          reader.close();
        });
      });
    },
  }).then((result) => ({ ...result, runId }));
}

function finishedCount(dbPath: string): number {
  const db = openDatabase(dbPath);
  const count = (db.prepare("SELECT count(*) AS n FROM samples").get() as { n: number }).n;
  db.close();
  return count;
}

async function samplesOf(dbPath: string) {
  const store = await openRunStore(dbPath);
  const [run] = await store.listRuns(1);
  const samples = new Map<string, { status: string; text?: string; scores: (number | null)[] }>();
  let attemptsOk = true;
  for await (const sample of store.samples(run!.id)) {
    samples.set(sampleKeyString(sample), { status: sample.status, text: sample.result?.text, scores: sample.scores.map((s) => s.value) });
    const attempts = await store.attemptsFor(run!.id, sample);
    const numbers = attempts.map((a) => a.attempt);
    if (numbers.some((n, i) => n !== i + 1) || attempts.filter((a) => a.errorKind === undefined).length !== (sample.status === "done" ? 1 : 0)) attemptsOk = false;
  }
  const totalAttempts = await store.countAttempts(run!.id);
  await store.close();
  return { runId: run!.id, samples, attemptsOk, totalAttempts };
}

describe("kill -9 and resume", () => {
  it("five kills at random moments end with the same results as an uninterrupted run, no duplicate attempts", async () => {
    const cwd = tempDir();
    // 150 items × 2 trials × 2 targets: 600 samples, the last kill at most at 470, so every kill lands mid-run.
    const total = 600;
    const file = writeDataset(cwd, 150);
    const env = { SIMULATOR_BASE_URL: simulator.url };
    const common = ["dataset", "--file", file, "--scorer", "numeric", "--trials", "2", "--concurrency", "8", "--max-attempts", "20", "--group-by", "lang"];
    const models = ["--model", "simulator:kill-test@a", "--model", "simulator:kill-test@b"];

    // The uninterrupted reference and the last resume need no process of their own.
    const reference = await runMain(["run", ...common, ...models, "--db", "reference.db"], { cwd, env });
    expect(reference.code, reference.stderr).toBe(0);

    const random = seededRandom(2024);
    const killedDb = join(cwd, "killed.db");
    // One kill in each fifth of the run, at a random point of it.
    const killAt = Array.from({ length: 5 }, (_, i) => 10 + i * 95 + Math.floor(random() * 80));
    const first = await runAndKill(["run", ...common, ...models, "--db", "killed.db"], cwd, env, killedDb, killAt[0]!, random() * 20);
    expect(first.signal).toBe("SIGKILL");
    const runId = first.runId!;
    const finishedAfterKill = [finishedCount(killedDb)];
    for (const threshold of killAt.slice(1)) {
      const resumed = await runAndKill(["resume", runId, "--db", "killed.db"], cwd, env, killedDb, threshold, random() * 20);
      expect(resumed.signal, "the run finished before the kill landed").toBe("SIGKILL");
      finishedAfterKill.push(finishedCount(killedDb));
    }
    // Every kill landed mid-run: some work was saved each time, and some was still missing.
    expect(finishedAfterKill.every((n, i) => n > 0 && n < total && n >= (finishedAfterKill[i - 1] ?? 0))).toBe(true);
    const last = await runMain(["resume", runId, "--db", "killed.db"], { cwd, env });
    expect(last.code, last.stderr).toBe(0);

    const want = await samplesOf(join(cwd, "reference.db"));
    const got = await samplesOf(join(cwd, "killed.db"));
    expect(got.samples.size).toBe(total);
    expect(got.samples).toEqual(want.samples);
    expect(got.attemptsOk).toBe(true);
    expect(want.attemptsOk).toBe(true);
  });
});
