// A planted API key is used for real requests and must appear nowhere we write: store (and its WAL), exports,
// report, stdout or stderr, including when the host answers with errors.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const PLANTED = "sk-planted-0123456789abcdefghijklmnopqrstuv";
const QA = fixturePath("datasets", "qa.jsonl");
let simulator: SimulatorHandle;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: { flaky: { extends: "honest", serverErrorRate: 0.3, rateLimitRate: 0.2 } } });
});
afterAll(() => simulator.close());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("API keys", () => {
  it("are used but never written to the store, logs, exports or reports", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "realitycheck.config.yaml"), `providers:\n  planted:\n    baseURL: ${simulator.url}\n    apiKeyEnv: PLANTED_KEY\n`);
    const env = { PLANTED_KEY: PLANTED, SIMULATOR_BASE_URL: simulator.url };
    const outputs: string[] = [];
    for (const args of [
      ["run", "dataset", "--file", QA, "--model", "planted:flaky", "--model", "planted:context-8k", "--max-attempts", "2"],
      ["plan", "dataset", "--file", QA, "--model", "planted:flaky"],
      ["show", "last"],
      ["export", "last", "--format", "json", "--out", "out.json"],
      ["export", "last", "--format", "csv", "--out", "out.csv"],
      ["export", "last", "--format", "jsonl"],
      ["run", "dataset", "--file", QA, "--model", "planted:no-such-model"],
    ]) {
      const result = await runMain(args, { cwd, env });
      outputs.push(result.stdout, result.stderr);
    }
    // The runs really reached the host and some attempts failed there (errors are where keys like to leak).
    expect(outputs.join("\n")).toMatch(/server_error|rate_limited|retries [1-9]/);
    const files = filesUnder(cwd);
    expect(files.some((file) => file.endsWith("results.db"))).toBe(true);
    for (const file of files) expect(readFileSync(file).includes(PLANTED), file).toBe(false);
    for (const output of outputs) expect(output).not.toContain(PLANTED);
  });
});
