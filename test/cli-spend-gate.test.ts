// The spend gate in front of every command that sends: an absurd --trials is refused, a large plan is shown and needs
// --yes before any request, a budget cap lets a run through, and a resume's remainder passes the same gate.

import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
});
afterAll(() => simulator.close());

/** A dataset of `count` sums, and a config that prices the simulator like an expensive model. */
function workspace(count: number): { cwd: string; file: string; env: Record<string, string> } {
  const cwd = tempDir();
  const file = join(cwd, "items.jsonl");
  writeFileSync(file, Array.from({ length: count }, (_, i) => JSON.stringify({ id: `q${i}`, input: `What is ${i} plus 2?`, expected: String(i + 2) })).join("\n") + "\n");
  writeFileSync(join(cwd, "rc.yaml"), "pricing:\n  'simulator:*': { inputPerMillion: 100, outputPerMillion: 1000 }\n");
  return { cwd, file, env: { SIMULATOR_BASE_URL: simulator.url } };
}

describe("run's spend gate", () => {
  it("refuses --trials 1e9 in one line, before any request and without a results file", async () => {
    const { cwd, file, env } = workspace(20);
    const before = simulator.stats().requests;
    const result = await runMain(["run", "dataset", "--file", file, "--trials", "1e9", "--model", "simulator:honest"], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("realitycheck run: --trials: 1e9 trials per item is more than the 10,000 allowed; ask fewer (adaptive sampling stops decided cells early)\n");
    expect(simulator.stats().requests).toBe(before);
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });

  it("shows the plan of a run above 100,000 requests and sends nothing without --yes", async () => {
    const { cwd, file, env } = workspace(20);
    const before = simulator.stats().requests;
    const result = await runMain(["run", "dataset", "--file", file, "--trials", "10000", "--model", "simulator:honest"], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^plan: dataset \(20 items\) × 10000 trial\(s\)\n/);
    expect(result.stdout).toMatch(/simulator:honest \[simulated\] +200000 /);
    expect(result.stderr).toBe("realitycheck run: --yes: this run could send up to 200,000 requests; pass --yes to go ahead, or lower --trials, or cap it with --max-requests or --max-cost\n");
    expect(simulator.stats().requests).toBe(before);
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });

  it("needs --yes above $1, lets a capped run through, and gates what a resume has left", async () => {
    const { cwd, file, env } = workspace(20);
    const args = ["run", "dataset", "--file", file, "--trials", "10", "--model", "simulator:honest", "--config", "rc.yaml"];
    const before = simulator.stats().requests;
    const refused = await runMain(args, { cwd, env });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("plan: dataset (20 items) × 10 trial(s)");
    expect(refused.stderr).toMatch(/^realitycheck run: --yes: this run could cost up to \$\d+\.\d\d; pass --yes/);
    expect(simulator.stats().requests).toBe(before);

    // $0.26 at most per answer's token cap: a 50-cent cap stops the run after a few, and needs no --yes.
    const capped = await runMain([...args, "--max-cost", "0.5"], { cwd, env });
    expect(capped.stdout).toContain("status budget_exhausted");
    expect(simulator.stats().requests).toBeGreaterThan(before);

    const resumeRefused = await runMain(["resume", "last", "--max-cost", "100", "--config", "rc.yaml"], { cwd, env });
    expect(resumeRefused.code).toBe(2);
    expect(resumeRefused.stdout).toMatch(/^still to ask in run [\w-]+:\n/);
    expect(resumeRefused.stderr).toMatch(/--yes: finishing run [\w-]+ could cost up to \$\d+\.\d\d; pass --yes to go ahead, or cap it with --max-requests or --max-cost\n$/);

    const resumed = await runMain(["resume", "last", "--max-cost", "100", "--config", "rc.yaml", "--yes"], { cwd, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("status completed");
  });
});
