// Benchmarks through the CLI (in process, through main): fetched from a local fake Hub that serves Parquet, CSV,
// TSV and JSON Lines files the tests write, cached, checked and recorded with the run; asked of simulated hosts that
// know the fixtures' answers; held against a benchmark claim; compared subject by subject; planned from metadata.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { benchmarkFixtures, FIXTURE_GPQA_TOKEN } from "../src/test-support/benchmark-fixtures.ts";
import { fakeCommit, type FakeHub, startFakeHub } from "../src/test-support/fake-hub.ts";
import { type MainResult, runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const fixtures = benchmarkFixtures();
let hub: FakeHub;
let simulator: SimulatorHandle;
let env: Record<string, string>;

beforeAll(async () => {
  hub = await startFakeHub(fixtures.repos);
  simulator = await startSimulator({
    profiles: {
      "bench-honest": { answerKey: fixtures.answerKey, accuracy: 0.95 },
      "bench-broken": { answerKey: fixtures.answerKey, accuracy: 0.95, subjectPenalty: { law: 0.9, math: 0.9 } },
    },
  });
  env = { HF_ENDPOINT: hub.url, HF_TOKEN: FIXTURE_GPQA_TOKEN, SIMULATOR_BASE_URL: simulator.url };
});
afterAll(async () => {
  await hub.close();
  await simulator.close();
});

function cli(argv: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<MainResult> {
  return runMain(argv, { cwd, env: { ...env, ...extraEnv } });
}

const HONEST = "simulator:bench-honest@llama-sim";
const BROKEN = "simulator:bench-broken@llama-sim";

describe("run benchmark", () => {
  it("downloads once, records the commit and sha256 with the run, and the second run asks the Hub nothing", async () => {
    const cwd = tempDir();
    const first = await cli(["run", "benchmark", "--benchmark", "mmlu-pro", "--model", HONEST], cwd);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`data of mmlu-pro: TIGER-Lab/MMLU-Pro at commit ${fakeCommit("mmlu-pro")}: data/test-00000-of-00001\\.parquet sha256:[0-9a-f]{64}`, "u"));
    expect(first.stdout).toMatch(/macro_accuracy +0\.9\d* \[0\.\d+, [01]\.?\d*\] n=100/u);
    expect((await cli(["show", "last", "--full"], cwd)).stdout).toMatch(/^subject=law +/mu);
    const report = join(cwd, "run.md");
    expect((await cli(["report", "last", "--format", "md", "--out", report], cwd)).code).toBe(0);
    expect(readFileSync(report, "utf8")).toMatch(/dataset=TIGER-Lab\/MMLU-Pro, licence=MIT, revision=main, commit=[0-9a-f]{40}, files=data\/test-00000-of-00001\.parquet sha256:[0-9a-f]{64}, source=hub/u);

    const asked = hub.requests.length;
    const second = await cli(["run", "benchmark", "--benchmark", "mmlu-pro", "--limit", "20", "--model", HONEST], cwd);
    expect(second.code, second.stderr).toBe(0);
    expect(hub.requests.length).toBe(asked);
    expect(second.stdout).toMatch(/^samples {2,}20\/20/m);
  });

  it("works offline from a data folder laid out as OWNER/NAME/PATH", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "HuggingFaceH4", "MATH-500"), { recursive: true });
    writeFileSync(join(dir, "HuggingFaceH4", "MATH-500", "test.jsonl"), fixtures.repos["HuggingFaceH4/MATH-500"]!.files["test.jsonl"]!);
    const cwd = tempDir();
    const asked = hub.requests.length;
    const result = await cli(["run", "benchmark", "--benchmark", "math-500", "--data-dir", dir, "--model", HONEST], cwd, { HF_HUB_OFFLINE: "1" });
    expect(result.code, result.stderr).toBe(0);
    expect(hub.requests.length).toBe(asked);
    expect(result.stdout).toMatch(/data of math-500: HuggingFaceH4\/MATH-500 at commit unknown \(data folder without download records\): test\.jsonl sha256:[0-9a-f]{64}/u);
    expect(result.stdout).toMatch(/^unscored +0\.083 \[\d\.\d+, \d\.\d+\] n=12$/mu);
  });

  it("stops with one clear line before any model request: bad token, missing file, corrupt Parquet, changed checksum, offline", async () => {
    const broken = await startFakeHub({
      "TIGER-Lab/MMLU-Pro": { commit: fakeCommit("corrupt"), files: { "data/test-00000-of-00001.parquet": new TextEncoder().encode("PAR1 this is not parquet PAR1") } },
      "HuggingFaceH4/MATH-500": { commit: fakeCommit("empty"), files: {} },
      "juletxara/mgsm": { ...fixtures.repos["juletxara/mgsm"]!, statedDigests: { "mgsm_en.tsv": fakeCommit("other bytes") } },
    });
    const before = simulator.stats().requests;
    const cases: [string[], Record<string, string>, RegExp][] = [
      [["--benchmark", "gpqa-diamond"], { HF_TOKEN: "hf_wrong" }, /^realitycheck run: Idavidrein\/gpqa is gated and the Hub refused access \(403\): accept its terms at .*, and check that HF_TOKEN belongs to that account$/u],
      [["--benchmark", "math-500"], { HF_ENDPOINT: broken.url }, /^realitycheck run: HuggingFaceH4\/MATH-500: the Hub has no test\.jsonl \(404 at .*\)$/u],
      [["--benchmark", "mmlu-pro"], { HF_ENDPOINT: broken.url }, /^realitycheck run: TIGER-Lab\/MMLU-Pro@[0-9a-f]{7}:data\/test-00000-of-00001\.parquet is not a readable Parquet file \(.+\); delete it from the cache to download it again$/u],
      [["--benchmark", "mgsm"], { HF_ENDPOINT: broken.url }, /^realitycheck run: juletxara\/mgsm@[0-9a-f]{7}: the downloaded mgsm_en\.tsv does not match the Hub's checksum \(got sha256 [0-9a-f]{12}, the Hub states [0-9a-f]{12}\); nothing was kept, try again$/u],
      [["--benchmark", "mmlu-pro"], { HF_HUB_OFFLINE: "1" }, /^realitycheck run: TIGER-Lab\/MMLU-Pro@main is not in the cache \(.*\) and cannot be downloaded: HF_HUB_OFFLINE is set; run once with network access, or point --data-dir at a copy$/u],
    ];
    try {
      for (const [flags, extra, line] of cases) {
        const cwd = tempDir();
        const result = await cli(["run", "benchmark", ...flags, "--model", HONEST], cwd, extra);
        expect(result.code, flags.join(" ")).not.toBe(0);
        expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(result.stderr.trimEnd()).toMatch(line);
        expect(result.stdout).toBe("");
      }
    } finally {
      await broken.close();
    }
    expect(simulator.stats().requests).toBe(before);
  });
});

describe("verify and compare on benchmark claims", () => {
  it("supports the claim for the honest host, contradicts it for the broken one, and compare names the subjects that differ", async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, "claims.yaml"),
      `name: sim-benchmarks
simulated: true
subject: { model: llama-sim }
claims:
  - id: sim-mmlu-pro
    kind: benchmark
    statement: Scores 80 on MMLU Pro, 0-shot, macro average.
    benchmark: mmlu-pro
    metric: macro_avg/acc
    score: 80
    tolerance: 2
    protocol: { shots: 0, cot: true, temperature: 0 }
  - id: sim-gpqa
    kind: benchmark
    statement: Scores 60 on GPQA Diamond.
    benchmark: gpqa-diamond
    score: 60
  - id: sim-code
    kind: untestable
    statement: Scores 40 on LiveCodeBench.
    reason: it needs a code sandbox
`,
    );
    // Without HF_TOKEN the gated set cannot be had: its claim stays untested, the others still run.
    const result = await cli(["verify", "--claims", "claims.yaml", "--model", HONEST, "--model", BROKEN], cwd, { HF_TOKEN: "" });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ {2}gpqa-diamond: not run, its claims stay untested: Idavidrein\/gpqa is gated and the Hub refused access \(401\)/mu);
    expect(result.stdout).toMatch(/^sim-gpqa +simulator:bench-honest@llama-sim\* +not tested +- vs ≥ [\d.]+ \([\d.]+ − [\d.]+\)\n {4}no gpqa-diamond run for this target$/mu);
    expect(result.stdout).toMatch(/^ {2}benchmarks \( 1 trials\): mmlu-pro 100 items$/mu);
    const row = (target: string) => result.stdout.split("\n").find((line) => line.startsWith("sim-mmlu-pro ") && line.includes(target)) ?? "";
    expect(row("bench-honest")).toMatch(/ +supported +9\d\.\d \[\d+\.\d, \d+\.\d\] n=100 vs ≥ 78 \(80 − 2\)$/u);
    expect(row("bench-broken")).toMatch(/ +contradicted +[45]\d\.\d \[\d+\.\d, \d+\.\d\] n=100 vs ≥ 78 \(80 − 2\)$/u);
    expect(result.stdout).toMatch(/^sim-code +- +not tested +Scores 40 on LiveCodeBench\.$/mu);
    expect(result.stdout).toContain("\n    not tested here: it needs a code sandbox");

    const runId = /run (\S+): report/u.exec(result.stdout)?.[1] ?? "";
    const compared = await cli(["compare", runId], cwd);
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stdout).toMatch(/accuracy by subject +A +B +A − B +adjusted p \(Holm over groups\)/u);
    expect(compared.stdout).toMatch(/^ {2}law +9\d\.\d% +\d+\.\d% +\+\d+\.\d +\S+ +differs$/mu);
    expect(compared.stdout).toMatch(/^ {2}history +\d+\.\d% +\d+\.\d% +[+−]\d+\.\d +\S+$/mu);
    // Each difference is one item of a list, wrapped to the width: read it whole.
    const differences = compared.stdout.replace(/\n {4}/gu, " ");
    expect(differences).toMatch(/- mmlu-pro: accuracy differs by subject on law 9\d\.\d% vs \d+\.\d%, math 9\d\.\d% vs \d+\.\d% \(McNemar over items per subject, Holm-adjusted\)/u);
    // The two hosts' answers differ only in the letter chosen: a shift in compression excess that small is no difference.
    expect(differences).not.toContain("style:compression_excess");
  });
});

describe("plan benchmark", () => {
  it("prices a full-size set from the dataset's metadata alone (the footer's bytes, not the file) and suggests the --limit that decides Meta's claim", async () => {
    // 4,000 questions: the file is several times the footer a plan reads.
    const large = benchmarkFixtures(1000).repos["TIGER-Lab/MMLU-Pro"]!;
    const fileBytes = large.files["data/test-00000-of-00001.parquet"]!.byteLength;
    const bigHub = await startFakeHub({ "TIGER-Lab/MMLU-Pro": large });
    try {
      const result = await cli(["plan", "benchmark", "--benchmark", "mmlu-pro", "--model", "groq:meta-llama/llama-4-scout-17b-16e-instruct"], tempDir(), { GROQ_API_KEY: "gsk-test", HF_ENDPOINT: bigHub.url });
      expect(result.code, result.stderr).toBe(0);
      expect(bigHub.requests[0]).toBe("GET /api/datasets/TIGER-Lab/MMLU-Pro/revision/main");
      const file = `GET /datasets/TIGER-Lab/MMLU-Pro/resolve/${fakeCommit("mmlu-pro")}/data/test-00000-of-00001.parquet`;
      const ranges = bigHub.requests.slice(1).map((request) => {
        const range = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")} bytes=(\\d+)-(\\d+)$`, "u").exec(request);
        expect(range, request).not.toBeNull();
        return Number(range![2]) - Number(range![1]) + 1;
      });
      expect(ranges.length).toBeGreaterThan(0);
      expect(fileBytes).toBeGreaterThan(3 * 64 * 1024);
      expect(ranges.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(64 * 1024);
      expect(result.stdout).toMatch(/^mmlu-pro: 4000 questions and their sizes from the Parquet footer of TIGER-Lab\/MMLU-Pro@[0-9a-f]{7} \(nothing downloaded\)$/mu);
      expect(result.stdout).toMatch(/each question ~\d+ input tokens; an answer ~450 tokens typical/u);
      expect(result.stdout).toMatch(/groq:meta-llama\/llama-4-scout-17b-16e-instruct: 4,000 questions × 1 trial\(s\), ≈ \$\d+\.\d\d typical \(worst case \$\d+\.\d\d\)/u);
      expect(result.stdout).toMatch(/claim scout-mmlu-pro \(74\.3, held at ≥ 72\.3\): --limit \d{4} would likely decide it/u);
      expect(result.stdout).toMatch(/^groq:meta-llama\/llama-4-scout-17b-16e-instruct +4000 +\d+ +16384000 +\$\d+\.\d{4}$/mu);
    } finally {
      await bigHub.close();
    }
  });

  it("refuses in one line when offline and not cached", async () => {
    const result = await cli(["plan", "benchmark", "--benchmark", "mgsm", "--model", "groq:meta-llama/llama-4-scout-17b-16e-instruct"], tempDir(), { GROQ_API_KEY: "gsk-test", HF_HUB_OFFLINE: "1" });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trimEnd()).toMatch(/^realitycheck plan: juletxara\/mgsm@main is not in the cache \(.*\) and cannot be downloaded: HF_HUB_OFFLINE is set, and a plan needs at least the dataset's metadata; run once with network access, or point --data-dir at a copy$/u);
  });
});
