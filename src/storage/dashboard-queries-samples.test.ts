import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleKeyString, type SampleKey, type SampleOutcome } from "../core/sample.ts";
import { DashboardSampleQueries, PREVIEW_CHARS, type SampleQuery } from "./dashboard-queries-samples.ts";
import { openDatabase } from "./open-database.ts";
import { RunStore } from "./run-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun } from "./storage-fixtures.ts";
import type { StoredSample } from "./stored-run.ts";

const RUN = "run-s";
const EXTRA_TASK = "extra";
let dir: string;
let db: Database;
let store: RunStore;

const itemId = (i: number) => `item-${String(i).padStart(4, "0")}`;

/** Distinct answers: a few that need escaping in LIKE, one long one, and one rare match at the very end. */
function answer(targetId: string, taskId: string, i: number, trial: number): string {
  if (i === 3) return `scored 100% on ${itemId(i)}`;
  if (i === 4) return `scored 1000 on ${itemId(i)}`;
  if (i === 5) return `snake_case and snakeXcase`;
  if (i === 6) return "x".repeat(PREVIEW_CHARS + 100);
  if (targetId === "b" && taskId === FIXTURE_TASK && i === 11 && trial === 2) return "the needle-in-the-run";
  return `Answer ${i} from ${targetId}`;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rc-dash-samples-"));
  db = openDatabase(join(dir, "results.db"));
  store = new RunStore(db);
  const run = fixtureRun(RUN, ["a", "b"], 12);
  run.tasks.push({ id: EXTRA_TASK, family: "dataset", params: {}, groupBy: [] });
  for (let i = 0; i < 3; i++) run.items.push({ taskId: EXTRA_TASK, item: { id: itemId(i), input: `extra ${i}`, metadata: { language: "fr" } } });
  store.createRun(run);
  const write = (k: SampleKey) => {
    if (k.targetId === "b" && k.taskId === FIXTURE_TASK && k.itemId === itemId(7)) {
      store.recordAttempt(RUN, fixtureAttempt(k, 1, true));
      const failed: SampleOutcome = { ...k, status: "error", errorKind: "timeout", errorMessage: "no answer in 300 s", scores: [], attempts: 2, fromCache: false, costUsd: 0 };
      store.recordSample(RUN, failed, { ...fixtureAttempt(k, 2, true), errorKind: "timeout" });
      return;
    }
    const outcome = fixtureOutcome(k);
    const text = answer(k.targetId, k.taskId, Number(k.itemId.slice(5)), k.trial);
    outcome.result = { ...outcome.result!, text };
    if (k.trial === 2) outcome.scores = [{ scorer: "match", value: 0, label: "incorrect" }];
    store.recordSample(RUN, outcome, { ...fixtureAttempt(k, 1), responseText: text });
  };
  for (const targetId of ["a", "b"]) for (let i = 0; i < 12; i++) for (const trial of [1, 2]) write({ targetId, taskId: FIXTURE_TASK, itemId: itemId(i), trial });
  for (let i = 0; i < 3; i++) write({ targetId: "a", taskId: EXTRA_TASK, itemId: itemId(i), trial: 1 });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every page of a query, following `next`; partial pages are followed too. */
function allPages(queries: DashboardSampleQueries, query: SampleQuery, limit: number): { keys: string[]; pages: number; partial: number } {
  const keys: string[] = [];
  let after: SampleKey | undefined;
  let pages = 0;
  let partial = 0;
  do {
    const page = queries.page(RUN, query, after, limit);
    expect(page.samples.length).toBeLessThanOrEqual(limit);
    keys.push(...page.samples.map((s) => sampleKeyString(s.key)));
    if (page.partial) partial++;
    after = page.next;
    pages++;
  } while (after);
  return { keys, pages, partial };
}

function expected(keep: (s: StoredSample) => boolean): string[] {
  return [...store.iterateSamples(RUN)].filter(keep).map((s) => sampleKeyString(s));
}

const labels = (s: StoredSample) => s.scores.map((x) => x.label);

describe("DashboardSampleQueries.page", () => {
  it("pages through every sample once, in key order, by cursor", () => {
    const queries = new DashboardSampleQueries(db);
    const { keys, pages } = allPages(queries, {}, 7);
    expect(keys).toEqual(expected(() => true));
    expect(pages).toBe(Math.ceil(keys.length / 7));
  });

  const cases: [string, SampleQuery, (s: StoredSample) => boolean][] = [
    ["target", { targetId: "b" }, (s) => s.targetId === "b"],
    ["task", { taskId: EXTRA_TASK }, (s) => s.taskId === EXTRA_TASK],
    ["family", { family: "riddles" }, (s) => s.taskId === FIXTURE_TASK],
    ["outcome label", { outcome: "incorrect" }, (s) => labels(s).includes("incorrect")],
    ["any error", { outcome: "error" }, (s) => s.status === "error"],
    ["error kind", { outcome: "error:timeout" }, (s) => s.errorKind === "timeout"],
    ["language", { language: "es" }, (s) => s.item.metadata.language === "es"],
    ["search", { search: "NEEDLE" }, (s) => (s.result?.text ?? "").toLowerCase().includes("needle")],
    ["search with %", { search: "100%" }, (s) => (s.result?.text ?? "").includes("100%")],
    ["search with _", { search: "snake_case" }, (s) => (s.result?.text ?? "").includes("snake_case")],
    ["everything at once", { targetId: "a", family: "riddles", outcome: "correct", language: "en", search: "answer" }, (s) => s.targetId === "a" && s.taskId === FIXTURE_TASK && labels(s).includes("correct") && s.item.metadata.language === "en" && /answer/i.test(s.result?.text ?? "")],
  ];
  for (const [name, query, keep] of cases) {
    it(`filters by ${name}`, () => {
      const want = expected(keep);
      expect(want.length).toBeGreaterThan(0);
      expect(allPages(new DashboardSampleQueries(db), query, 5).keys).toEqual(want);
    });
  }

  it("scans a bounded window per request: a rare match comes back after partial pages, never skipped", () => {
    const queries = new DashboardSampleQueries(db, { scanWindow: 4, scanBudget: 12 });
    const first = queries.page(RUN, { search: "needle-in-the-run" }, undefined, 10);
    expect(first).toMatchObject({ samples: [], partial: true });
    expect(first.next).toBeDefined();
    const { keys, partial } = allPages(queries, { search: "needle-in-the-run" }, 10);
    expect(keys).toEqual(expected((s) => s.result?.text === "the needle-in-the-run"));
    expect(partial).toBeGreaterThan(1);
    for (const [, query, keep] of cases) expect(allPages(queries, query, 3).keys).toEqual(expected(keep));
  });

  it("lists a preview, the answer's length, language and scores of each sample", () => {
    const page = new DashboardSampleQueries(db).page(RUN, { targetId: "a", taskId: FIXTURE_TASK }, undefined, 14);
    const long = page.samples.find((s) => s.key.itemId === itemId(6) && s.key.trial === 1)!;
    expect(long).toMatchObject({ status: "done", responseChars: PREVIEW_CHARS + 100, language: "es", scores: [{ scorer: "match", label: "correct", value: 1 }, { scorer: "judge", label: "unscored", value: null }] });
    expect(long.preview).toHaveLength(PREVIEW_CHARS);
  });
});
