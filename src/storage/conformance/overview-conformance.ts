// Conformance of RunOverviewQueries: the aggregates the dashboard's run page and live view read, each checked against
// what the same run's loaded samples say, and never mixing in another run's rows.

import { expect, it } from "vitest";
import { collect } from "../../core/collect.ts";
import type { HeatmapCellCount } from "../../core/run-overview.ts";
import type { RunStore } from "../../core/run-store.ts";
import type { SampleKey, SampleOutcome } from "../../core/sample.ts";
import type { StoreWrite } from "../../core/store-write.ts";
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

const ITEMS = 20;
const key = (targetId: string, i: number, trial = 1): SampleKey => ({ targetId, taskId: FIXTURE_TASK, itemId: `item-${String(i).padStart(4, "0")}`, trial });

/** Target "a" answers everything; "b" fails every fifth item after a rate-limited try, and a few answers come from the cache. */
async function record(store: RunStore, runId: string): Promise<void> {
  const writes: StoreWrite[] = [];
  for (const targetId of ["a", "b"]) {
    for (let i = 0; i < ITEMS; i++) {
      const k = key(targetId, i);
      if (targetId === "b" && i % 5 === 0) {
        writes.push(attemptWrite(runId, fixtureAttempt(k, 1, true)));
        const failed: SampleOutcome = { ...k, status: "error", errorKind: "server_error", errorMessage: "502 Bad Gateway", scores: [], attempts: 2, fromCache: false, costUsd: 0 };
        writes.push(sampleWrite(runId, failed, { ...fixtureAttempt(k, 2, true), errorKind: "server_error", errorMessage: "502 Bad Gateway", httpStatus: 502 }));
        continue;
      }
      const outcome = fixtureOutcome(k);
      outcome.result = { ...outcome.result!, latencyMs: 10 * (i + 1) + (targetId === "b" ? 1 : 0), timeToFirstTokenMs: i % 2 === 0 ? i : undefined };
      outcome.fromCache = targetId === "a" && i >= 18;
      if (i % 2 === 1) outcome.scores = [{ scorer: "match", value: 0, label: "incorrect" }, ...outcome.scores.slice(1)];
      writes.push(sampleWrite(runId, outcome, fixtureAttempt(k, 1)));
    }
  }
  // One batch per sample, as a run's turns would commit them: attempt ids follow the order of writing.
  for (const write of writes) await store.writeBatch([write]);
}

/** Nearest rank, as the run summary computes it. */
function percentile(values: number[], q: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function overviewConformance(open: OpenFreshStore): void {
  const opened = freshStore(open);
  const store = () => opened();
  const setUp = async () => {
    await store().createRun(fixtureRun("run-a", ["a", "b"], ITEMS));
    await store().createRun(fixtureRun("run-other", ["a", "b"], ITEMS));
    await record(store(), "run-a");
    // Another run with the same targets must never leak into run-a's numbers.
    await store().writeBatch([attemptWrite("run-other", fixtureAttempt(key("a", 0), 1, true)), sampleWrite("run-other", fixtureOutcome(key("a", 1)), fixtureAttempt(key("a", 1), 1))]);
  };

  it("counts, sums and latency percentiles per task and target, as the loaded samples give them", async () => {
    await setUp();
    const stats = await store().sampleStats("run-a");
    expect(stats.counts.map((c) => c.targetId)).toEqual(["a", "b"]);
    for (const targetId of ["a", "b"]) {
      const samples = await collect(store().samples("run-a", { targetId }));
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
      const fresh = answered.filter((s) => !s.fromCache);
      const latencies = fresh.map((s) => s.result!.latencyMs);
      const ttfts = fresh.flatMap((s) => (s.result!.timeToFirstTokenMs === undefined ? [] : [s.result!.timeToFirstTokenMs]));
      expect(counts.latencyMsMean).toBeCloseTo(latencies.reduce((a, b) => a + b, 0) / latencies.length, 9);
      expect(stats.percentiles.get(targetId)).toEqual({ targetId, latencyMsP50: percentile(latencies, 0.5), latencyMsP95: percentile(latencies, 0.95), ttftMsP50: percentile(ttfts, 0.5) });
    }
    expect(stats.errorSamples).toEqual([{ targetId: "b", errorKind: "server_error", samples: 4 }]);
    expect(await store().sampleStats("no-such-run")).toEqual({ counts: [], errorSamples: [], percentiles: new Map() });
  });

  it("summarises each scorer: scored count, sum, mean, labels, and whether it is pass/fail", async () => {
    await setUp();
    const stats = await store().scoreStats("run-a");
    expect(stats).toHaveLength(4);
    expect(stats.find((s) => s.targetId === "a" && s.scorer === "match")).toEqual({ taskId: FIXTURE_TASK, targetId: "a", scorer: "match", samples: 20, scored: 20, sum: 10, mean: 0.5, passFail: true, labels: { correct: 10, incorrect: 10 } });
    expect(stats.find((s) => s.targetId === "b" && s.scorer === "judge")).toMatchObject({ samples: 16, scored: 0, sum: 0, mean: null, passFail: false, labels: { unscored: 16 } });
  });

  it("calls a scorer with any value other than 0 or 1 graded, not pass/fail", async () => {
    await store().createRun(fixtureRun("run-g", ["a"], 2));
    const graded = (i: number, value: number) => ({ ...fixtureOutcome(key("a", i)), scores: [{ scorer: "judge", value, label: "graded" }] });
    await store().writeBatch([sampleWrite("run-g", graded(0, 1), fixtureAttempt(key("a", 0), 1)), sampleWrite("run-g", graded(1, 0.25), fixtureAttempt(key("a", 1), 1))]);
    expect(await store().scoreStats("run-g")).toMatchObject([{ scorer: "judge", samples: 2, scored: 2, sum: 1.25, mean: 0.625, passFail: false }]);
  });

  it("counts failed attempts per target and error kind", async () => {
    await setUp();
    const counts = await store().attemptErrorCounts("run-a");
    expect([...counts].sort((x, y) => x.errorKind.localeCompare(y.errorKind))).toEqual([
      { targetId: "b", errorKind: "rate_limited", attempts: 4 },
      { targetId: "b", errorKind: "server_error", attempts: 4 },
    ]);
  });

  it("lists the newest failed attempts of a run, and only those after a given attempt id", async () => {
    await setUp();
    const latest = await store().latestAttemptErrors("run-a", 3);
    expect(latest.map((e) => [e.itemId, e.attempt, e.errorKind, e.httpStatus])).toEqual([
      ["item-0015", 2, "server_error", 502],
      ["item-0015", 1, "rate_limited", 429],
      ["item-0010", 2, "server_error", 502],
    ]);
    expect(latest[0]).toMatchObject({ targetId: "b", taskId: FIXTURE_TASK, trial: 1, errorMessage: "502 Bad Gateway", endedAt: fixtureAttempt(key("b", 15), 2).endedAt });
    const all = await store().attemptErrorsAfter("run-a", 0, 100);
    expect(all).toHaveLength(8);
    expect(all.every((e) => e.targetId === "b")).toBe(true);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((x, y) => x - y));
    expect((await store().attemptErrorsAfter("run-a", all[5]!.id, 100)).map((e) => e.id)).toEqual([all[6]!.id, all[7]!.id]);
    expect(await store().attemptErrorsAfter("run-a", all[0]!.id, 2)).toEqual(all.slice(1, 3));
    const last = await store().lastAttemptId();
    expect(last).toBeGreaterThanOrEqual(all[7]!.id);
    expect(await store().attemptErrorsAfter("run-a", last, 100)).toEqual([]);
  });

  it("has a last attempt id of 0 before any attempt, and a higher one after each", async () => {
    expect(await store().lastAttemptId()).toBe(0);
    await store().createRun(fixtureRun("run-a", ["a"], 2));
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(key("a", 0), 1, true))]);
    const first = await store().lastAttemptId();
    await store().writeBatch([attemptWrite("run-a", fixtureAttempt(key("a", 1), 1, true))]);
    expect(first).toBeGreaterThan(0);
    expect(await store().lastAttemptId()).toBeGreaterThan(first);
  });

  it("cuts long error messages of listed attempt errors", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    await store().writeBatch([attemptWrite("run-a", { ...fixtureAttempt(key("a", 0), 1, true), errorMessage: "x".repeat(5000) })]);
    const [error] = await store().latestAttemptErrors("run-a", 1);
    expect(error?.errorMessage).toBe("x".repeat(500));
  });

  it("reports progress per target with the run's status, and nothing for an unknown run", async () => {
    await setUp();
    expect(await store().progress("run-a")).toEqual({ status: "running", updatedAt: 1_700_000_000_000, done: 36, errors: 4, byTarget: [{ targetId: "a", done: 20, errors: 0 }, { targetId: "b", done: 16, errors: 4 }] });
    await store().setRunStatus("run-a", "completed", 1_800_000_000_000);
    expect(await store().progress("run-a")).toMatchObject({ status: "completed", updatedAt: 1_800_000_000_000 });
    expect(await store().progress("no-such-run")).toBeUndefined();
  });

  it("counts stored items per task", async () => {
    const run = fixtureRun("run-a", ["a"], ITEMS);
    run.tasks.push({ id: "extra", family: "dataset", params: {}, groupBy: [] });
    run.items.push({ taskId: "extra", item: { id: "x", input: "x?", metadata: {} } });
    await store().createRun(run);
    expect(await store().itemCounts("run-a")).toEqual(new Map([[FIXTURE_TASK, ITEMS], ["extra", 1]]));
    expect(await store().itemCounts("no-such-run")).toEqual(new Map());
  });

  it("counts heatmap cells per target, task, item and outcome with the item's length and depth, for the asked family only", async () => {
    await store().createRun(heatmapRun());
    await store().writeBatch(heatmapWrites());
    const cells = await store().heatmapCells("run-h", { family: "niah", scorer: "niah" });
    expect(cells.map((c) => `${c.targetId}/${c.taskId}`)).toEqual([...cells.map((c) => `${c.targetId}/${c.taskId}`)].sort());
    const cell = (targetId: string, itemId: string, length: number, depth: number, outcome: string, scored: boolean, samples: number, valueSum: number): HeatmapCellCount => ({ taskId: "niah", targetId, itemId, length, depth, outcome, scored, samples, valueSum });
    expect(sortCells(cells)).toEqual(
      sortCells([
        cell("a", "n0", 1000, 0, "correct", true, 2, 2),
        cell("a", "n3", 1000, 0, "correct", true, 1, 1),
        cell("a", "n1", 1000, 50, "partial", true, 1, 0.5),
        cell("a", "n1", 1000, 50, "unscored", false, 1, 0),
        cell("a", "n2", 2000, 0, "rejected", false, 1, 0),
        cell("a", "n2", 2000, 0, "error:timeout", false, 1, 0),
        cell("b", "n0", 1000, 0, "incorrect", true, 1, 0),
      ]),
    );
    expect(await store().heatmapCells("run-h", { family: "writing", scorer: "niah" })).toEqual([]);
    expect(await store().heatmapCells("no-such-run", { family: "niah", scorer: "niah" })).toEqual([]);
  });

  it("reads one task's matrix: its items in order with a preview, each sample's first score, and no other task's or run's rows", async () => {
    await store().createRun(heatmapRun());
    await store().writeBatch(heatmapWrites());
    const matrix = await store().taskMatrix("run-h", "niah");
    expect(matrix.items).toEqual(["n0", "n1", "n2", "n3"].map((id, i) => ({ itemId: id, metadata: { length: [1000, 1000, 2000, 1000][i], depth: [0, 50, 0, 0][i] }, preview: `haystack ${id}` })));
    expect(matrix.scorer).toBe("niah");
    const sample = (itemId: string, targetId: string, trial: number, status: string, errorKind: string | null, label: string | null, value: number | null) => ({ itemId, targetId, trial, status, errorKind, label, value });
    expect(matrix.samples).toEqual([
      sample("n0", "a", 1, "done", null, "correct", 1),
      sample("n0", "a", 2, "done", null, "bad", 0),
      sample("n1", "a", 1, "done", null, "partial", 0.5),
      sample("n1", "a", 2, "done", null, "good", 1),
      sample("n2", "a", 1, "error", "context_length_exceeded", null, null),
      sample("n2", "a", 2, "error", "timeout", null, null),
      sample("n3", "a", 1, "done", null, "correct", 1),
      sample("n0", "b", 1, "done", null, "incorrect", 0),
    ]);
    const riddles = await store().taskMatrix("run-h", FIXTURE_TASK);
    expect(riddles.samples.map((s) => [s.itemId, s.targetId])).toEqual([["item-0000", "a"]]);
    expect(riddles.items.map((i) => i.itemId)).toEqual(["item-0000"]);
    expect(await store().taskMatrix("no-such-run", "niah")).toEqual({ items: [], scorer: null, samples: [] });
  });
}

function sortCells(cells: HeatmapCellCount[]): HeatmapCellCount[] {
  return [...cells].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

/** A niah task (lengths and depths in item metadata) and a riddles task whose niah-scored samples must not count. */
function heatmapRun() {
  const run = fixtureRun("run-h", ["a", "b"], 1);
  run.tasks.push({ id: "niah", family: "niah", params: {}, groupBy: [] });
  const cells = [["n0", 1000, 0], ["n1", 1000, 50], ["n2", 2000, 0], ["n3", 1000, 0]] as const;
  for (const [id, length, depth] of cells) run.items.push({ taskId: "niah", item: { id, input: `haystack ${id}`, metadata: { length, depth } } });
  return run;
}

function heatmapWrites(): StoreWrite[] {
  const k = (targetId: string, itemId: string, trial: number): SampleKey => ({ targetId, taskId: "niah", itemId, trial });
  const answered = (key: SampleKey, scores: SampleOutcome["scores"]) => sampleWrite("run-h", { ...fixtureOutcome(key), scores }, fixtureAttempt(key, 1));
  const failed = (key: SampleKey, errorKind: "context_length_exceeded" | "timeout") =>
    sampleWrite("run-h", { ...key, status: "error", errorKind, scores: [], attempts: 1, fromCache: false, costUsd: 0 }, fixtureAttempt(key, 1, true));
  const niah = (value: number, label: string) => [{ scorer: "niah", value, label }];
  const riddle = { ...fixtureOutcome(key("a", 0)), scores: niah(1, "correct") };
  return [
    answered(k("a", "n0", 1), niah(1, "correct")),
    answered(k("a", "n0", 2), [{ scorer: "judge", value: 0, label: "bad" }, ...niah(1, "correct")]),
    answered(k("a", "n1", 1), niah(0.5, "partial")),
    answered(k("a", "n1", 2), [{ scorer: "judge", value: 1, label: "good" }]),
    failed(k("a", "n2", 1), "context_length_exceeded"),
    failed(k("a", "n2", 2), "timeout"),
    answered(k("a", "n3", 1), niah(1, "correct")),
    answered(k("b", "n0", 1), niah(0, "incorrect")),
    sampleWrite("run-h", riddle, fixtureAttempt(key("a", 0), 1)),
  ];
}
