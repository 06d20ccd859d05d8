import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SampleKey, SampleOutcome } from "../core/sample.ts";
import { percentile } from "../reports/run-summary.ts";
import { DashboardQueries } from "./dashboard-queries.ts";
import { sampleStats } from "./dashboard-queries-stats.ts";
import { openDatabase } from "./open-database.ts";
import { RunStore } from "./run-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun } from "./storage-fixtures.ts";

let dir: string;
let db: Database;
let store: RunStore;
let queries: DashboardQueries;

const ITEMS = 20;
const key = (targetId: string, i: number, trial = 1): SampleKey => ({ targetId, taskId: FIXTURE_TASK, itemId: `item-${String(i).padStart(4, "0")}`, trial });

/** Target "a" answers everything; "b" fails every fifth item after a rate-limited try, and a few answers come from the cache. */
function record(runId: string): void {
  for (const targetId of ["a", "b"]) {
    for (let i = 0; i < ITEMS; i++) {
      const k = key(targetId, i);
      if (targetId === "b" && i % 5 === 0) {
        store.recordAttempt(runId, fixtureAttempt(k, 1, true));
        const failed: SampleOutcome = { ...k, status: "error", errorKind: "server_error", errorMessage: "502 Bad Gateway", scores: [], attempts: 2, fromCache: false, costUsd: 0 };
        store.recordSample(runId, failed, { ...fixtureAttempt(k, 2, true), errorKind: "server_error", errorMessage: "502 Bad Gateway", httpStatus: 502 });
        continue;
      }
      const outcome = fixtureOutcome(k);
      outcome.result = { ...outcome.result!, latencyMs: 10 * (i + 1) + (targetId === "b" ? 1 : 0), timeToFirstTokenMs: i % 2 === 0 ? i : undefined };
      outcome.fromCache = targetId === "a" && i >= 18;
      if (i % 2 === 1) outcome.scores = [{ scorer: "match", value: 0, label: "incorrect" }, ...outcome.scores.slice(1)];
      store.recordSample(runId, outcome, fixtureAttempt(k, 1));
    }
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rc-dash-queries-"));
  db = openDatabase(join(dir, "results.db"));
  store = new RunStore(db);
  queries = new DashboardQueries(db);
  store.createRun(fixtureRun("run-a", ["a", "b"], ITEMS));
  store.createRun(fixtureRun("run-other", ["a", "b"], ITEMS));
  record("run-a");
  // Another run with the same targets must never leak into run-a's numbers.
  store.recordAttempt("run-other", fixtureAttempt(key("a", 0), 1, true));
  store.recordSample("run-other", fixtureOutcome(key("a", 1)), fixtureAttempt(key("a", 1), 1));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("sampleStats", () => {
  it("counts, sums and latency percentiles per task and target, as the run summary computes them from loaded samples", () => {
    const stats = sampleStats(db, "run-a");
    for (const targetId of ["a", "b"]) {
      const samples = [...store.iterateSamples("run-a", { targetId })];
      const answered = samples.filter((s) => s.result !== undefined);
      const counts = stats.counts.find((c) => c.targetId === targetId)!;
      expect(counts).toMatchObject({
        taskId: FIXTURE_TASK,
        done: answered.length,
        errors: samples.length - answered.length,
        fromCache: samples.filter((s) => s.fromCache).length,
        inputTokens: answered.reduce((n, s) => n + (s.result!.usage.inputTokens ?? 0), 0),
        outputTokens: answered.reduce((n, s) => n + (s.result!.usage.outputTokens ?? 0), 0),
      });
      expect(counts.costUsd).toBeCloseTo(answered.reduce((n, s) => n + s.costUsd, 0), 12);
      const latencies = answered.filter((s) => !s.fromCache).map((s) => s.result!.latencyMs);
      const ttfts = answered.filter((s) => !s.fromCache).flatMap((s) => (s.result!.timeToFirstTokenMs === undefined ? [] : [s.result!.timeToFirstTokenMs]));
      expect(counts.latencyMsMean).toBeCloseTo(latencies.reduce((a, b) => a + b, 0) / latencies.length, 9);
      expect(stats.percentiles.get(targetId)).toEqual({
        targetId,
        latencyMsP50: percentile(latencies, 0.5),
        latencyMsP95: percentile(latencies, 0.95),
        ttftMsP50: percentile(ttfts, 0.5),
      });
    }
    expect(stats.errorSamples).toEqual([{ targetId: "b", errorKind: "server_error", samples: 4 }]);
  });
});

describe("DashboardQueries", () => {
  it("summarises each scorer: scored count, mean, labels, and whether it is pass/fail", () => {
    const stats = queries.scoreStats("run-a");
    const matchA = stats.find((s) => s.targetId === "a" && s.scorer === "match")!;
    expect(matchA).toMatchObject({ samples: 20, scored: 20, sum: 10, mean: 0.5, passFail: true, labels: { correct: 10, incorrect: 10 } });
    const judgeB = stats.find((s) => s.targetId === "b" && s.scorer === "judge")!;
    expect(judgeB).toMatchObject({ samples: 16, scored: 0, mean: null, passFail: false, labels: { unscored: 16 } });
  });

  it("counts errors per target and kind, from error samples and from failed attempts, sample-ending kinds first", () => {
    const errors = queries.errorCounts("run-a", sampleStats(db, "run-a").errorSamples);
    expect(errors).toEqual([
      { targetId: "b", errorKind: "server_error", samples: 4, attempts: 4 },
      { targetId: "b", errorKind: "rate_limited", samples: 0, attempts: 4 },
    ]);
  });

  it("lists the newest failed attempts of a run, and only those after a given attempt row", () => {
    const latest = queries.latestErrors("run-a", 3);
    expect(latest.map((e) => [e.itemId, e.attempt, e.errorKind])).toEqual([
      ["item-0015", 2, "server_error"],
      ["item-0015", 1, "rate_limited"],
      ["item-0010", 2, "server_error"],
    ]);
    const all = queries.errorsAfter("run-a", 0, 100);
    expect(all).toHaveLength(8);
    expect(all.every((e) => e.targetId === "b")).toBe(true);
    expect(queries.errorsAfter("run-a", all[5]!.id, 100).map((e) => e.id)).toEqual([all[6]!.id, all[7]!.id]);
    expect(queries.errorsAfter("run-a", queries.lastAttemptId(), 100)).toEqual([]);
  });

  it("reports progress per target with the run's status, and nothing for an unknown run", () => {
    expect(queries.progress("run-a")).toMatchObject({ status: "running", done: 36, errors: 4, byTarget: [{ targetId: "a", done: 20, errors: 0 }, { targetId: "b", done: 16, errors: 4 }] });
    store.setRunStatus("run-a", "completed", 1_800_000_000_000);
    expect(queries.progress("run-a")).toMatchObject({ status: "completed", updatedAt: 1_800_000_000_000 });
    expect(queries.progress("no-such-run")).toBeUndefined();
  });

  it("offers the run's score labels, error outcomes and item languages as filter values", () => {
    expect(queries.facets("run-a")).toEqual({ outcomes: ["correct", "incorrect", "unscored", "error", "error:server_error"], languages: ["en", "es"] });
  });

  it("counts stored items per task", () => {
    expect(queries.itemCounts("run-a")).toEqual(new Map([[FIXTURE_TASK, ITEMS]]));
  });
});
