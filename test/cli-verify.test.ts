// verify and article through the CLI (in-process, through main) against simulator hosts whose truth is known: a model
// that recalls only its last 5,000 prompt tokens behind a host that accepts 50,000, and an honest one.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
  // Wide enough that no plan line wraps: these tests read each line whole (cli-width.test.ts holds the widths).
  env = { SIMULATOR_BASE_URL: simulator.url, COLUMNS: "250" };
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
    expect(result.stdout).toMatch(/^parameters +- +not tested +17B active parameters\.$/m);
    expect(result.stdout).toMatch(/report .*\.html/);
    // A later `report` reads the verdicts stored with the run: nobody hands them over.
    const report = await runMain(["report", "last", "--format", "md", "--out", "later.md"], { cwd, env });
    expect(report.code, report.stderr).toBe(0);
    const writeup = readFileSync(join(cwd, "later.md"), "utf8");
    expect(writeup).toMatch(/\d+ claim verdict\(s\): .*contradicted/);
    expect(writeup).toContain("17B active parameters");
  });

  it("says in its plan when the sweep's cap is below what a length's sequential test can ever decide", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "claims.yaml"), CLAIMS.split("  - id: no-emoji")[0]!.replace(/  - id: window[^]*?(?=  - id: retrieval-16k)/u, ""));
    const result = await runMain(["verify", "--claims", "claims.yaml", "--model", "simulator:plain@b", "--max-trials", "2"], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    // 16k's five depths × 2 trials; ≥ 0.9 is tested as 0.9 against 0.967, which takes 42 successes in a row.
    expect(result.stdout).toContain("! adaptive sampling: niah: a cell gets at most 10 trials, too few for the sequential test ever to show one above its threshold (it needs 42); raise --trials");
    expect(verdictOf(result.stdout, "retrieval-16k", "plain@b")).toBe("inconclusive");
  });

  it("names the line of a malformed claim and writes nothing", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "bad.yaml"), CLAIMS.replace("kind: style", "kind: latency"));
    const result = await runMain(["verify", "--claims", "bad.yaml", "--model", "simulator:plain@b"], { cwd, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/bad\.yaml:14: claims\.2\.kind: unknown kind "latency"/);
    expect(result.stdout).toBe("");
  });

  it("with only a context-window claim, probes each host and decides the claim from the probe", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "window.yaml"), "subject: { model: plain }\nclaims:\n  - id: window\n    kind: context-window\n    statement: Reads prompts of 32K tokens.\n    threshold: 32k\n");
    const before = simulator.stats().requests;
    const result = await runMain(["verify", "--claims", "window.yaml", "--model", "simulator:plain@b"], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ {4}simulator:plain@b: claimed 32k, prompts up to 40k: up to \d+ calls, [\d,]+ prompt tokens \([\d,]+ if nothing is cut\): simulated, free$/m);
    expect(result.stdout).not.toContain("other families");
    expect(verdictOf(result.stdout, "window", "plain@b")).toBe("supported");
    expect(simulator.stats().requests).toBeGreaterThan(before);
  });

  it("refuses to spend anything when no target is the claims' subject", async () => {
    const result = await runMain(["verify", "--claims", "llama-4-scout", "--model", "simulator:plain@b"], { cwd: tempDir(), env });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/--model: no --model is the subject of these claims \(.*scout.*\); name a target serving it$/i);
    expect(result.stdout).toBe("");
  });
});

describe("article", () => {
  it("refuses claims that no target serves before sending or storing anything", async () => {
    const cwd = tempDir();
    const before = simulator.stats().requests;
    const result = await runMain(["article", "--claims", "demo-sim", "--scale", "quick", "--model", "simulator:plain@b"], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("realitycheck article: --model: no --model is the subject of these claims (llama-sim); name a target serving it\n");
    expect(result.stdout).toBe("");
    expect(simulator.stats().requests).toBe(before);
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });

  it("plans the battery and the context probe apart, the probe's ceiling 1.25x the claimed window unless --probe-ceiling", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "rc.yaml"), "pricing:\n  'simulator:*': { inputPerMillion: 5, outputPerMillion: 15 }\n");
    writeFileSync(join(cwd, "window.yaml"), "subject: { model: plain }\nclaims:\n  - id: window\n    kind: context-window\n    statement: Reads prompts of 32K tokens.\n    threshold: 32k\n");
    const plan = async (...extra: string[]) => {
      const result = await runMain(["plan", "article", "--scale", "quick", "--claims", "window.yaml", "--model", "simulator:plain@b", "--config", "rc.yaml", ...extra], { cwd, env });
      expect(result.code, result.stderr).toBe(0);
      const battery = Number(/^ {4}simulator:plain@b: \d+ requests, .*: at most \$(\d+\.\d\d)$/m.exec(result.stdout)?.[1]);
      const probe = /^ {4}simulator:plain@b: claimed 32k, prompts up to (\w+): up to \d+ calls, .*: at most \$(\d+\.\d\d)$/m.exec(result.stdout);
      const total = /^worst case: \$(\d+\.\d\d) \(battery \$(\d+\.\d\d) \+ context probe \$(\d+\.\d\d)\)/m.exec(result.stdout);
      expect(result.stdout).toMatch(/^ {2}battery:\n/m);
      expect(total?.[2]).toBe(battery.toFixed(2));
      expect(total?.[3]).toBe(probe?.[2]);
      return { ceiling: probe?.[1], probeUsd: Number(probe?.[2]), totalUsd: Number(total?.[1]), batteryUsd: battery };
    };
    const claimed = await plan();
    expect(claimed.ceiling).toBe("40k");
    expect(claimed.totalUsd).toBeCloseTo(claimed.batteryUsd + claimed.probeUsd, 2);
    const wider = await plan("--probe-ceiling", "128k");
    expect(wider.ceiling).toBe("128k");
    expect(wider.probeUsd).toBeGreaterThan(claimed.probeUsd);
    expect(wider.batteryUsd).toBe(claimed.batteryUsd);
  });

  it("shows the cost plan and refuses a run that could cost more than $1 without --yes", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "rc.yaml"), "pricing:\n  'simulator:*': { inputPerMillion: 5, outputPerMillion: 15 }\n");
    const result = await runMain(["run", "article", "--scale", "standard", "--model", "simulator:plain@b", "--config", "rc.yaml"], { cwd, env });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/^article \(standard\): niah \d+, niah-three-needles \d+, riddles/);
    expect(result.stderr.trim()).toMatch(/--yes: this battery could cost up to \$\d+\.\d\d; pass --yes to go ahead/);
  });
});
