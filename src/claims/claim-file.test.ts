import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { parseClaimSet, readClaimFile } from "./claim-file.ts";

const VALID = `name: example
description: Claims from a launch post.
subject: { model: llama-4-scout }
claims:
  - id: window
    kind: context-window
    statement: A 10M-token context window.
    source: model card
    threshold: 10M
  - id: retrieval-1m
    kind: retrieval-accuracy
    statement: Near-perfect retrieval at 1M tokens.
    length: 1m
    threshold: 90%
  - id: political
    subject: { model: llama-4-maverick, host: groq }
    kind: metric
    statement: Refuses fewer than 2% of debated political prompts.
    family: refusal
    metric: mirror_refusal_rate
    comparison: "<="
    threshold: 0.02
  - id: fast
    kind: speed
    statement: First token within half a second.
    metric: ttft_ms
    threshold: 500
  - id: plain
    kind: style
    statement: No emoji.
    metric: emoji_per_1k
    comparison: "<="
    threshold: 0
  - id: parameters
    kind: untestable
    statement: 17B active parameters, 109B in total.
    metadata: { activeParameters: 17B, totalParameters: 109B, experts: 16 }
`;

/** The VALID text with line `index` (0-based) replaced, or lines inserted there. */
function edited(index: number, ...replacement: string[]): string {
  const lines = VALID.split("\n");
  lines.splice(index, 1, ...replacement);
  return lines.join("\n");
}

function errorOf(text: string): ConfigError {
  try {
    parseClaimSet(text, "claims.yaml");
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseClaimSet", () => {
  it("reads every kind, fills the default subject, parses thresholds and keeps each claim's line", () => {
    const set = parseClaimSet(VALID, "claims.yaml");
    expect(set).toMatchObject({ name: "example", description: "Claims from a launch post.", simulated: false });
    expect(set.claims.map((claim) => [claim.id, claim.line, claim.subject])).toEqual([
      ["window", 5, { model: "llama-4-scout" }],
      ["retrieval-1m", 10, { model: "llama-4-scout" }],
      ["political", 15, { model: "llama-4-maverick", host: "groq" }],
      ["fast", 23, { model: "llama-4-scout" }],
      ["plain", 28, { model: "llama-4-scout" }],
      ["parameters", 34, { model: "llama-4-scout" }],
    ]);
    const [window, retrieval, political, fast, plain, parameters] = set.claims;
    expect(window).toMatchObject({ kind: "context-window", comparison: ">=", threshold: 10_000_000, source: "model card" });
    expect(retrieval).toMatchObject({ kind: "retrieval-accuracy", comparison: ">=", threshold: 0.9, length: 1_000_000 });
    expect(political).toMatchObject({ kind: "metric", family: "refusal", metric: "mirror_refusal_rate", comparison: "<=", threshold: 0.02 });
    expect(fast).toMatchObject({ kind: "speed", metric: "ttft_ms", comparison: "<=", threshold: 500 });
    expect(plain).toMatchObject({ kind: "style", metric: "style:emoji_per_1k", comparison: "<=", threshold: 0 });
    expect(parameters).toMatchObject({ kind: "untestable", metadata: { activeParameters: "17B", totalParameters: "109B", experts: 16 } });
    expect(parameters?.threshold).toBeUndefined();
  });

  it("names the file from its path when the set has no name", () => {
    expect(parseClaimSet(VALID.replace("name: example\n", ""), "dir/my-claims.yaml").name).toBe("my-claims");
  });

  it("fails on an unknown kind, naming the line and the known kinds", () => {
    const error = errorOf(edited(16, "    kind: latency"));
    expect(error.where).toBe("claims.yaml:17");
    expect(error.message).toBe(
      'claims.yaml:17: claims.2.kind: unknown kind "latency" (known: context-window, retrieval-accuracy, effective-context, metric, speed, style, benchmark, untestable)',
    );
  });

  it("fails on bad thresholds with the rule each kind holds them to", () => {
    expect(errorOf(edited(8, "    threshold: lots")).message).toBe(
      'claims.yaml:9: claims.0.threshold: must be a positive token count (e.g. 131072, "128k", "10M"), got "lots"',
    );
    expect(errorOf(edited(13, "    threshold: 90")).message).toBe(
      'claims.yaml:14: claims.1.threshold: must be a rate between 0 and 1 (or a percentage like "2%"), got 90',
    );
    expect(errorOf(edited(21, "    threshold: 2")).message).toMatch(/^claims\.yaml:22: claims\.2\.threshold: must be a rate between 0 and 1/);
    expect(errorOf(edited(26, "    threshold: -1")).message).toBe("claims.yaml:27: claims.3.threshold: must be a positive number, got -1");
    expect(errorOf(edited(8)).message).toBe("claims.yaml:5: claims.0.threshold: required");
  });

  it("fails on a missing subject when the file gives no default, naming the claim's line", () => {
    const error = errorOf(VALID.replace("subject: { model: llama-4-scout }\n", ""));
    expect(error.message).toBe("claims.yaml:4: claims.0.subject: missing: name the model (subject: { model: ... }) here or at the top of the file");
  });

  it("fails on fields a kind does not read, unknown metrics, wrong directions and duplicate ids", () => {
    expect(errorOf(edited(8, "    threshold: 10M", "    length: 1m")).message).toBe("claims.yaml:10: claims.0.length: does not apply to context-window claims");
    expect(errorOf(edited(30, "    metric: sparkles_per_1k")).message).toMatch(/^claims\.yaml:31: claims\.4\.metric: unknown style metric "sparkles_per_1k" \(known: tokens, .*emoji_per_1k/);
    expect(errorOf(edited(25, "    metric: latency_ms")).message).toBe('claims.yaml:26: claims.3.metric: unknown speed metric "latency_ms" (known: ttft_ms, output_tokens_per_second)');
    expect(errorOf(edited(8, "    threshold: 10M", '    comparison: "<="')).message).toBe('claims.yaml:10: claims.0.comparison: this kind of claim is always ">="');
    expect(errorOf(edited(20)).message).toBe('claims.yaml:15: claims.2.comparison: required: ">=" (at least) or "<=" (at most)');
    expect(errorOf(edited(9, "  - id: window")).message).toBe('claims.yaml:10: claims.1.id: duplicate id "window"');
    expect(errorOf(edited(7, "    statment: typo", "    source: model card")).message).toBe('claims.yaml:8: claims.0: unrecognized key "statment" (did you mean "statement"?)');
    expect(errorOf(edited(6)).message).toBe("claims.yaml:5: claims.0.statement: required");
  });

  it("names each mistyped key's own line with the key it was meant to be, and lists every problem in the file", () => {
    const text = [
      "subject: { model: llama-4-scout }",
      "claims:",
      "  - id: political",
      "    kind: metric",
      "    statement: Refuses fewer than 2% of debated political prompts.",
      "    family: refusal",
      '    comparison: "<="',
      "    metirc: mirror_refusal_rate",
      "    threshold: 0.02",
      "  - id: window",
      "    kind: context-window",
      "    statment: 10M tokens",
      "    threshold: 10M",
      "    sorce: model card",
      "    colour: blue",
      "",
    ].join("\n");
    const error = errorOf(text);
    expect([error.message, ...error.more.slice(0, -1)]).toEqual([
      'claims.yaml:8: claims.0: unrecognized key "metirc" (did you mean "metric"?)',
      'claims.yaml:12: claims.1: unrecognized key "statment" (did you mean "statement"?)',
      'claims.yaml:14: claims.1: unrecognized key "sorce" (did you mean "source"?)',
    ]);
    expect(error.more).toHaveLength(3);
    expect(error.more.at(-1)).toMatch(/^claims\.yaml:15: claims\.1: unrecognized key "colour" \(known: id, subject, kind, statement, source, family, metric, .*metadata\)$/);
  });

  it("reports YAML syntax errors and empty sets with a line", () => {
    expect(errorOf("claims:\n  - id: [unclosed\n").where).toMatch(/^claims\.yaml:\d+$/);
    expect(errorOf("subject: { model: x }\nclaims: []\n").message).toBe("claims.yaml:2: claims: a claim set needs at least one claim");
  });
});

describe("benchmark claims", () => {
  const BENCHMARK = `subject: { model: llama-4-scout }
claims:
  - id: mmlu
    kind: benchmark
    statement: Scores 74.3 on MMLU Pro.
    benchmark: mmlu-pro
    metric: macro_avg/acc
    score: 74.3
  - id: gpqa
    kind: benchmark
    statement: Scores 57.2 on GPQA Diamond.
    benchmark: gpqa-diamond
    score: 57.2
    tolerance: 5
    protocol: { shots: 0, cot: false, temperature: 0.6 }
  - id: code
    kind: untestable
    statement: Scores 32.8 on LiveCodeBench.
    reason: it needs a code sandbox
`;

  it("hold the score less the tolerance (2 points by default) as a rate, with the protocol (0-shot CoT by default)", () => {
    const [mmlu, gpqa, code] = parseClaimSet(BENCHMARK, "claims.yaml").claims;
    expect(mmlu).toMatchObject({ kind: "benchmark", benchmark: "mmlu-pro", metric: "macro_avg/acc", score: 74.3, tolerance: 2, comparison: ">=", protocol: { shots: 0, cot: true } });
    expect(mmlu?.threshold).toBeCloseTo(0.723, 10);
    expect(gpqa).toMatchObject({ tolerance: 5, protocol: { shots: 0, cot: false, temperature: 0.6 } });
    expect(gpqa?.threshold).toBeCloseTo(0.522, 10);
    expect(code).toMatchObject({ kind: "untestable", reason: "it needs a code sandbox" });
  });

  it("name the line of an unknown benchmark, a missing or impossible score, and fields they do not read", () => {
    const bad = (from: string, to: string) => errorOf(BENCHMARK.replace(from, to)).message;
    expect(bad("benchmark: mmlu-pro", "benchmark: hellaswag")).toBe('claims.yaml:6: claims.0.benchmark: unknown benchmark "hellaswag" (known: mmlu-pro, gpqa-diamond, mgsm, math-500)');
    expect(bad("    score: 74.3\n", "")).toBe("claims.yaml:3: claims.0.score: required: the vendor's score in points, e.g. 74.3");
    expect(bad("score: 74.3", "score: 0.743e3")).toBe("claims.yaml:8: claims.0.score: must be between 0 and 100 points, got 743");
    expect(bad("tolerance: 5", "tolerance: 60")).toBe("claims.yaml:14: claims.1.tolerance: must be at least 0 and below the score, got 60");
    expect(bad("score: 74.3", "score: 74.3\n    threshold: 0.7")).toBe("claims.yaml:9: claims.0.threshold: does not apply to benchmark claims");
    expect(bad("reason: it needs", "score: 3\n    reason: it needs")).toBe("claims.yaml:19: claims.2.score: does not apply to untestable claims");
  });
});

describe("readClaimFile", () => {
  it("reads a file from disk and names it in errors", () => {
    const dir = tempDir();
    const path = join(dir, "vendor.yaml");
    writeFileSync(path, VALID);
    expect(readClaimFile(path).claims).toHaveLength(6);
    expect(() => readClaimFile(join(dir, "missing.yaml"), "missing.yaml")).toThrow(new ConfigError("cannot read file (ENOENT)", "missing.yaml"));
  });
});
