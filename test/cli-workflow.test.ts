// The everyday path through the CLI against the simulator: plan, run two hosts side by side, runs, show, export,
// and a second identical run served from the cache (the demo has its own test: demo-expectations.test.ts).

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const QA = fixturePath("datasets", "qa.jsonl");
let simulator: SimulatorHandle;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { "spanish-wrong": { extends: "honest", languages: { es: { accuracy: 0 } } } } });
  cwd = tempDir();
  env = { SIMULATOR_BASE_URL: simulator.url };
});
afterAll(() => simulator.close());

const runArgs = ["dataset", "--file", QA, "--scorer", "includes", "--group-by", "lang", "--model", "simulator:honest@host-a", "--model", "simulator:spanish-wrong@host-b"];

describe("CLI workflow", () => {
  it("plans without sending or storing anything", async () => {
    simulator.resetStats();
    const result = await runMain(["plan", ...runArgs], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/simulator:honest@host-a \[simulated\]\s+\d+/);
    expect(result.stdout).toContain("estimated total: $0.0000");
    expect(simulator.stats().requests).toBe(0);
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });

  it("runs two hosts side by side, then lists, shows and exports the run", async () => {
    const run = await runMain(["run", ...runArgs], { cwd, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/results: .*results\.db \(run [\w-]+\)/);
    expect(run.stdout).toMatch(/^dataset {2,}honest@host-a {2,}spanish-wrong@host-b$/m);

    const runs = await runMain(["runs"], { cwd });
    // A run's line wraps at 120 columns, its continuation indented: read it whole.
    expect(runs.stdout.replace(/\n {4}/g, " ")).toMatch(/completed .* dataset × simulator:honest@host-a, simulator:spanish-wrong@host-b \[simulated\]/);

    const show = await runMain(["show", "last"], { cwd });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("note: [simulated] targets are the provider simulator");
    const full = await runMain(["show", "last", "--full"], { cwd });
    expect(full.stdout).toMatch(/^lang=es {2,}0\.000 \[[\d.]+, [\d.]+\] n=1 {2,}0\.000 \[[\d.]+, [\d.]+\] n=1$/m);

    const csv = await runMain(["export", "last", "--format", "csv", "--out", "samples.csv"], { cwd });
    expect(csv.code, csv.stderr).toBe(0);
    const lines = readFileSync(join(cwd, "samples.csv"), "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toContain("run_id,target,simulated,task,item_id,trial,status");
    expect(lines[0]).toContain("meta.lang");
    expect(lines[0]).toContain("score.includes");

    const jsonl = await runMain(["export", "last", "--format", "jsonl", "--prompts"], { cwd });
    const rows = jsonl.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(lines.length - 1);
    expect(rows.every((row) => row.simulated === true && typeof row.response === "string")).toBe(true);
    const prompt = JSON.parse(rows[0]!.prompt as string) as { role: string; content: string }[];
    expect(prompt.at(-1)).toMatchObject({ role: "user", content: rows[0]!.input });

    const json = await runMain(["export", "last", "--format", "json"], { cwd });
    const doc = JSON.parse(json.stdout) as { run: { status: string }; samples: unknown[] };
    expect(doc.run.status).toBe("completed");
    expect(doc.samples).toHaveLength(rows.length);
  });

  it("serves a second identical run from the cache with no request but the check before it, and asks again with --no-cache", async () => {
    simulator.resetStats();
    const again = await runMain(["run", ...runArgs], { cwd, env });
    expect(again.code, again.stderr).toBe(0);
    // Two requests: each target's check before the run; every answer comes from the cache.
    expect(simulator.stats().requests).toBe(2);
    simulator.resetStats();
    expect((await runMain(["run", ...runArgs, "--skip-preflight"], { cwd, env })).code).toBe(0);
    expect(simulator.stats().requests).toBe(0);
    expect(again.stdout).toMatch(/^samples {2,}(\d+)\/\1, \1 cached {2,}(\d+)\/\2, \2 cached$/m);

    const fresh = await runMain(["run", ...runArgs, "--no-cache"], { cwd, env });
    expect(fresh.code).toBe(0);
    expect(simulator.stats().requests).toBeGreaterThan(0);
  });

  it("runs a suite file of several tasks in one run", async () => {
    const dir = tempDir();
    const suite = join(dir, "suite.yaml");
    writeFileSync(suite, `name: two datasets\ntrials: 2\ntasks:\n  - { family: dataset, id: qa, file: ${QA}, scorer: includes }\n  - { family: dataset, id: mc, file: ${fixturePath("datasets", "mc.csv")}, scorer: choice }\n`);
    const result = await runMain(["run", suite, "--model", "simulator:honest"], { cwd: dir, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^qa {2,}honest$/m);
    expect(result.stdout).toMatch(/^mc {2,}honest$/m);
    expect(result.stdout).toContain("trials 2");
    const mixed = await runMain(["run", suite, "--file", QA, "--model", "simulator:honest"], { cwd: dir, env });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/--file: --file cannot be combined with a suite file/);
  });
});
