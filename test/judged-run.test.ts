// Judges are part of the run: `plan` prices their verdicts and shows their share, `--max-cost` stops a run its judges
// would take past the cap, a resumed judged run pays no judge call twice (the simulator counts every request per
// model), and `show` lists every request by purpose. Runs in-process through main() (runMain), against a simulator
// this test starts.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const verdict = (score: number) => `{"scores": {"Coherence": ${score}, "Craft": ${score}, "Character": ${score}, "Originality": ${score}, "Instructions": ${score}}, "overall": ${score}}`;
let simulator: SimulatorHandle;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { fair: { rules: [{ match: "Grade the answer", reply: verdict(7) }] } } });
});
afterAll(() => simulator.close());

/** A working directory whose config prices the writer cheaply and the judges dearly. */
function workspace(): string {
  const cwd = tempDir();
  const price = (perMillion: number) => `{ inputPerMillion: ${perMillion}, outputPerMillion: ${perMillion} }`;
  writeFileSync(join(cwd, "realitycheck.config.yaml"), `pricing:\n  "simulator:honest@w": ${price(0.1)}\n  "simulator:fair@j1": ${price(2)}\n  "simulator:fair@j2": ${price(2)}\n`);
  return cwd;
}

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runMain(argv, { cwd, env: { SIMULATOR_BASE_URL: simulator.url } });
  return { code, out: stdout, err: stderr };
}

// Six prompts, one trial each: six different answers to grade (the same answer to the same question would be graded
// once, since a judge at temperature 0 is deterministic and its verdicts are reused).
const PROMPTS = "paradox-en,paradox-es,lighthouse-en,noir-en,fable-es,letter-fr";
const writing = ["writing", "--prompt-ids", PROMPTS, "--model", "simulator:honest@w", "--judge", "simulator:fair@j1", "--judge", "simulator:fair@j2", "--concurrency", "1"];
/** The check before a run (and before a resume) asks each target and each judge once. */
const PING = 1;

describe("a judged run", () => {
  it("plan prices every judge's verdicts and shows their share", async () => {
    const cwd = workspace();
    simulator.resetStats();
    const plan = await cli(cwd, "plan", ...writing);
    expect(plan.code, plan.err).toBe(0);
    // Six answers, each graded by two judges: twelve judge requests of eighteen.
    expect(plan.out).toMatch(/^simulator:honest@w \[simulated\]\s+6\s/m);
    expect(plan.out).toMatch(/^judge simulator:fair@j1 \[simulated\]\s+6\s/m);
    expect(plan.out).toMatch(/^ {2}for rubric:simulator:fair@j1$/m);
    expect(plan.out).toMatch(/^judge share: 67% of the requests, \d+% of the tokens, \$\d+\.\d{4} \(9\d%\) of the estimated cost$/m);
    expect(simulator.stats().requests).toBe(0);
  });

  it("stops at --max-cost when the judges would pass it, though the answers alone fit", async () => {
    const cwd = workspace();
    simulator.resetStats();
    const run = await cli(cwd, "run", ...writing, "--max-cost", "0.005");
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/budget reached: cost [\d.]+ of 0\.0050; stopping/);
    expect(run.out).toMatch(/status budget_exhausted/);
    const requests = requestRows(run.out);
    const spent = requests.reduce((sum, row) => sum + row.cost, 0);
    expect(spent).toBeLessThanOrEqual(0.005);
    expect(requests.find((row) => row.purpose === "sample")!.cost).toBeLessThan(0.001);
    expect(requests.filter((row) => row.purpose === "judge").reduce((sum, row) => sum + row.sent, 0)).toBeGreaterThan(0);
    expect(simulator.stats().byModel["fair@j2"]! - PING).toBeLessThan(6);
  });

  for (const cache of [true, false]) {
    it(`resumed, pays no judge call twice (${cache ? "answers from the cache" : "--no-cache: from the run's own records"})`, async () => {
      const cwd = workspace();
      simulator.resetStats();
      // Stops with the fourth answer's first verdict paid and its second refused: that sample is not stored.
      const stopped = await cli(cwd, "run", ...writing, "--max-requests", "11", ...(cache ? [] : ["--no-cache"]));
      expect(stopped.code).toBe(1);
      expect(stopped.out).toMatch(/^samples +3\/6/m);
      const resumed = await cli(cwd, "resume", "last", "--max-requests", "100");
      expect(resumed.code, resumed.err).toBe(0);
      expect(resumed.out).toMatch(/^samples +6\/6/m);

      const byModel = simulator.stats().byModel;
      expect(byModel["fair@j1"]! - 2 * PING).toBe(6);
      expect(byModel["fair@j2"]! - 2 * PING).toBe(6);
      // The stopped sample's answer is asked again only without the cache; its first verdict is never paid again.
      expect(byModel["honest@w"]! - 2 * PING).toBe(cache ? 6 : 7);
      const judge1 = requestRows(resumed.out).find((row) => row.purpose === "judge" && row.target === "simulator:fair@j1")!;
      expect(judge1).toMatchObject({ sent: 6, cached: 1, failed: 0 });
    });
  }
});

interface RequestRow {
  purpose: string;
  target: string;
  sent: number;
  cached: number;
  failed: number;
  cost: number;
}

/** The request table `show` (and every run's summary) ends with. */
function requestRows(out: string): RequestRow[] {
  const rows: RequestRow[] = [];
  for (const match of out.matchAll(/^(sample|judge|calibrate|probe)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s+\$([\d.]+)$/gm)) {
    rows.push({ purpose: match[1]!, target: match[2]!, sent: Number(match[3]), cached: Number(match[4]), failed: Number(match[5]), cost: Number(match[6]) });
  }
  return rows;
}
