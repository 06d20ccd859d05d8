// Ctrl-C (SIGINT) stops a run gracefully: requests in flight are cancelled, finished samples are kept,
// the run is marked interrupted, and resume finishes it.

import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { runCli } from "../src/test-support/run-cli.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const QA = join(import.meta.dirname, "fixtures", "datasets", "qa.jsonl");
let simulator: SimulatorHandle;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { paced: { extends: "honest", latencyMs: 150 } } });
});
afterAll(() => simulator.close());

describe("Ctrl-C", () => {
  it("stops gracefully with state saved, and resume completes the run", async () => {
    const cwd = tempDir();
    const env = { SIMULATOR_BASE_URL: simulator.url };
    const args = ["run", "dataset", "--file", QA, "--scorer", "includes", "--trials", "12", "--concurrency", "2", "--model", "simulator:paced"];
    const interrupted = await runCli(args, {
      cwd,
      env,
      onSpawn: (child) => {
        let seen = "";
        child.stderr!.on("data", (chunk: Buffer) => {
          seen += chunk.toString();
          if (/^run [\w-]+/m.test(seen) && !child.killed) setTimeout(() => child.kill("SIGINT"), 800);
        });
      },
    });
    expect(interrupted.code, interrupted.stderr).toBe(130);
    expect(interrupted.stderr).toContain("interrupted: cancelling requests in flight; finished samples are saved");
    expect(interrupted.stdout).toContain("status interrupted");

    const store = await openRunStore(join(cwd, ".realitycheck", "results.db"));
    const [run] = await store.listRuns(1);
    expect(run!.status).toBe("interrupted");
    expect(run!.done).toBeGreaterThan(0);
    await store.close();

    const resumed = await runCli(["resume", "last"], { cwd, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("status completed");
  });
});
