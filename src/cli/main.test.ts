import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CommandIO } from "./command.ts";
import { allFamilies } from "../families/registry.ts";
import { main } from "./main.ts";
import { describeOption } from "./option-help.ts";
import { FAMILY_TOPICS } from "./run-options.ts";

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

  it("lists --version, which prints package.json's version", async () => {
    const t = io();
    await main(["--help"], t.io);
    expect(t.out()).toMatch(/^  --version +print the version$/m);
    const v = io();
    expect(await main(["--version"], v.io)).toBe(0);
    expect(v.out()).toMatch(/^realitycheck \d+\.\d+\.\d+\n$/);
  });

  it("describes every option of every command and family in that command's or family's own words", async () => {
    const pages = [
      ...["run", "plan", "resume", "runs", "show", "export", "report", "simulate", "demo", "agreement", "verify", "article", "probe-context", "judge", "compare", "view", "worker", "migrate"].map((name) => [name]),
      ...[...allFamilies().map((family) => family.name), "article"].map((family) => ["run", family]),
    ];
    for (const page of pages) {
      const t = io();
      expect(await main([...page, "--help"], t.io)).toBe(0);
      const rows = [...t.out().matchAll(/^  --([\w-]+)(?: <value>)? +(.*)$/gm)];
      expect(rows.length, page.join(" ")).toBeGreaterThan(0);
      for (const [, flag, text] of rows) {
        // A family's flags in its options schema's words (.describe()); the rest in OPTION_HELP's for that page.
        const own = page.length === 2 ? FAMILY_TOPICS.describe?.(page[1]!, flag!) : undefined;
        expect(text, `${page.join(" ")} --${flag}`).toBe(own ?? describeOption(flag!, page.at(-1)!));
        // No description speaks of other commands or families ("export: ...; report: ...").
        expect(text, `${page.join(" ")} --${flag}`).not.toMatch(/^[a-z-]+(, [a-z-]+)*: /);
      }
    }
  });

  it("gives each command its own defaults: export json, report html; verify's --yes is about verify", async () => {
    const help = async (...argv: string[]) => {
      const t = io();
      await main([...argv, "--help"], t.io);
      return t.out();
    };
    expect(await help("export")).toMatch(/^  --format <value> +json \| jsonl \| csv \(default json\)$/m);
    expect(await help("report")).toMatch(/^  --format <value> +html \| md \| json \| csv \(default html\)$/m);
    expect(await help("verify")).toMatch(/^  --yes +go ahead even when the worst case is above \$1 or 100,000 requests /m);
    expect(await help("view")).toMatch(/^  --port <value> +port to listen on \(default 7358/m);
    expect(await help("simulate")).toMatch(/^  --port <value> +port to listen on \(default 7357/m);
  });

  it("run --help names every family with a one-line summary and only the common options; run niah --help adds niah's own", async () => {
    const t = io();
    expect(await main(["run", "--help"], t.io)).toBe(0);
    for (const family of allFamilies()) expect(t.out()).toContain(`\n  ${family.name.padEnd(9)}  ${family.summary}\n`);
    expect(t.out()).toMatch(/^  article +the review's whole battery/m);
    expect(t.out()).not.toContain("--lengths");
    expect(t.out()).toContain("realitycheck run <family> --help for a family's own options");
    const niah = io();
    expect(await main(["run", "niah", "--help"], niah.io)).toBe(0);
    expect(niah.out()).toMatch(/^usage: realitycheck run niah --model/m);
    expect(niah.out()).toMatch(/^niah options:\n  --lengths <value> /m);
    expect(niah.out()).toMatch(/^ {2}--needle <value> +single \| multi \| distractor/m);
    expect(niah.out()).toMatch(/^ {2}--alpha <value> +with --adaptive/m);
    expect(niah.out()).toMatch(/^  --model <value> /m);
    expect(niah.out()).not.toContain("--scorer");
  });

  it("suggests the command, family or flag a typo meant", async () => {
    const cases: [string[], string][] = [
      [["ruin"], 'realitycheck: unknown command "ruin" (did you mean "run"?)'],
      [["run", "niah", "--modle", "simulator:honest"], "realitycheck run: unknown option --modle (did you mean --model?) (see realitycheck run --help)"],
      [["run", "riddle", "--model", "simulator:honest"], 'realitycheck run: unknown task family or suite "riddle" (did you mean "riddles"?)'],
      [["run", "riddle", "--help"], 'realitycheck run: unknown family "riddle" (did you mean "riddles"?)'],
      [["show", "last", "--dbb", "x.db"], "realitycheck show: unknown option --dbb (did you mean --db?) (see realitycheck show --help)"],
    ];
    for (const [argv, message] of cases) {
      const t = io();
      expect(await main(argv, t.io), argv.join(" ")).toBe(2);
      expect(t.err()).toBe(`${message}\n`);
    }
  });

  it("says what is wrong with a negative number instead of calling it a missing value", async () => {
    for (const [argv, message] of [
      [["run", "niah", "--model", "simulator:honest", "--trials", "-1"], 'realitycheck run: --trials: expected an integer of at least 1, got "-1"'],
      [["run", "niah", "--model", "simulator:honest", "--temperature", "-0.5"], 'realitycheck run: --temperature: expected a number between 0 and 2, got "-0.5"'],
      [["runs", "--limit", "-3"], 'realitycheck runs: --limit: expected an integer'],
    ] as const) {
      const t = io();
      expect(await main([...argv], t.io), argv.join(" ")).toBe(2);
      expect(t.err()).toContain(message);
      expect(t.err().trimEnd().split("\n")).toHaveLength(1);
    }
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
