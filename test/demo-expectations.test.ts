// The demo tells the truth about the tool: run once, in-process over real HTTP against the simulator as a user runs it,
// the honest host answers every family in format and mostly right, the degraded host fails exactly where it is planted
// to (truncation, loops, over-refusal, emoji, Spanish), the simulated judge prefers the better answers from either side,
// and the claims, ratings and effective lengths come out decided. Numbers are read from the stored run, as `show` does.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetricValue } from "../src/core/metric.ts";
import type { RunStore } from "../src/core/run-store.ts";
import type { TaskTargetSummary } from "../src/metrics/run-metrics.ts";
import { loadRunMetrics } from "../src/runner/run-metrics.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { runMain, type MainResult } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const HONEST = "simulator:llama-sim@host-a";
const DEGRADED = "simulator:llama-sim-degraded@host-b";

let demo: MainResult;
let runId: string;
let store: RunStore;
let summaries: TaskTargetSummary[];

beforeAll(async () => {
  const cwd = tempDir();
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
    const verdict = (claim: string, host: string) => demo.stdout.split("\n").find((l) => l.startsWith(`${claim} `) && l.includes(host))?.match(/\b(supported|contradicted|inconclusive)\b/)?.[1];
    for (const claim of ["sim-context-window", "sim-effective-context", "sim-safe-refusals", "sim-loop-rate"]) {
      expect(verdict(claim, "llama-sim@host-a"), claim).toBe("supported");
      expect(verdict(claim, "llama-sim-degraded@host-b"), claim).toBe("contradicted");
    }
    // No answer without emoji can show there will never be one: that claim can only be contradicted.
    expect(verdict("sim-no-emoji", "llama-sim@host-a")).toBe("inconclusive");
    expect(verdict("sim-no-emoji", "llama-sim-degraded@host-b")).toBe("contradicted");
  });

  it("fits 120 columns and ends with a short summary, where to see the rest, and the report path", () => {
    const wide = [...demo.stdout.split("\n"), ...demo.stderr.split("\n")].filter((line) => line.length > 120);
    expect(wide).toEqual([]);
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
