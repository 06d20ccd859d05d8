// The demo tells the truth about the tool: run once, in-process over real HTTP against the simulator as a user runs it,
// the honest host answers every family in format and mostly right, the degraded host fails exactly where it is planted
// to (truncation, loops, over-refusal, emoji, Spanish), the simulated judge prefers the better answers from either side,
// and the claims, ratings and effective lengths come out decided. Numbers are read from the stored run, as `show` does.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShowJson } from "../src/cli/show-json.ts";
import type { MetricValue } from "../src/core/metric.ts";
import type { RunStore } from "../src/core/run-store.ts";
import type { TaskTargetSummary } from "../src/metrics/run-metrics.ts";
import { loadRunMetrics } from "../src/runner/run-metrics.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { runCli } from "../src/test-support/run-cli.ts";
import { runMain, type MainResult } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";
import { linesWiderThan } from "../src/test-support/wide-lines.ts";

const HONEST = "simulator:llama-sim@host-a";
const DEGRADED = "simulator:llama-sim-degraded@host-b";

let demo: MainResult;
let runId: string;
let store: RunStore;
let summaries: TaskTargetSummary[];

let cwd: string;

beforeAll(async () => {
  cwd = tempDir();
  demo = await runMain(["demo", "--db", join(cwd, "results.db")], { cwd, env: { COLUMNS: "120" } });
  const printed = /^results: .+ \(run (\S+)\)$/m.exec(demo.stdout)?.[1];
  if (demo.code !== 0 || printed === undefined) throw new Error(`demo failed (${demo.code}): ${demo.stderr.slice(-2000)}`);
  runId = printed;
  store = await openRunStore(join(cwd, "results.db"));
  summaries = (await loadRunMetrics(store, runId, cwd)).metrics.tasks;
});
afterAll(() => store?.close());

/** A metric's value (and interval) for one task and target. */
function metric(taskId: string, target: string, name: string): MetricValue {
  const found = summaries.find((s) => s.taskId === taskId && s.targetId === target)?.metrics.find((m) => m.name === name);
  if (found?.value == null) throw new Error(`no ${name} for ${taskId} × ${target}`);
  return found;
}
const value = (taskId: string, target: string, name: string) => metric(taskId, target, name).value!;

/** The first capture of `pattern` in what the demo printed after `heading`. */
function printedAfter(heading: string, pattern: RegExp): string | undefined {
  const start = demo.stdout.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  return pattern.exec(demo.stdout.slice(start))?.[1];
}
/** The verdict a printed verdict table gives a claim about a host. */
function verdictIn(stdout: string, claim: string, host: string): string | undefined {
  return stdout.split("\n").find((l) => l.startsWith(`${claim} `) && l.includes(host))?.match(/\b(supported|contradicted|inconclusive)\b/)?.[1];
}
const CLAIMS = ["sim-context-window", "sim-effective-context", "sim-safe-refusals", "sim-loop-rate", "sim-no-emoji"];
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("demo expectations", () => {
  it("the honest host answers riddles in format and mostly right; the degraded one loses Spanish, where it is planted", () => {
    expect(value("riddles", HONEST, "accuracy")).toBeGreaterThanOrEqual(0.8);
    expect(value("riddles", HONEST, "unscored")).toBeLessThanOrEqual(0.05);
    expect(value("riddles", DEGRADED, "accuracy[en]")).toBeGreaterThanOrEqual(0.8);
    expect(metric("riddles", DEGRADED, "accuracy[es]").interval!.upper).toBeLessThan(metric("riddles", DEGRADED, "accuracy[en]").interval!.lower);
  });

  it("the mysteries are read: the culprit named in the format asked; the degraded host misses only where it refuses or loops", async () => {
    expect(value("mysteries", HONEST, "culprit_unscored")).toBeLessThanOrEqual(0.05);
    for (const target of [HONEST, DEGRADED]) expect(value("mysteries", target, "culprit_accuracy"), target).toBeGreaterThanOrEqual(0.8);
    expect(value("mysteries", HONEST, "clue_accuracy")).toBeGreaterThanOrEqual(0.8);
    const planted = (text: string) => text.includes("I'm sorry, but I can't help with that request") || /(?:The reason ){5}/u.test(text);
    for await (const sample of store.samples(runId, { targetId: DEGRADED, taskId: "mysteries" })) {
      const culprit = sample.scores.find((score) => score.scorer === "culprit");
      if (culprit?.label === "unscored") expect(planted(sample.result?.text ?? ""), sample.result?.text).toBe(true);
    }
  });

  it("the honest host refuses harmful requests and helps with safe ones; the degraded one over-refuses", () => {
    expect(value("refusal", HONEST, "safe_refusal_rate")).toBeLessThanOrEqual(0.05);
    expect(value("refusal", HONEST, "unsafe_compliance_rate")).toBeLessThanOrEqual(0.2);
    expect(metric("refusal", DEGRADED, "safe_refusal_rate").interval!.lower).toBeGreaterThan(metric("refusal", HONEST, "safe_refusal_rate").interval!.upper);
  });

  it("the simulated judge prefers the honest host's writing, the same from either side", () => {
    const consistency = printedAfter("pairwise ratings for writing", /position consistency (\d+)%/u);
    expect(Number(consistency)).toBeGreaterThan(80);
    const rating = (target: string) => Number(printedAfter("pairwise ratings for writing", new RegExp(`^ +${escaped(target)} +(\\d+) `, "mu")));
    expect(rating(HONEST)).toBeGreaterThan(rating(DEGRADED));
    expect(value("writing", HONEST, `rubric[simulator:judge-sim@demo]`)).toBeGreaterThan(value("writing", DEGRADED, `rubric[simulator:judge-sim@demo]`));
  });

  it("the degraded host's effective context length is decided, or bounded from above", () => {
    // The summary's first "effective length" row is niah's: one column per target, the honest host first.
    const row = printedAfter("headline [95% interval]", /^ +effective length {2,}(.+)$/mu)?.split(/ {2,}/u);
    expect(row?.[1]).toMatch(/^(?:\d+k|(?:at least \d+k, )?at most \d+k)$/u);
    expect(row?.[0]).toBe("at least 32k");
  });

  it("holds the claims: the honest host keeps them; the degraded one truncates silently, loops, over-refuses and adds emoji", () => {
    const verdict = (claim: string, host: string) => verdictIn(demo.stdout, claim, host);
    for (const claim of ["sim-context-window", "sim-effective-context", "sim-safe-refusals", "sim-loop-rate"]) {
      expect(verdict(claim, "llama-sim@host-a"), claim).toBe("supported");
      expect(verdict(claim, "llama-sim-degraded@host-b"), claim).toBe("contradicted");
    }
    // No answer without emoji can show there will never be one: that claim can only be contradicted.
    expect(verdict("sim-no-emoji", "llama-sim@host-a")).toBe("inconclusive");
    expect(verdict("sim-no-emoji", "llama-sim-degraded@host-b")).toBe("contradicted");
  });

  it("fits 120 columns and ends with a short summary, where to see the rest, and the report path", () => {
    expect(linesWiderThan(120, demo.stdout, demo.stderr)).toEqual([]);
    expect(demo.stdout.split("\n").length).toBeLessThan(120);
    expect(demo.stdout).toMatch(/^task +headline \[95% interval\] +simulator:llama-sim@host-a\* +simulator:llama-sim-degraded@host-b\*$/mu);
    expect(demo.stdout).toContain(`realitycheck show ${runId} --db `);
  });

  it("ends with the report path", () => {
    const report = /^report: (.+\.html)$/m.exec(demo.stdout)?.[1];
    expect(demo.stdout.trimEnd().split("\n").at(-1)).toBe(`report: ${report}`);
    const html = readFileSync(report!, "utf8");
    expect(html).toContain("scripted test double");
    expect(html).toContain("sim-context-window");
  });
});

describe("show on the demo run", () => {
  const show = (...args: string[]) => runMain(["show", runId, "--db", join(cwd, "results.db"), ...args], { cwd, env: { COLUMNS: "120" } });

  it("fits 120 columns, --full too, and opens with the verdicts, then the probes and ratings, then one table per task", async () => {
    for (const args of [[], ["--full"]]) {
      const shown = await show(...args);
      expect(shown.code, shown.stderr).toBe(0);
      expect(linesWiderThan(120, shown.stdout)).toEqual([]);
    }
    const { stdout } = await show();
    const at = (pattern: RegExp) => stdout.search(pattern);
    const order = [/^claims: demo-sim/m, /^context probes/m, /^pairwise ratings for writing/m, /^niah {2,}llama-sim@host-a {2,}llama-sim-degraded@host-b$/m, /^riddles {2,}llama-sim@host-a/m];
    expect(order.map(at).every((index, i) => index >= 0 && (i === 0 || index > at(order[i - 1]!)))).toBe(true);
    expect(stdout).toMatch(/^accuracy {2,}\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\] n=\d+×2 {2,}\d\.\d{3} \[/m);
    expect(stdout).not.toMatch(/accuracy@d50/);
    expect((await show("--full")).stdout).toMatch(/^accuracy@d50 {2,}/m);
  });

  it("--task shows one task's table; --json gives the same numbers, verdicts, probes and ratings as data", async () => {
    const riddles = await show("--task", "riddles");
    expect(riddles.stdout).toMatch(/^riddles {2,}llama-sim@host-a/m);
    expect(riddles.stdout).not.toMatch(/^(niah|mysteries|claims:)/m);
    const unknown = await show("--task", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/has no task "nope" \(tasks: niah, /);

    const doc = JSON.parse((await show("--json")).stdout) as ShowJson;
    const accuracy = doc.tasks.find((t) => t.taskId === "riddles")!.targets.find((t) => t.targetId === HONEST)!.metrics.find((m) => m.name === "accuracy");
    expect(accuracy).toEqual(metric("riddles", HONEST, "accuracy"));
    expect(doc.verdicts[0]!.verdicts.map((v) => [v.claim.id, v.targetId, v.status])).toContainEqual(["sim-loop-rate", DEGRADED, "contradicted"]);
    expect(doc.probes.map((p) => [p.targetId, p.truncation, p.madeInRun])).toEqual([[HONEST, "none", true], [DEGRADED, "front", true]]);
    expect(doc.ratings.map((r) => r.taskId)).toEqual(["writing"]);
    const one = JSON.parse((await show("--task", "riddles", "--json")).stdout) as ShowJson;
    expect(one.tasks.map((t) => t.taskId)).toEqual(["riddles"]);
  });

  it("verdicts, probes and ratings survive a restart: show in a new process over the same file shows what the demo found", async () => {
    const shown = await runCli(["show", runId, "--db", join(cwd, "results.db")], { cwd, env: { COLUMNS: "120" } });
    expect(shown.code, shown.stderr).toBe(0);
    for (const claim of CLAIMS) {
      for (const host of ["llama-sim@host-a", "llama-sim-degraded@host-b"]) expect(verdictIn(shown.stdout, claim, host), `${claim} @ ${host}`).toBe(verdictIn(demo.stdout, claim, host));
    }
    const probes = shown.stdout.slice(shown.stdout.indexOf("context probes"));
    expect(probes).toMatch(/^cuts {2,}none {2,}front$/m);
    expect(probes).toMatch(/^probe {2,}this run's {2,}this run's$/m);
    const rating = (text: string, target: string) => new RegExp(`^ +${escaped(target)} +(\\d+) `, "mu").exec(text.slice(text.indexOf("pairwise ratings for writing")))?.[1];
    for (const target of [HONEST, DEGRADED]) expect(rating(shown.stdout, target), target).toBe(rating(demo.stdout, target));
  });

  it("a later `report` in a new process shows the stored verdicts and ratings in the write-up", async () => {
    const out = join(cwd, "later.md");
    const reported = await runCli(["report", runId, "--format", "md", "--out", out, "--db", join(cwd, "results.db")], { cwd });
    expect(reported.code, reported.stderr).toBe(0);
    const writeup = readFileSync(out, "utf8");
    expect(writeup).toMatch(/\d+ claim verdict\(s\): /);
    expect(writeup).toContain("Pairwise ratings (Bradley-Terry");
    const rating = (target: string) => new RegExp(`^ +${escaped(target)} +(\\d+) `, "mu").exec(demo.stdout.slice(demo.stdout.indexOf("pairwise ratings for writing")))?.[1];
    for (const target of [HONEST, DEGRADED]) expect(writeup, target).toContain(`| ${rating(target)} [`);
  });
});
