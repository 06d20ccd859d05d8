// Ctrl-C (SIGINT) to the real executable stops a run gracefully: requests in flight are cancelled, finished samples
// are kept, the run is marked interrupted, the command that finishes it is printed, and resume finishes it.

import Database from "better-sqlite3";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runCli } from "../src/test-support/run-cli.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
beforeAll(async () => {
  // The delay is a floor on the run's length (28 samples, two at a time), so a slow machine only makes it longer.
  simulator = await startSimulator({ port: 0, profiles: { paced: { extends: "honest", latencyMs: 150 } } });
});
afterAll(() => simulator.close());

describe("Ctrl-C", () => {
  it("stops gracefully with state saved, and resume completes the run", async () => {
    const cwd = tempDir();
    const env = { SIMULATOR_BASE_URL: simulator.url };
    const dbPath = join(cwd, ".realitycheck", "results.db");
    const args = ["run", "dataset", "--file", fixturePath("datasets", "qa.jsonl"), "--scorer", "includes", "--trials", "4", "--concurrency", "2", "--model", "simulator:paced"];
    const interrupted = await runCli(args, {
      cwd,
      env,
      onSpawn: (child) => {
        let seen = "";
        let watching = false;
        child.stderr!.on("data", (chunk: Buffer) => {
          seen += chunk.toString();
          if (watching || !/^run [\w-]+/m.test(seen)) return;
          watching = true;
          // Interrupt once the first sample is stored: the store, not the clock, says the run is under way.
          const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
          const count = reader.prepare("SELECT count(*) AS n FROM samples");
          const poll = setInterval(() => {
            if ((count.get() as { n: number }).n === 0) return;
            clearInterval(poll);
            reader.close();
            child.kill("SIGINT");
          }, 5);
        });
      },
    });
    expect(interrupted.code, interrupted.stderr).toBe(130);
    expect(interrupted.stderr).toContain("interrupted: cancelling requests in flight; finished samples are saved");
    expect(interrupted.stdout).toContain("status interrupted");
    const runId = /\(run ([\w-]+)\)/.exec(interrupted.stdout)![1]!;
    expect(interrupted.stderr.trimEnd().split("\n").at(-1)).toBe(`to finish it: realitycheck resume ${runId}`);

    const store = await openRunStore(dbPath);
    const [run] = await store.listRuns(1);
    expect(run!.status).toBe("interrupted");
    expect(run!.done).toBeGreaterThan(0);
    await store.close();

    const resumed = await runMain(["resume", "last"], { cwd, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("status completed");
  });
});
