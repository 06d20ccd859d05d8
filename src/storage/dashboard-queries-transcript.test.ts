import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SampleKey, SampleOutcome } from "../core/sample.ts";
import { readTranscript } from "./dashboard-queries-transcript.ts";
import { openDatabase } from "./open-database.ts";
import { RunStore } from "./run-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun } from "./storage-fixtures.ts";

const RUN = "run-t";
let dir: string;
let db: Database;
let store: RunStore;

const key = (itemId: string): SampleKey => ({ targetId: "a", taskId: FIXTURE_TASK, itemId, trial: 1 });
const LONG = "loop ".repeat(100);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rc-dash-transcript-"));
  db = openDatabase(join(dir, "results.db"));
  store = new RunStore(db);
  const run = fixtureRun(RUN, ["a"], 2);
  run.items.push({ taskId: FIXTURE_TASK, item: { id: "story", input: "Plan a story.", metadata: {}, followUps: ["Write chapter 1."] } });
  store.createRun(run);

  const failed = key("item-0000");
  store.recordAttempt(RUN, fixtureAttempt(failed, 1, true));
  const outcome: SampleOutcome = { ...failed, status: "error", errorKind: "timeout", errorMessage: "no answer in 300 s", scores: [], attempts: 2, fromCache: false, costUsd: 0 };
  store.recordSample(RUN, outcome, { ...fixtureAttempt(failed, 2, true), errorKind: "timeout" });

  const long = fixtureOutcome(key("item-0001"));
  long.result = { ...long.result!, text: LONG };
  store.recordSample(RUN, long, { ...fixtureAttempt(key("item-0001"), 1), responseText: LONG });

  const story = fixtureOutcome(key("story"));
  const turn = (text: string) => ({ ...story.result!, text });
  story.result = turn("PLAN\n\nCHAPTER 1");
  story.turns = [
    { prompt: "Plan a story.", result: turn("PLAN") },
    { prompt: "Write chapter 1.", result: turn("CHAPTER 1") },
  ];
  store.recordSample(RUN, story, fixtureAttempt(key("story"), 1));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("readTranscript", () => {
  it("gives the sample, every attempt in order, its scores and the item asked", () => {
    const t = readTranscript(db, RUN, key("item-0000"))!;
    expect(t).toMatchObject({ key: key("item-0000"), status: "error", errorKind: "timeout", errorMessage: "no answer in 300 s", response: undefined, scores: [], turns: [] });
    expect(t.attempts.map((a) => [a.attempt, a.errorKind, a.httpStatus])).toEqual([[1, "rate_limited", 429], [2, "timeout", 429]]);
    expect(t.attempts[0]!.requestSummary).toMatchObject({ messages: 2, characters: 120 });
    expect(t.item).toMatchObject({ input: { text: "Question 0: what walks on four legs in the morning?", chars: 51 }, expected: ["a person", "human"], metadata: { language: "es" }, messagesChars: 0 });
  });

  it("cuts long texts to the limit and says how long they were", () => {
    const t = readTranscript(db, RUN, key("item-0001"), 20)!;
    expect(t.response).toEqual({ text: LONG.slice(0, 20), chars: LONG.length });
    expect(t.attempts[0]!.response).toEqual({ text: LONG.slice(0, 20), chars: LONG.length });
    expect(t.scores.map((s) => [s.scorer, s.label])).toEqual([["match", "correct"], ["judge", "unscored"]]);
    expect(t.item!.input).toEqual({ text: "Question 1: what wal", chars: 51 });
  });

  it("shows a conversation turn by turn, with the item's follow-up prompts", () => {
    const t = readTranscript(db, RUN, key("story"))!;
    expect(t.turns.map((turn) => [turn.turn, turn.prompt.text, turn.response.text])).toEqual([[0, "Plan a story.", "PLAN"], [1, "Write chapter 1.", "CHAPTER 1"]]);
    expect(t.item!.followUps).toEqual(["Write chapter 1."]);
  });

  it("is undefined for a sample the run does not have", () => {
    expect(readTranscript(db, RUN, key("nope"))).toBeUndefined();
    expect(readTranscript(db, "other-run", key("story"))).toBeUndefined();
  });
});
