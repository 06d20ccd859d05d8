// `compare` through the CLI: two simulated deployments of one model on the same items, one of which answers
// Spanish questions wrongly, and two faithful ones: the first pair is called different models, the second is not.

import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const ARITHMETIC = join(import.meta.dirname, "..", "data", "demo", "arithmetic-en-es.jsonl");
let simulator: SimulatorHandle;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { "wrong-in-spanish": { extends: "honest", languages: { es: { accuracy: 0 } } } } });
  cwd = tempDir();
  env = { SIMULATOR_BASE_URL: simulator.url };
});
afterAll(() => simulator.close());

async function runPair(a: string, b: string): Promise<string> {
  const run = await runMain(["run", "dataset", "--file", ARITHMETIC, "--scorer", "numeric", "--model", a, "--model", b], { cwd, env });
  expect(run.code, run.stderr).toBe(0);
  return /run (\S+)\)/.exec(run.stdout)?.[1] ?? "";
}

describe("compare", () => {
  it("calls a host that fails Spanish questions a different model, with McNemar on the same items", async () => {
    const runId = await runPair("simulator:honest@host-a", "simulator:wrong-in-spanish@host-b");
    const result = await runMain(["compare", runId], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("A: simulator:honest@host-a [simulated]");
    expect(result.stdout).toContain("every difference reads A − B: positive when A is higher, in every row");
    expect(result.stdout).toMatch(/dataset: 80 paired samples/);
    expect(result.stdout).toMatch(/accuracy \(McNemar over items\)\s+100\.0%\s+50\.0%\s+\+50\.0 \[\+\d+\.\d, \+\d+\.\d\]\s+\d\.\de-\d+\s+differs/);
    expect(result.stdout).toMatch(/these two deployments behave like different models:\n  - dataset: accuracy 100\.0% vs 50\.0% on the same 80 items \(80 samples; adjusted p = \d\.\de-\d+\)/);
  });

  it("finds no difference between two faithful hosts, and says the sample size is the limit", async () => {
    await runPair("simulator:honest@host-c", "simulator:honest@host-d");
    const result = await runMain(["compare", "last"], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/same answer on 100\.0% \[\d+\.\d%, 100\.0%\] of 80 answered pairs/);
    expect(result.stdout).toContain("no difference detected at this sample size");
  });

  it("flags an emoji-heavy, exclaiming, padded deployment against a plain one of the same model", async () => {
    const runId = await runPair("simulator:honest@plain", "simulator:emoji-verbose@arena");
    const result = await runMain(["compare", runId], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/emoji_per_1k\s+0\.000\s+\d+\.\d\s+−\d+\.\d \[−\d+\.\d, −\d+\.\d\]\s+\S+\s+differs/);
    expect(result.stdout).toMatch(/these two deployments behave like different models:[\s\S]*dataset: style:emoji_per_1k 0\.000 vs \d/);
    expect(result.stdout).toMatch(/dataset: style:exclamations_per_1k/);
  });

  it("compares one target from each of two runs, and names the choices when a run has more", async () => {
    const first = await runPair("simulator:honest@host-e", "simulator:honest@host-f");
    const second = await runPair("simulator:wrong-in-spanish@host-g", "simulator:honest@host-h");
    const ambiguous = await runMain(["compare", first, second], { cwd, env });
    expect(ambiguous.code).not.toBe(0);
    expect(ambiguous.stderr.trim()).toMatch(/--a: run \S+ has targets simulator:honest@host-e, simulator:honest@host-f: say which with --a$/);
    const result = await runMain(["compare", first, second, "--a", "simulator:honest@host-e", "--b", "simulator:wrong-in-spanish@host-g"], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("behave like different models");
  });
});
