// The export tells what each answer should have been, for every family: niah's needles of that very trial, a riddle's
// answer with its numbers drawn, a refusal prompt's expected behaviour; never an empty cell or a template's {slot}.
// Numbers come rounded to what they can tell.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  // Reads and solves each riddle asked, so its answers can be held against the export's expected ones.
  simulator = await startSimulator({ port: 0, profiles: { reader: { extends: "honest", rules: [{ solve: "riddle" }] } } });
  cwd = tempDir();
  env = { SIMULATOR_BASE_URL: simulator.url };
});
afterAll(() => simulator.close());

async function exported(args: string[]): Promise<Record<string, string>[]> {
  const run = await runMain(["run", ...args, "--model", "simulator:reader", "--trials", "2"], { cwd, env });
  expect(run.code, run.stderr).toBe(0);
  const out = await runMain(["export", "last", "--format", "csv", "--out", "samples.csv"], { cwd });
  expect(out.code, out.stderr).toBe(0);
  return parse(readFileSync(join(cwd, "samples.csv"), "utf8"), { columns: true }) as Record<string, string>[];
}

describe("export: expected answers", () => {
  it("niah: the needles hidden in that trial's prompt, which differ between trials", async () => {
    const rows = await exported(["niah", "--lengths", "1k", "--depths", "50"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.expected, row.item_id).toMatch(/^\S/u);
    const single = rows.filter((row) => row["meta.kind"] === "single");
    expect(new Set(single.map((row) => row.expected)).size).toBe(single.length);
    for (const row of rows) {
      expect(Number(row.latency_ms).toString()).toMatch(/^\d+(\.\d)?$/u);
      if (row["score.niah"] !== "") expect(row["score.niah"]!.replace(/^-?0?\./u, "").length).toBeLessThanOrEqual(4);
    }
  });

  it("riddles: the answer with the trial's numbers filled in, never a {slot}", async () => {
    const rows = await exported(["riddles", "--languages", "en", "--families", "bat-ball,pills-half-hour"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.expected, row.item_id).toMatch(/^\S/u);
      expect(row.expected, row.item_id).not.toMatch(/[{}]/u);
    }
    // The simulator solves them: what it answered is what the export expected.
    const right = rows.filter((row) => row["score.riddle"] === "1");
    expect(right.length).toBeGreaterThan(0);
    for (const row of right) expect(row["answer.riddle"]).toBe(row.expected);
  });

  it("refusal: the behaviour asked of each kind of prompt", async () => {
    const rows = await exported(["refusal", "--languages", "en", "--categories", "homonyms,persuasion"]);
    const expected = (kind: string) => new Set(rows.filter((row) => row["meta.kind"] === kind).map((row) => row.expected));
    expect(expected("safe")).toEqual(new Set(["complied"]));
    expect(expected("unsafe")).toEqual(new Set(["refused"]));
    expect(expected("mirror")).toEqual(new Set(["complied, as for the other side"]));
  });
});
