// verify and article through the CLI (in-process, through main) against simulator hosts whose truth is known: a model
// that recalls only its last 5,000 prompt tokens behind a host that accepts 50,000, and an honest one.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
let env: Record<string, string>;

beforeAll(async () => {
  simulator = await startSimulator({
    port: 0,
    profiles: {
      "span-5k": { extends: "honest", recallSpanTokens: 5000, contextLimit: 50_000 },
      plain: { extends: "honest", contextLimit: 50_000 },
    },
  });
  env = { SIMULATOR_BASE_URL: simulator.url };
});
afterAll(() => simulator.close());

const CLAIMS = `name: sim-check
subject: { model: simulator }
claims:
  - id: window
    kind: context-window
    statement: Reads prompts of 32K tokens.
    threshold: 32k
  - id: retrieval-16k
    kind: retrieval-accuracy
    statement: Finds a planted sentence at 16K at least 90% of the time.
    length: 16k
    threshold: 0.9
  - id: no-emoji
    kind: style
    statement: No emoji.
    metric: emoji_per_1k
    comparison: "<="
    threshold: 0
  - id: parameters
    kind: untestable
    statement: 17B active parameters.
`;

function verdictOf(stdout: string, claim: string, target: string): string | undefined {
  const line = stdout.split("\n").find((l) => l.startsWith(`${claim} `) && l.includes(target));
  return line?.match(/\b(supported|contradicted|inconclusive|not tested)\b/)?.[1];
}

describe("verify", () => {
  it("runs what the claims need and gives each the verdict the known truth implies", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "claims.yaml"), CLAIMS);
    const models = ["simulator:span-5k@a", "simulator:plain@b"].flatMap((m) => ["--model", m]);
    const result = await runMain(["verify", "--claims", "claims.yaml", ...models], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(verdictOf(result.stdout, "window", "span-5k@a")).toBe("contradicted");
    expect(verdictOf(result.stdout, "window", "plain@b")).toBe("supported");
    expect(verdictOf(result.stdout, "retrieval-16k", "span-5k@a")).toBe("contradicted");
    expect(verdictOf(result.stdout, "retrieval-16k", "plain@b")).toBe("supported");
    // Answers without emoji never show there will be none (no interval from values that never vary).
    expect(verdictOf(result.stdout, "no-emoji", "plain@b")).toBe("inconclusive");
    expect(result.stdout).toMatch(/parameters +- +17B active parameters\. +- +not tested/);
    expect(result.stdout).toMatch(/report .*\.html/);
  });

  it("names the line of a malformed claim and writes nothing", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "bad.yaml"), CLAIMS.replace("kind: style", "kind: latency"));
    const result = await runMain(["verify", "--claims", "bad.yaml", "--model", "simulator:plain@b"], { cwd, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/bad\.yaml:14: claims\.2\.kind: unknown kind "latency"/);
    expect(result.stdout).toBe("");
  });

  it("refuses to spend anything when no target is the claims' subject", async () => {
    const result = await runMain(["verify", "--claims", "llama-4-scout", "--model", "simulator:plain@b"], { cwd: tempDir(), env });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/--model: no --model is the subject of these claims \(.*scout.*\); name a target serving it$/i);
    expect(result.stdout).toBe("");
  });
});

describe("article", () => {
  it("shows the cost plan and refuses a run that could cost more than $1 without --yes", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "rc.yaml"), "pricing:\n  'simulator:*': { inputPerMillion: 5, outputPerMillion: 15 }\n");
    const result = await runMain(["run", "article", "--scale", "standard", "--model", "simulator:plain@b", "--config", "rc.yaml"], { cwd, env });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/^article \(standard\): niah \d+, niah-three-needles \d+, riddles/);
    expect(result.stderr.trim()).toMatch(/--yes: this battery could cost up to \$\d+\.\d\d; pass --yes to go ahead/);
  });
});
