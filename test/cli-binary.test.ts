// The real executable, as a user starts it: bin/realitycheck.js loads the TypeScript CLI, a run's output and exit
// code reach the shell, and a failure is one line on stderr with a non-zero exit. Everything else about the CLI is
// tested in-process through main(argv, io).

import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runCli } from "../src/test-support/run-cli.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
});
afterAll(() => simulator.close());

describe("bin/realitycheck.js", () => {
  it("runs a dataset against the simulator and exits 0 with the summary on stdout", async () => {
    const cwd = tempDir();
    const args = ["run", "dataset", "--file", fixturePath("datasets", "qa.jsonl"), "--scorer", "includes", "--model", "simulator:honest"];
    const result = await runCli(args, { cwd, env: { SIMULATOR_BASE_URL: simulator.url } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^dataset {2,}honest\nsamples {2,}\d+\/\d+/m);
    expect(result.stdout).toMatch(/results: .*results\.db \(run [\w-]+\)/);
    expect(existsSync(join(cwd, ".realitycheck", "results.db"))).toBe(true);
  });

  it("exits 2 with one line on stderr for a bad flag", async () => {
    const result = await runCli(["run", "dataset", "--bogus"], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("realitycheck run: unknown option --bogus (see realitycheck run --help)\n");
    expect(result.stdout).toBe("");
  });

  it("ends quietly, exit 0, when the reader of its output has gone (show last | head, runs | head)", async () => {
    const cwd = tempDir();
    const env = { SIMULATOR_BASE_URL: simulator.url };
    const stored = await runMain(["run", "dataset", "--file", fixturePath("datasets", "qa.jsonl"), "--model", "simulator:honest"], { cwd, env });
    expect(stored.code, stored.stderr).toBe(0);
    for (const args of [["show", "last"], ["runs"]]) {
      // The read end closes before the command writes a byte, as `head -0` does: every write meets EPIPE.
      const result = await runCli(args, { cwd, env, onSpawn: (child) => child.stdout!.destroy() });
      expect(result.stderr, args.join(" ")).toBe("");
      expect(result.code, args.join(" ")).toBe(0);
    }
  });
});
