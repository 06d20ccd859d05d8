// Conformance of SampleBrowser: filtered pages of samples follow their cursor through every match once, in key order;
// the filter values are the run's; a transcript has every attempt, turn and score, with long texts cut.

import { expect, it } from "vitest";
import { collect } from "../../core/collect.ts";
import type { RunStore } from "../../core/run-store.ts";
import { sampleKeyString, type SampleKey, type SampleOutcome } from "../../core/sample.ts";
import { PREVIEW_CHARS, type SampleQuery } from "../../core/sample-browser.ts";
import type { StoreWrite } from "../../core/store-write.ts";
import type { StoredSample } from "../../core/stored-run.ts";
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

export const BROWSED_RUN = "run-s";
const RUN = BROWSED_RUN;
const EXTRA_TASK = "extra";
const itemId = (i: number) => `item-${String(i).padStart(4, "0")}`;
const LONG = "loop ".repeat(100);

/** Distinct answers: a few that need escaping in LIKE, one long one, and one rare match near the end. */
function answer(targetId: string, taskId: string, i: number, trial: number): string {
  if (i === 3) return `scored 100% on ${itemId(i)}`;
  if (i === 4) return `scored 1000 on ${itemId(i)}`;
  if (i === 5) return "snake_case and snakeXcase";
  if (i === 6) return "x".repeat(PREVIEW_CHARS + 100);
  if (targetId === "b" && taskId === FIXTURE_TASK && i === 11 && trial === 2) return "the needle-in-the-run";
  return `Answer ${i} from ${targetId}`;
}

/** Two targets × 12 items × 2 trials of a riddles task (one a timeout), three samples of a dataset task in French. */
export async function seedBrowsedRun(store: RunStore): Promise<void> {
  const run = fixtureRun(RUN, ["a", "b"], 12);
  run.tasks.push({ id: EXTRA_TASK, family: "dataset", params: {}, groupBy: [] });
  for (let i = 0; i < 3; i++) run.items.push({ taskId: EXTRA_TASK, item: { id: itemId(i), input: `extra ${i}`, metadata: { language: "fr" } } });
  await store.createRun(run);
  const writes: StoreWrite[] = [];
  const write = (k: SampleKey) => {
    if (k.targetId === "b" && k.taskId === FIXTURE_TASK && k.itemId === itemId(7)) {
      writes.push(attemptWrite(RUN, fixtureAttempt(k, 1, true)));
      const failed: SampleOutcome = { ...k, status: "error", errorKind: "timeout", errorMessage: "no answer in 300 s", scores: [], attempts: 2, fromCache: false, costUsd: 0 };
      writes.push(sampleWrite(RUN, failed, { ...fixtureAttempt(k, 2, true), errorKind: "timeout" }));
      return;
    }
    const outcome = fixtureOutcome(k);
    const text = answer(k.targetId, k.taskId, Number(k.itemId.slice(5)), k.trial);
    outcome.result = { ...outcome.result!, text };
    if (k.trial === 2) outcome.scores = [{ scorer: "match", value: 0, label: "incorrect" }];
    writes.push(sampleWrite(RUN, outcome, { ...fixtureAttempt(k, 1), responseText: text }));
  };
  for (const targetId of ["b", "a"]) for (let i = 11; i >= 0; i--) for (const trial of [2, 1]) write({ targetId, taskId: FIXTURE_TASK, itemId: itemId(i), trial });
  for (let i = 0; i < 3; i++) write({ targetId: "a", taskId: EXTRA_TASK, itemId: itemId(i), trial: 1 });
  await store.writeBatch(writes);
}

const labels = (s: StoredSample) => s.scores.map((x) => x.label);

export const BROWSE_CASES: [string, SampleQuery, (s: StoredSample) => boolean][] = [
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
  [
    "everything at once",
    { targetId: "a", family: "riddles", outcome: "correct", language: "en", search: "answer" },
    (s) => s.targetId === "a" && s.taskId === FIXTURE_TASK && labels(s).includes("correct") && s.item.metadata.language === "en" && /answer/i.test(s.result?.text ?? ""),
  ],
];

/** Every page of a query, following `next`, partial pages included. */
export async function allPages(store: RunStore, runId: string, query: SampleQuery, limit: number): Promise<string[]> {
  const keys: string[] = [];
  let after: SampleKey | undefined;
  do {
    const page = await store.samplePage(runId, query, after, limit);
    expect(page.samples.length).toBeLessThanOrEqual(limit);
    if (!page.partial && page.next) expect(page.samples).toHaveLength(limit);
    keys.push(...page.samples.map((s) => sampleKeyString(s.key)));
    after = page.next;
  } while (after);
  return keys;
}

export function sampleBrowserConformance(open: OpenFreshStore): void {
  const opened = freshStore(open);
  const store = () => opened();
  const expected = async (keep: (s: StoredSample) => boolean) => (await collect(store().samples(RUN))).filter(keep).map((s) => sampleKeyString(s));

  it("pages through every sample once, in key order, by cursor", async () => {
    await seedBrowsedRun(store());
    const keys = await allPages(store(), RUN, {}, 7);
    expect(keys).toEqual(await expected(() => true));
    expect(keys).toHaveLength(51);
    const first = await store().samplePage(RUN, {}, undefined, 51);
    expect(first.next).toBeUndefined();
    expect(first.partial).toBe(false);
    expect(await store().samplePage("no-such-run", {}, undefined, 5)).toEqual({ samples: [], partial: false });
  });

  for (const [name, query, keep] of BROWSE_CASES) {
    it(`filters by ${name}`, async () => {
      await seedBrowsedRun(store());
      const want = await expected(keep);
      expect(want.length).toBeGreaterThan(0);
      expect(await allPages(store(), RUN, query, 5)).toEqual(want);
    });
  }

  it("lists a preview, the answer's length, language, cost, attempts and scores of each sample", async () => {
    await seedBrowsedRun(store());
    const page = await store().samplePage(RUN, { targetId: "a", taskId: FIXTURE_TASK }, undefined, 14);
    const long = page.samples.find((s) => s.key.itemId === itemId(6) && s.key.trial === 1)!;
    expect(long).toMatchObject({
      status: "done",
      errorKind: null,
      finishReason: "stop",
      responseChars: PREVIEW_CHARS + 100,
      latencyMs: 50.5,
      inputTokens: 30,
      outputTokens: 5,
      costUsd: 0.000125,
      fromCache: false,
      attempts: 1,
      language: "es",
      scores: [{ scorer: "match", label: "correct", value: 1 }, { scorer: "judge", label: "unscored", value: null }],
    });
    expect(long.preview).toBe("x".repeat(PREVIEW_CHARS));
    const failed = (await store().samplePage(RUN, { outcome: "error" }, undefined, 5)).samples[0]!;
    expect(failed).toMatchObject({ key: { targetId: "b", itemId: itemId(7), trial: 1 }, status: "error", errorKind: "timeout", preview: null, responseChars: null, attempts: 2, scores: [] });
  });

  it("offers the run's score labels, error outcomes and item languages as filter values", async () => {
    await seedBrowsedRun(store());
    expect(await store().sampleFacets(RUN)).toEqual({ outcomes: ["correct", "incorrect", "unscored", "error", "error:timeout"], languages: ["en", "es", "fr"] });
    expect(await store().sampleFacets("no-such-run")).toEqual({ outcomes: [], languages: [] });
  });

  it("gives a failed sample's transcript: every attempt in order, no scores, and the item asked", async () => {
    await seedBrowsedRun(store());
    const k = { targetId: "b", taskId: FIXTURE_TASK, itemId: itemId(7), trial: 1 };
    const t = (await store().transcript(RUN, k))!;
    expect(t).toMatchObject({ key: k, status: "error", errorKind: "timeout", errorMessage: "no answer in 300 s", response: undefined, scores: [], turns: [], costUsd: 0, fromCache: false });
    expect(t.finishedAt).toBe(fixtureAttempt(k, 2).endedAt);
    expect(t.attempts.map((a) => [a.attempt, a.errorKind, a.httpStatus])).toEqual([[1, "rate_limited", 429], [2, "timeout", 429]]);
    expect(t.attempts[0]!.requestSummary).toMatchObject({ messages: 2, characters: 120 });
    expect(t.item).toMatchObject({ input: { text: "Question 7: what walks on four legs in the morning?", chars: 51 }, expected: ["a person", "human"], metadata: { language: "en" }, messagesChars: 0 });
  });

  it("cuts a transcript's long texts to the limit and says how long they were", async () => {
    await store().createRun(fixtureRun(RUN, ["a"], 2));
    const k = { targetId: "a", taskId: FIXTURE_TASK, itemId: itemId(1), trial: 1 };
    const long = fixtureOutcome(k);
    long.result = { ...long.result!, text: LONG };
    await store().writeBatch([sampleWrite(RUN, long, { ...fixtureAttempt(k, 1), responseText: LONG })]);
    const t = (await store().transcript(RUN, k, 20))!;
    expect(t.response).toEqual({ text: LONG.slice(0, 20), chars: LONG.length });
    expect(t.attempts[0]!.response).toEqual({ text: LONG.slice(0, 20), chars: LONG.length });
    expect(t.scores.map((s) => [s.scorer, s.label])).toEqual([["match", "correct"], ["judge", "unscored"]]);
    expect(t.item!.input).toEqual({ text: "Question 1: what wal", chars: 51 });
    expect((await store().transcript(RUN, k))!.response).toEqual({ text: LONG, chars: LONG.length });
  });

  it("shows a conversation turn by turn, with the item's follow-up prompts", async () => {
    const run = fixtureRun(RUN, ["a"], 1);
    run.items.push({ taskId: FIXTURE_TASK, item: { id: "story", input: "Plan a story.", metadata: {}, followUps: ["Write chapter 1."] } });
    await store().createRun(run);
    const k = { targetId: "a", taskId: FIXTURE_TASK, itemId: "story", trial: 1 };
    const story = fixtureOutcome(k);
    const turn = (text: string) => ({ ...story.result!, text });
    story.result = turn("PLAN\n\nCHAPTER 1");
    story.turns = [
      { prompt: "Plan a story.", result: turn("PLAN") },
      { prompt: "Write chapter 1.", result: turn("CHAPTER 1") },
    ];
    await store().writeBatch([sampleWrite(RUN, story, fixtureAttempt(k, 1))]);
    const t = (await store().transcript(RUN, k))!;
    expect(t.turns.map((x) => [x.turn, x.prompt.text, x.response.text, x.finishReason, x.outputTokens])).toEqual([
      [0, "Plan a story.", "PLAN", "stop", 5],
      [1, "Write chapter 1.", "CHAPTER 1", "stop", 5],
    ]);
    expect(t.item!.followUps).toEqual(["Write chapter 1."]);
  });

  it("has no transcript for a sample or run that does not exist", async () => {
    await seedBrowsedRun(store());
    expect(await store().transcript(RUN, { targetId: "a", taskId: FIXTURE_TASK, itemId: "nope", trial: 1 })).toBeUndefined();
    expect(await store().transcript("other-run", { targetId: "a", taskId: FIXTURE_TASK, itemId: itemId(0), trial: 1 })).toBeUndefined();
  });
}
