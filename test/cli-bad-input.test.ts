// Bad input of every kind, through the CLI in-process: one line on stderr per problem that says what and where, a non-zero exit,
// and nothing written.

import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const QA = fixturePath("datasets", "qa.jsonl");

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string>;
  env?: Record<string, string>;
  stderr: RegExp;
  /** A file with several mistakes gets one line each (default 1). */
  problems?: number;
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
  { name: "malformed dataset", args: ["run", "dataset", "--file", fixturePath("datasets", "bad-json.jsonl"), "--model", "simulator:honest"], stderr: /bad-json\.jsonl:3: / },
  { name: "dataset without input", args: ["run", "dataset", "--file", fixturePath("datasets", "missing-input.jsonl"), "--model", "simulator:honest"], stderr: /missing-input\.jsonl:\d+: .*input/ },
  { name: "group by an unknown column", args: ["run", "dataset", "--file", QA, "--group-by", "nope", "--model", "simulator:honest"], stderr: /unknown metadata key "nope"/ },
  { name: "unknown scorer", args: ["run", "dataset", "--file", QA, "--scorer", "fuzzy", "--model", "simulator:honest"], stderr: /--scorer: unknown scorer "fuzzy" \(valid: exact, includes, regex, choice, numeric, refusal\)$/ },
  { name: "bad number flag", args: ["run", "dataset", "--file", QA, "--trials", "0", "--model", "simulator:honest"], stderr: /--trials: expected an integer of at least 1, got "0"$/ },
  { name: "unknown flag", args: ["run", "dataset", "--file", QA, "--bogus", "--model", "simulator:honest"], stderr: /unknown option --bogus/ },
  { name: "no target", args: ["run", "dataset", "--file", QA], stderr: /--model: no target given/ },
  { name: "unknown family", args: ["run", "nosuchfamily", "--model", "simulator:honest"], stderr: /unknown task family or suite "nosuchfamily"/ },
  { name: "missing --file", args: ["run", "dataset", "--model", "simulator:honest"], stderr: /--file: the dataset family needs --file/ },
  { name: "missing haystack file", args: ["run", "niah", "--haystack", "book.txt", "--model", "simulator:honest"], stderr: /book\.txt.*(not found|no such|cannot)/i },
  { name: "empty haystack file", args: ["run", "niah", "--haystack", "empty.txt", "--model", "simulator:honest"], files: { "empty.txt": " \n\n " }, stderr: /empty\.txt.*(empty|only whitespace)/i },
  {
    name: "length beyond the haystack",
    args: ["run", "niah", "--haystack", "short.txt", "--lengths", "1k,64k", "--model", "simulator:honest"],
    files: { "short.txt": "A short book. It has few sentences.\n\nThen it ends quite soon.\n".repeat(200) },
    stderr: /--haystack: haystack short\.txt \(12\.4 KB\) supplies only \d+ tokens \(simulator\); --lengths asks for up to 64k$/,
  },
  { name: "depth outside 0-100", args: ["run", "niah", "--depths", "0,150", "--model", "simulator:honest"], stderr: /depth "150" must be a percentage between 0 and 100/ },
  { name: "bad length", args: ["run", "niah", "--lengths", "16k..1k", "--model", "simulator:honest"], stderr: /range 16k\.\.1k must go from a smaller to a larger length/ },
  { name: "unknown tokenizer", args: ["run", "niah", "--tokenizer", "gpt2", "--model", "simulator:honest"], stderr: /--tokenizer: unknown tokenizer "gpt2" \(known: o200k, cl100k, llama3, qwen3, simulator, estimate\)$/ },
  { name: "unknown needle kind", args: ["run", "niah", "--needle", "haystack", "--model", "simulator:honest"], stderr: /needles\.0: / },
  { name: "niah flag on another family", args: ["run", "dataset", "--file", QA, "--lengths", "1k", "--model", "simulator:honest"], stderr: /--lengths is not an option of dataset/ },
  { name: "probe with a bad ceiling", args: ["probe-context", "--model", "simulator:honest", "--max", "lots"], stderr: /--max: "lots" is not a token count/ },
  { name: "unknown riddle language", args: ["run", "riddles", "--languages", "en,xx", "--model", "simulator:honest"], stderr: /unknown language "xx" \(known: en, es, fr, de, pt\)/ },
  { name: "unknown riddle family", args: ["run", "riddles", "--families", "sphinx", "--model", "simulator:honest"], stderr: /sphinx.*known/ },
  { name: "malformed riddle file", args: ["run", "riddles", "--file", "mine.yaml", "--model", "simulator:honest"], files: { "mine.yaml": "family: mine\nforms:\n  classic: 3\n" }, stderr: /mine\.yaml:\d+: /, problems: 6 },
  { name: "unknown refusal category", args: ["run", "refusal", "--categories", "weather", "--model", "simulator:honest"], stderr: /unknown category "weather".*known/ },
  { name: "unknown refusal language", args: ["run", "refusal", "--languages", "xx", "--model", "simulator:honest"], stderr: /unknown language "xx".*known/ },
  { name: "refusal judge without a key", args: ["run", "refusal", "--judge", "groq:llama-3.3-70b-versatile", "--model", "simulator:honest"], stderr: /GROQ_API_KEY/ },
  { name: "writing judge that names no target", args: ["run", "writing", "--judge", "nosuchjudge", "--model", "simulator:honest"], stderr: /unknown target "nosuchjudge"/ },
  { name: "malformed rubric file", args: ["run", "writing", "--rubric", "r.yaml", "--model", "simulator:honest"], files: { "r.yaml": "name: mine\ncriteria:\n  - name: Voice\n    max: 0\n" }, stderr: /r\.yaml:\d+: criteria\.0\./ },
  {
    name: "a judge of the same maker as the model",
    args: ["run", "writing", "--judge", "meta-judge", "--model", "groq-scout", "--config", "rc.yaml"],
    files: { "rc.yaml": "targets:\n  meta-judge: { model: 'simulator:honest@j', vendor: meta }\n  groq-scout: { model: 'simulator:honest@s', vendor: meta }\n" },
    stderr: /judge meta-judge \(meta\) grades groq-scout: a judge never grades its own maker's models/,
  },
  { name: "unknown longform premise", args: ["run", "longform", "--premises", "war-and-peace", "--model", "simulator:honest"], stderr: /unknown premise "war-and-peace" \(known: / },
  { name: "alpha without adaptive", args: ["run", "niah", "--alpha", "0.01", "--model", "simulator:honest"], stderr: /--alpha: --alpha goes with --adaptive THRESHOLD$/ },
  { name: "adaptive threshold out of range", args: ["run", "niah", "--adaptive", "85", "--model", "simulator:honest"], stderr: /--adaptive: / },
  { name: "unknown mystery language", args: ["run", "mysteries", "--languages", "fr", "--model", "simulator:honest"], stderr: /unknown language "fr" \(known: en, es\)/ },
  { name: "unknown command", args: ["frobnicate"], stderr: /unknown command "frobnicate"/ },
  { name: "show with no database", args: ["show", "last"], stderr: /no results database here yet/ },
  { name: "bad export format", args: ["export", "last", "--format", "xml"], stderr: /--format: unknown format "xml"/ },
];

describe("bad input", () => {
  it.each(cases)("$name: one line, non-zero exit, nothing written", async ({ args, files, env, stderr, problems }) => {
    const cwd = tempDir();
    for (const [name, text] of Object.entries(files ?? {})) writeFileSync(join(cwd, name), text);
    const result = await runMain(args, { cwd, env });
    expect(result.code).not.toBe(0);
    expect(result.stderr.endsWith("\n")).toBe(true);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(problems ?? 1);
    for (const line of lines) expect(line).toMatch(stderr);
    expect(result.stdout).toBe("");
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });
});

describe("a claim file with several mistakes", () => {
  it("lists every one, each on the line of its own key, with the name it was meant to be; exit 2, nothing written", async () => {
    const cwd = tempDir();
    const claims = [
      "subject: { model: honest }",
      "claims:",
      "  - id: political",
      "    kind: metric",
      "    statement: Refuses fewer than 2% of debated political prompts.",
      "    family: refusal",
      '    comparison: "<="',
      "    metirc: mirror_refusal_rate",
      "    threshold: 0.02",
      "  - id: window",
      "    kind: context-windw",
      "    statement: A 10M-token window.",
      "    threshold: 10M",
    ];
    writeFileSync(join(cwd, "claims.yaml"), `${claims.join("\n")}\n`);
    const result = await runMain(["verify", "--claims", "claims.yaml", "--model", "simulator:honest"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      'realitycheck verify: claims.yaml:8: claims.0: unrecognized key "metirc" (did you mean "metric"?)',
      'realitycheck verify: claims.yaml:11: claims.1.kind: unknown kind "context-windw" (did you mean "context-window"?)',
    ]);
    expect(existsSync(join(cwd, ".realitycheck"))).toBe(false);
  });
});
