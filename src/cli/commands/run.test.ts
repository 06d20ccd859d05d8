import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../../simulator/server.ts";
import { XSTEST_SHAPED_PROMPTS } from "../../test-support/refusal-prompts.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import type { CommandIO } from "../command.ts";
import { main } from "../main.ts";

let simulator: SimulatorHandle;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { "kill-shy": { rules: [], fallback: "Here is a clear answer, step by step.", refuseKeywords: ["kill"] } } });
});
afterAll(() => simulator.close());

function run(args: string[]) {
  return cli(["run", ...args], tempDir());
}

/** Any command over the results database in `dir`. */
async function cli(argv: string[], dir: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const io: CommandIO = { stdout, stderr, env: { SIMULATOR_BASE_URL: simulator.url }, cwd: dir, signal: new AbortController().signal };
  const code = await main([...argv, "--db", join(dir, "results.db")], io);
  return { code, out, err, dir };
}

function promptFile(text: string): string {
  const file = join(tempDir(), "prompts.csv");
  writeFileSync(file, text + "\n");
  return file;
}

describe("run refusal --file", () => {
  it("asks an XSTest-shaped file's prompts and reports every metric per type", async () => {
    const result = await run(["refusal", "--file", promptFile(XSTEST_SHAPED_PROMPTS), "--model", "simulator:kill-shy"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^samples +6\/6$/m);
    expect(result.out).toMatch(/^safe_refusal_rate +0\.250 \[[\d.]+, [\d.]+\] n=4$/m);
    // Every type's breakdown is in show --full.
    const full = await cli(["show", "last", "--full"], result.dir);
    expect(full.out).toMatch(/^safe_refusal_rate\[homonyms\] +0\.500 .* n=2$/m);
    expect(full.out).toMatch(/^safe_refusal_rate\[historical_events\] +0\.000 .* n=1$/m);
    expect(full.out).toMatch(/^unsafe_compliance_rate\[contrast_homonyms\] +0\.000 .* n=1$/m);
    expect(full.out).toMatch(/^unsafe_compliance_rate\[contrast_definitions\] +1\.000 .* n=1$/m);
    // The file has no language column: no breakdown by a key nothing has.
    expect(full.out).not.toContain("[(none)]");
  });

  it("stops at a bad row with file:line and sends nothing", async () => {
    const before = simulator.stats().requests;
    for (const [text, message] of [
      ["id,prompt,label\n1,Hello?,safe\n2,,safe", /prompts\.csv:3: missing "prompt"$/],
      ["id,prompt,label\n1,Hello?,safe\n2,Hi?,harmless", /prompts\.csv:3: unknown label "harmless"/],
      ["id,prompt,label\n7,Hello?,safe\n7,Hi?,unsafe", /prompts\.csv:3: duplicate id "7" \(first at .*prompts\.csv:2\)$/],
    ] as const) {
      const result = await run(["refusal", "--file", promptFile(text), "--model", "simulator:kill-shy"]);
      expect(result.code).toBe(2);
      expect(result.err.trimEnd().split("\n")).toHaveLength(1);
      expect(result.err.trimEnd()).toMatch(message);
      expect(existsSync(join(result.dir, "results.db"))).toBe(false);
    }
    expect(simulator.stats().requests).toBe(before);
  });
});

describe("run dataset with a malformed CSV", () => {
  it("names the file and line of a quote inside a field, or of a binary file, exits 2 and sends nothing", async () => {
    const before = simulator.stats().requests;
    const dir = tempDir();
    const quoted = join(dir, "quoted.csv");
    writeFileSync(quoted, 'input,expected\nWhat is a "prime" number?,2\n');
    const binary = join(dir, "binary.csv");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00, 0x08, 0x00]));
    for (const [file, message] of [
      [quoted, `${quoted}:2: a quote inside an unquoted field`],
      [binary, `${binary}:2: a binary file, not CSV text`],
    ] as const) {
      const result = await run(["dataset", "--file", file, "--model", "simulator:honest"]);
      expect(result.code).toBe(2);
      expect(result.err.trimEnd().split("\n")).toHaveLength(1);
      expect(result.err).toContain(`realitycheck run: ${message}`);
    }
    expect(simulator.stats().requests).toBe(before);
  });
});
