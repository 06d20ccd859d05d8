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
      'claims.yaml:17: claims.2.kind: unknown kind "latency" (known: context-window, retrieval-accuracy, effective-context, metric, speed, style, untestable)',
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
    expect(errorOf(edited(7, "    statment: typo", "    source: model card")).message).toMatch(/^claims\.yaml:5: claims\.0: Unrecognized key: "statment"/);
    expect(errorOf(edited(6)).message).toBe("claims.yaml:5: claims.0.statement: required");
  });

  it("reports YAML syntax errors and empty sets with a line", () => {
    expect(errorOf("claims:\n  - id: [unclosed\n").where).toMatch(/^claims\.yaml:\d+$/);
    expect(errorOf("subject: { model: x }\nclaims: []\n").message).toBe("claims.yaml:2: claims: a claim set needs at least one claim");
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
