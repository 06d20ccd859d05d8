// The long-context acceptance path through the CLI (in-process, through main) against simulated hosts whose truth is
// set here: a hard limit, a silent front cut, and a model whose recall fades beyond a span. Probes must land within 2%
// of each truth and name the side; niah must put the effective length within one grid step; show prints the heatmap.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const LIMIT = 50_000;
const KEPT = 20_000;
const SPAN = 5_000;

let simulator: SimulatorHandle;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  simulator = await startSimulator({
    port: 0,
    profiles: {
      "limit-50k": { extends: "honest", contextLimit: LIMIT, contextErrorStyle: "vllm" },
      "cut-front-20k": { extends: "honest", truncate: { keepTokens: KEPT, side: "front" } },
      "span-5k": { extends: "honest", recallSpanTokens: SPAN },
    },
  });
  cwd = tempDir();
  // Wide enough that no plan line wraps: these tests read each line whole (cli-width.test.ts holds the widths).
  env = { SIMULATOR_BASE_URL: simulator.url, COLUMNS: "250" };
});
afterAll(() => simulator.close());

/** The probe table's row for a target: [target, claimed, accepted, kept, effective, side, ratio, calls]. */
/** One target's column of the probe table (targets across), by row: claimed, accepted, kept whole, effective (niah), cuts. */
function probeColumn(stdout: string, label: string): Record<string, string> {
  const lines = stdout.split("\n");
  const header = lines.findIndex((l) => l.startsWith("context probes ") && new RegExp(`  ${label}( |$)`).test(l));
  if (header < 0) throw new Error(`no column for ${label} in:\n${stdout}`);
  const start = lines[header]!.indexOf(`  ${label}`) + 2;
  const end = /\S/.exec(lines[header]!.slice(start + label.length))?.index;
  const column: Record<string, string> = {};
  for (const line of lines.slice(header + 1, header + 8)) {
    const name = line.split(/\s{2,}/)[0]!;
    column[name] = line.slice(start, end === undefined ? undefined : start + label.length + end).trim();
  }
  return column;
}

function tokens(cell: string | undefined): number {
  return Number((cell ?? "").replace(/[,+]/g, ""));
}

function within(actual: number, truth: number, share: number): void {
  expect(Math.abs(actual - truth) / truth, `${actual} vs ${truth}`).toBeLessThanOrEqual(share);
}

describe("long context through the CLI", () => {
  it("run niah reports the effective length of a fading model within one grid step, and show draws the heatmap", async () => {
    const run = await runMain(["run", "niah", "--model", "simulator:span-5k@a", "--lengths", "1k..16k", "--depths", "0..100:25", "--trials", "8"], { cwd, env });
    expect(run.code, run.stderr).toBe(0);
    // The truth is 5,000 tokens; the grid's neighbours are 4k and 8k. With the five depths as a length's items, the fall
    // from 8k (three depths of five still found) to 16k is not decided, so the two are read as one block, below the bar.
    expect(run.stdout).toMatch(/^effective length {2,}4k$/m);
    expect(run.stdout).toMatch(/^effective \(relative\) {2,}4k$/m);
    expect(run.stdout).toContain("prompt sizing, span-5k@a: simulator, calibrated on 3 requests (host/local 1.0");

    const show = await runMain(["show", "last", "--full"], { cwd, env });
    // The heatmap's sentences, their lines (wrapped to the width) joined again.
    const prose = show.stdout.replace(/\n {6}/g, " ");
    expect(prose).toContain("effective context length: 4k (every length at or above 85%, RULER's reading; lengths that do not fall pooled)");
    expect(prose).toContain("relative to the model's own short-context score: 4k (85% of the 100% at 1k-4k score, its uncertainty carried)");
    expect(show.code, show.stderr).toBe(0);
    const heatmap = show.stdout.slice(show.stdout.indexOf("niah heatmap × simulator:span-5k@a [simulated]"));
    expect(heatmap).toMatch(/depth\s+1k\s+2k\s+4k\s+8k\s+16k/);
    expect(heatmap).toMatch(/\n\s+100%\s+100\s+100\s+100\s+100\s+100\n/);
    expect(heatmap).toMatch(/\n\s+0%\s+100\s+100\s+100\s+0\s+0\n/);
  });

  it("probe-context finds a hard limit and a silent front cut within 2%, naming the side, shows niah's effective length, and stores all", async () => {
    const models = ["simulator:limit-50k@a", "simulator:cut-front-20k@b", "simulator:span-5k@a"].flatMap((model) => ["--model", model]);
    const result = await runMain(["probe-context", ...models, "--max", "200k", "--claimed", "128k"], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^probe plan \(worst case; usually far less\):\n  simulator:limit-50k@a: up to \d+ calls, [\d,]+ prompt tokens .*prompts up to 200k: simulated, free\n/);

    const limit = probeColumn(result.stdout, "limit-50k@a");
    expect(limit.claimed).toBe("128,000");
    within(tokens(limit.accepted), LIMIT, 0.02);
    expect(tokens(limit.accepted)).toBeLessThanOrEqual(LIMIT);
    expect(limit["effective (niah)"]).toBe("-");
    expect(limit.cuts).toBe("none");

    const cut = probeColumn(result.stdout, "cut-front-20k@b");
    expect(cut.accepted).toMatch(/\+$/);
    within(tokens(cut["kept whole"]), KEPT, 0.02);
    expect(cut.cuts).toBe("front");
    // The niah run before this one measured the fading model: its effective length stands beside the probe's.
    expect(probeColumn(result.stdout, "span-5k@a")["effective (niah)"]).toBe("4,000");
    expect(result.stdout).toMatch(/simulator:cut-front-20k@b: .*start/);

    const store = await openRunStore(join(cwd, ".realitycheck", "results.db"));
    const stored = await store.listProbes(10);
    await store.close();
    expect(stored.map((probe) => probe.targetId).sort()).toEqual(["simulator:cut-front-20k@b", "simulator:limit-50k@a", "simulator:span-5k@a"]);
    expect(stored.find((probe) => probe.targetId === "simulator:span-5k@a")?.result).toMatchObject({ effectiveTokens: 4000 });
    expect(stored.every((probe) => probe.simulated)).toBe(true);
  });

  it("takes a target's claimed window from the config", async () => {
    writeFileSync(join(cwd, "rc.yaml"), "targets:\n  scout-sim:\n    model: simulator:limit-50k@cfg\n    contextWindow: 100000\n");
    const result = await runMain(["probe-context", "--model", "scout-sim", "--config", "rc.yaml"], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("prompts up to 125k: simulated, free");
    const row = probeColumn(result.stdout, "scout-sim");
    expect(row.claimed).toBe("100,000");
    within(tokens(row.accepted), LIMIT, 0.02);
  });

  it("runs on a haystack file of the user's own", async () => {
    const book = join(cwd, "book.txt");
    const paragraph = "The river ran past the mill and the old bridge. Farmers brought grain in autumn, and the miller kept careful books.";
    writeFileSync(book, Array.from({ length: 400 }, (_, i) => `${paragraph} Chapter ${i} went on.`).join("\n\n"));
    const run = await runMain(["run", "niah", "--model", "simulator:honest@book", "--haystack", book, "--lengths", "1k,8k", "--depths", "0,100"], { cwd, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\naccuracy@1k {2,}1\.000 \[[\d.]+, 1\.000\] n=2\naccuracy@8k {2,}1\.000 /);
  });
});
