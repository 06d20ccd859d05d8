import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../../simulator/server.ts";
import { fixturePath } from "../../test-support/fixture-path.ts";
import { runMain } from "../../test-support/run-main.ts";
import { tempDir } from "../../test-support/temp-dir.ts";

const QA = fixturePath("datasets", "qa.jsonl");
let simulator: SimulatorHandle;
beforeAll(async () => {
  // The delay only keeps the run going until it is interrupted; nothing waits on it otherwise.
  simulator = await startSimulator({ port: 0, profiles: { paced: { extends: "honest", latencyMs: 100 } } });
});
afterAll(() => simulator.close());

describe("resume", () => {
  it("of a finished run says it is already complete and exits 0, before any judge or target is checked", async () => {
    const cwd = tempDir();
    const ran = await runMain(["run", "refusal", "--kinds", "mirror", "--languages", "en", "--judge", "simulator:honest@judge", "--model", "simulator:honest"], {
      cwd,
      env: { SIMULATOR_BASE_URL: simulator.url },
    });
    expect(ran.code, ran.stderr).toBe(0);
    const runId = /\(run ([\w-]+)\)/.exec(ran.stdout)![1]!;
    const before = simulator.stats().requests;
    // The judge's host is gone today: a check would fail, and none is needed.
    const resumed = await runMain(["resume", "last"], { cwd, env: { SIMULATOR_BASE_URL: "http://127.0.0.1:9/v1" } });
    expect(resumed.stdout).toBe(`run ${runId} is already complete: nothing to ask (realitycheck show ${runId} prints its results)\n`);
    expect(resumed.stderr).toBe("");
    expect(resumed.code).toBe(0);
    expect(simulator.stats().requests).toBe(before);
  });

  it("after Ctrl-C, the command prints the exact resume command, and that command finishes the run", async () => {
    const cwd = tempDir();
    const env = { SIMULATOR_BASE_URL: simulator.url };
    const db = join(tempDir(), "my results.db");
    const controller = new AbortController();
    const interrupted = await runMain(["run", "dataset", "--file", QA, "--trials", "3", "--concurrency", "1", "--model", "simulator:paced", "--db", db], {
      cwd,
      env,
      signal: controller.signal,
      onStderr: (text) => {
        if (/to ask/.test(text)) controller.abort(new Error("interrupted"));
      },
    });
    expect(interrupted.code).toBe(130);
    const runId = /\(run ([\w-]+)\)/.exec(interrupted.stdout)![1]!;
    const hint = interrupted.stderr.trimEnd().split("\n").at(-1)!;
    expect(hint).toBe(`to finish it: realitycheck resume ${runId} --db '${db}'`);
    const words = [...hint.slice("to finish it: realitycheck ".length).matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const resumed = await runMain(words, { cwd, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("status completed");
  });
});
