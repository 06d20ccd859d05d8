// Bad input of every kind: one line on stderr that says what and where, a non-zero exit, and nothing written.

import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/test-support/run-cli.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "datasets");
const QA = join(FIXTURES, "qa.jsonl");

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string>;
  env?: Record<string, string>;
  stderr: RegExp;
}

const cases: Case[] = [
  {
    name: "malformed config",
    args: ["run", "dataset", "--file", QA, "--model", "a", "--config", "rc.yaml"],
    files: { "rc.yaml": "defaults:\n  trials: 2\ntargets:\n  a:\n    model: no-colon\n" },
    stderr: /rc\.yaml:5: targets\.a\.model: must look like provider:model-id$/,
  },
  { name: "config that is not YAML", args: ["run", "dataset", "--file", QA, "--model", "simulator:honest"], files: { "realitycheck.config.yaml": "targets: [a\n" }, stderr: /realitycheck\.config\.yaml:\d+: invalid YAML/ },
  { name: "unknown provider", args: ["run", "dataset", "--file", QA, "--model", "nosuch:model"], stderr: /unknown provider "nosuch".*groq/ },
  { name: "missing key", args: ["run", "dataset", "--file", QA, "--model", "groq:meta-llama/llama-4-scout-17b-16e-instruct"], stderr: /GROQ_API_KEY/ },
  { name: "unreadable dataset", args: ["run", "dataset", "--file", "missing.jsonl", "--model", "simulator:honest"], stderr: /missing\.jsonl.*(cannot|not found|no such)/i },
  { name: "malformed dataset", args: ["run", "dataset", "--file", join(FIXTURES, "bad-json.jsonl"), "--model", "simulator:honest"], stderr: /bad-json\.jsonl:3: / },
  { name: "dataset without input", args: ["run", "dataset", "--file", join(FIXTURES, "missing-input.jsonl"), "--model", "simulator:honest"], stderr: /missing-input\.jsonl:\d+: .*input/ },
  { name: "group by an unknown column", args: ["run", "dataset", "--file", QA, "--group-by", "nope", "--model", "simulator:honest"], stderr: /unknown metadata key "nope"/ },
  { name: "unknown scorer", args: ["run", "dataset", "--file", QA, "--scorer", "fuzzy", "--model", "simulator:honest"], stderr: /--scorer: unknown scorer "fuzzy" \(valid: exact, includes, regex, choice, numeric\)$/ },
  { name: "bad number flag", args: ["run", "dataset", "--file", QA, "--trials", "0", "--model", "simulator:honest"], stderr: /--trials: expected an integer of at least 1, got "0"$/ },
  { name: "unknown flag", args: ["run", "dataset", "--file", QA, "--bogus", "--model", "simulator:honest"], stderr: /unknown option --bogus/ },
  { name: "no target", args: ["run", "dataset", "--file", QA], stderr: /--model: no target given/ },
  { name: "unknown family", args: ["run", "nosuchfamily", "--model", "simulator:honest"], stderr: /unknown task family or suite "nosuchfamily"/ },
  { name: "missing --file", args: ["run", "dataset", "--model", "simulator:honest"], stderr: /--file: the dataset family needs --file/ },
  { name: "unknown command", args: ["frobnicate"], stderr: /unknown command "frobnicate"/ },
  { name: "show with no database", args: ["show", "last"], stderr: /no results database here yet/ },
  { name: "bad export format", args: ["export", "last", "--format", "xml"], stderr: /--format: unknown format "xml"/ },
];

describe("bad input", () => {
  it.each(cases)("$name: one line, non-zero exit, nothing written", async ({ args, files, env, stderr }) => {
    const cwd = tempDir();
    for (const [name, text] of Object.entries(files ?? {})) writeFileSync(join(cwd, name), text);
    const result = await runCli(args, { cwd, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr.endsWith("\n")).toBe(true);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(stderr);
    expect(result.stdout).toBe("");
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });
});
