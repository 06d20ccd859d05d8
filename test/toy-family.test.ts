// A family is one folder: a toy family kept outside src/families (src/test-support/families/toy) is added by naming
// its folder in REALITYCHECK_FAMILIES, and the CLI's help, plan, run, show and report take it up with no other code.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const TOY = join(import.meta.dirname, "..", "src", "test-support", "families", "toy");
let simulator: SimulatorHandle;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  cwd = tempDir();
  env = { SIMULATOR_BASE_URL: simulator.url, REALITYCHECK_FAMILIES: TOY };
});
afterAll(async () => {
  // A command without the variable takes the toy family away again, for the files this worker runs next.
  await runMain(["run", "--help"], { cwd, env: {} });
  await simulator.close();
});

describe("a toy family in its own folder", () => {
  it("is unknown until its folder is named", async () => {
    const help = await runMain(["run", "--help"], { cwd, env: { SIMULATOR_BASE_URL: simulator.url } });
    expect(help.stdout).not.toContain("toy options:");
    const run = await runMain(["plan", "toy", "--model", "simulator:honest"], { cwd, env: { SIMULATOR_BASE_URL: simulator.url } });
    expect(run.stderr).toMatch(/unknown task family or suite "toy"/);
  });

  it("is listed in run --help with its summary, and run toy --help shows its flags with help from its schema", async () => {
    const help = await runMain(["run", "--help"], { cwd, env });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}toy +\S/m);
    const own = await runMain(["run", "toy", "--help"], { cwd, env });
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/\ntoy options:\n {2}--sums <value> +how many sums to ask \(default 3\)\n {2}--smallest <value> +the smallest number added \(default 10\)\n/);
  });

  it("plans, runs, shows and reports it", async () => {
    const args = ["toy", "--sums", "4", "--smallest", "20", "--model", "simulator:honest@toy", "--trials", "2"];
    const plan = await runMain(["plan", ...args], { cwd, env });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("plan: toy (4 items) × 2 trial(s)");

    const run = await runMain(["run", ...args], { cwd, env });
    expect(run.code, run.stderr).toBe(0);
    const show = await runMain(["show", "last"], { cwd, env });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/^toy {2,}honest@toy$/m);
    expect(show.stdout).toMatch(/sum_accuracy\s+1\.000 \[[\d.]+, 1\.000\] n=4×2/);

    const report = await runMain(["report", "last", "--out", "toy.html"], { cwd, env });
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(join(cwd, "toy.html"), "utf8")).toContain("Toy sums");
  });

  it("rejects a flag of another family, and a folder that holds no family", async () => {
    const other = await runMain(["plan", "toy", "--lengths", "1k", "--model", "simulator:honest"], { cwd, env });
    expect(other.stderr).toMatch(/--lengths is not an option of toy/);
    const empty = await runMain(["runs"], { cwd, env: { REALITYCHECK_FAMILIES: tempDir() } });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^realitycheck: REALITYCHECK_FAMILIES: .*: a family folder holds .*-family\.ts, which exports the family\n$/);
  });
});
