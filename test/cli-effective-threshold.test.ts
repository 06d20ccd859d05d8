// niah's --effective-threshold and --effective-share through the CLI (in-process, through main) against a simulated
// host that finds 75% of needles at every length: the bar a run is given is stored with its task, so the run, `show`
// and the report read the effective length against the same bar, and a lower bar reads a length at least as long.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { loadRunMetrics } from "../src/runner/run-metrics.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { "flat-75": { extends: "honest", accuracy: 0.75 } } });
  cwd = tempDir();
  env = { SIMULATOR_BASE_URL: simulator.url };
});
afterAll(() => simulator.close());

const GRID = ["run", "niah", "--model", "simulator:flat-75@a", "--lengths", "1k..16k", "--depths", "0..100:25", "--trials", "8", "--seed", "7"];

/** The effective_context_length metric the run stored (its reducer's reading against the task's bar). */
async function storedEffective(runId: string): Promise<number | null | undefined> {
  const store = await openRunStore(join(cwd, ".realitycheck", "results.db"), { readOnly: true });
  try {
    const { metrics } = await loadRunMetrics(store, runId, cwd);
    return metrics.tasks[0]?.metrics.find((metric) => metric.name === "effective_context_length")?.value as number | null | undefined;
  } finally {
    await store.close();
  }
}

function runIdOf(stdout: string): string {
  const id = /run (\S+)/.exec(stdout)?.[1];
  if (!id) throw new Error(`no run id in:\n${stdout}`);
  return id;
}

describe("--effective-threshold", () => {
  it("reads a flat 75% model against the bar it is given, in the run, its stored metrics, show and the report", async () => {
    const strict = await runMain(GRID, { cwd, env });
    expect(strict.code, strict.stderr).toBe(0);
    expect(strict.stdout).toContain("every length at or above 85%, RULER's reading");
    const strictId = runIdOf(strict.stdout);

    const lenient = await runMain([...GRID, "--effective-threshold", "0.6", "--effective-share", "0.7"], { cwd, env });
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stdout).toContain("every length at or above 60%, RULER's reading");
    expect(lenient.stdout).toContain("at or above 70% of its short-context score");
    const lenientId = runIdOf(lenient.stdout);

    // The same samples (same seed): 75% is decidedly below 0.85 and above 0.6 over the pooled lengths.
    const strictLength = await storedEffective(strictId);
    const lenientLength = await storedEffective(lenientId);
    expect(strictLength).toBe(0);
    expect(lenientLength).toBe(16_000);

    const show = await runMain(["show", lenientId], { cwd, env });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/effective length +at least 16k/);
    expect(show.stdout).toContain("every length at or above 60%, RULER's reading");
    const full = await runMain(["show", lenientId, "--full"], { cwd, env });
    expect(full.stdout).toContain("effective context length: at least 16k (every length at or above 60%, RULER's reading");
    expect(full.stdout).toContain("(70% of the ");
    const showStrict = await runMain(["show", strictId], { cwd, env });
    expect(showStrict.stdout).toContain("every length at or above 85%, RULER's reading");

    const report = await runMain(["report", lenientId, "--out", "lenient.html"], { cwd, env });
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(join(cwd, "lenient.html"), "utf8")).toContain("every length at or above 60%");
  });

  it("refuses a bar outside (0, 1) in one line, before anything is sent", async () => {
    for (const bad of ["1.2", "0", "high"]) {
      const result = await runMain([...GRID, "--effective-threshold", bad], { cwd, env });
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain("--effective-threshold");
      expect(result.stdout).not.toContain("effective context length");
    }
    const share = await runMain([...GRID, "--effective-share", "1"], { cwd, env });
    expect(share.code).not.toBe(0);
    expect(share.stderr).toContain("--effective-share");
  });

  it("is listed in run niah --help with its default", async () => {
    const help = await runMain(["run", "niah", "--help"], { cwd, env });
    expect(help.stdout).toMatch(/^ {2}--effective-threshold <value> +the effective context length's absolute bar .*\(default 0\.85\)$/m);
    expect(help.stdout).toMatch(/^ {2}--effective-share <value> +the effective context length's relative bar: .*\(default 0\.85\)$/m);
  });
});
