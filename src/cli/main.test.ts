import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CommandIO } from "./command.ts";
import { main } from "./main.ts";

function io(): { io: CommandIO; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  stderr.on("data", (c: Buffer) => (err += c.toString()));
  return { io: { stdout, stderr, env: {}, cwd: process.cwd(), signal: new AbortController().signal }, out: () => out, err: () => err };
}

describe("main", () => {
  it("lists every command with a summary, and exits 2 without a command", async () => {
    const t = io();
    expect(await main([], t.io)).toBe(2);
    for (const name of ["run", "plan", "resume", "runs", "show", "export", "simulate", "demo"]) expect(t.out()).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("describes every option of every command", async () => {
    for (const name of ["run", "plan", "article", "verify", "resume", "runs", "show", "export", "simulate", "demo", "agreement"]) {
      const t = io();
      expect(await main([name, "--help"], t.io)).toBe(0);
      const options = [...t.out().matchAll(/^  --([\w-]+)(?: <value>)?( +\S.*)?$/gm)];
      expect(options.length).toBeGreaterThan(0);
      for (const [, flag, description] of options) expect(description, `${name} --${flag}`).toBeDefined();
    }
  });

  it("lists each family's flags under its name, with its options' descriptions", async () => {
    const t = io();
    expect(await main(["run", "--help"], t.io)).toBe(0);
    const text = t.out();
    for (const family of ["dataset", "longform", "mysteries", "niah", "refusal", "riddles", "writing"]) expect(text).toContain(`\n${family} options:\n`);
    const niah = text.slice(text.indexOf("niah options:"), text.indexOf("refusal options:"));
    expect(niah).toMatch(/^ {2}--needle <value> +single \| multi \| distractor/m);
    expect(niah).toMatch(/^ {2}--no-calibrate +turn off: the two small requests/m);
    expect(niah).toMatch(/^ {2}--alpha <value> +with --adaptive/m);
    expect(text).toMatch(/^ {2}--model <value> +target as provider:model-id/m);
    expect(text).toContain("article options (the review's battery, data/suites/article.yaml):");
  });

  it("rejects unknown commands, unknown flags, missing values and extra arguments on one line", async () => {
    const cases: [string[], RegExp][] = [
      [["bogus"], /^realitycheck: unknown command "bogus" \(commands: run, plan/],
      [["runs", "--frob"], /^realitycheck runs: unknown option --frob \(see realitycheck runs --help\)$/],
      [["export", "last", "--format"], /^realitycheck export: option --format needs a value/],
      [["show"], /^realitycheck show: expected 1 argument\(s\); usage: realitycheck show/],
      [["runs", "extra"], /^realitycheck runs: expected 0 argument\(s\)/],
    ];
    for (const [argv, message] of cases) {
      const t = io();
      expect(await main(argv, t.io)).toBe(2);
      expect(t.err().trimEnd()).toMatch(message);
      expect(t.err().trimEnd().split("\n")).toHaveLength(1);
    }
  });
});
