import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { MetricValue } from "../../core/metric.ts";
import { judgeResolver } from "../../runner/judge-models.ts";
import { startSimulator, type SimulatorHandle } from "../../simulator/server.ts";
import { runTasksOnSimulator, simulatorTarget } from "../../test-support/run-task.ts";
import { countWords } from "../writing/length-scorer.ts";
import { longformFamily } from "./longform-family.ts";

const verdict = (criteria: string[], score: number) =>
  `\`\`\`json\n{"scores": {${criteria.map((c) => `"${c}": ${score}`).join(", ")}}, "overall": ${score}}\n\`\`\``;
const CHAPTER = ["Continuity", "Craft", "Progress", "Instructions"];
const WHOLE = ["Coherence", "Craft", "Character", "Originality", "Instructions"];
let judges: SimulatorHandle;

beforeAll(async () => {
  judges = await startSimulator({
    port: 0,
    profiles: {
      // Grades the last two chapters of an 8-chapter work lower, the rest (and whole works) well.
      editor: {
        rules: [
          { match: "chapter [78] of 8", reply: verdict(CHAPTER, 3) },
          { match: "chapter \\d of 8", reply: verdict(CHAPTER, 8) },
          { match: "Grade the answer", reply: verdict(WHOLE, 7) },
        ],
      },
    },
  });
});
afterAll(() => judges.close());

const resolve = () => judgeResolver({ config: {}, env: { SIMULATOR_BASE_URL: judges.url }, cwd: ".", retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRateLimitWaitMs: 1_000 }, timeoutMs: 10_000 });
const WRITERS = {
  // Writes the number of words each turn asks for.
  writer: { rules: [{ solve: "compose" as const }] },
  // Keeps to length for four chapters, then fades: a short chapter, then a refusal.
  fading: {
    rules: [
      { match: "chapter [5-6] of 8", reply: "It was late. The end." },
      { match: "chapter [7-8] of 8", reply: "I'm sorry, but I can't continue with this story." },
      { solve: "compose" as const },
    ],
  },
};

async function build(options: Record<string, unknown>, models: string[]) {
  return longformFamily.build(longformFamily.optionsSchema.parse(options), { seed: 1, cwd: ".", judge: resolve(), targets: models.map((m) => simulatorTarget(m)) });
}

function byName(metrics: MetricValue[]): Record<string, MetricValue> {
  return Object.fromEntries(metrics.map((m) => [m.name, m]));
}

describe("longform", () => {
  it("asks for a plan, then 8 chapters of about 1000 words, each turn carrying the conversation so far", async () => {
    const task = await build({ premises: ["relay-en"] }, ["writer@a"]);
    expect(task.items).toHaveLength(1);
    expect(task.items[0]!.followUps).toHaveLength(8);
    expect(task.items[0]!.followUps![7]).toMatch(/chapter 8 of 8, about 1000 words/);
    const run = await runTasksOnSimulator([task], { models: ["writer@a"], profiles: WRITERS });
    const [sample] = run.samples("simulator:writer@a");
    expect(sample?.turns).toHaveLength(9);
    expect(sample!.turns!.slice(1).map((turn) => countWords(turn.result.text))).toEqual(Array(8).fill(1000));
    expect(countWords(sample!.turns![0]!.result.text)).toBe(300);
    // Nine requests, each resending the turns before it: the last one carries the plan and seven chapters.
    const attempts = await run.store.attemptsFor(run.runId, sample!);
    expect(attempts.map((a) => a.requestSummary.messages)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
    expect(sample!.result!.usage.outputTokens).toBe(sample!.turns!.reduce((sum, t) => sum + t.result.usage.outputTokens!, 0));
    const metrics = byName(run.metrics("simulator:writer@a"));
    expect(metrics.chapter_length_compliance).toMatchObject({ value: 1, n: 8 });
    expect(metrics.chapter_failure_rate).toMatchObject({ value: 0, n: 8 });
    expect(metrics.length_drift).toMatchObject({ value: 0, n: 1 });
  });

  it("scores each chapter and the whole, logs short and refused chapters as failures, and shows the degradation", async () => {
    const models = ["writer@a", "fading@b"];
    const task = await build({ premises: ["relay-en", "cartographer-en"], judges: ["simulator:editor@j"] }, models);
    const run = await runTasksOnSimulator([task], { models, profiles: WRITERS, trials: 2 });
    const steady = byName(run.metrics("simulator:writer@a"));
    const fading = byName(run.metrics("simulator:fading@b"));
    const judge = "simulator:editor@j";
    // Chapters 7 and 8 are graded lower by the scripted editor for both writers: the degradation is the judge's, measured.
    expect(steady[`chapter_rubric[${judge}]@ch1`]?.value).toBeCloseTo(7 / 9, 6);
    expect(steady[`chapter_rubric[${judge}]@ch8`]?.value).toBeCloseTo(2 / 9, 6);
    expect(steady[`degradation[${judge}]`]).toMatchObject({ n: 4 });
    expect(steady[`degradation[${judge}]`]?.value).toBeCloseTo(-5 / 9, 6);
    expect(steady[`rubric[${judge}]`]?.value).toBeCloseTo(6 / 9, 6);
    // The fading writer: two short chapters and two refusals of eight, in every conversation; its length falls away.
    expect(fading.chapter_failure_rate).toMatchObject({ value: 0.5, n: 32 });
    expect(fading.length_drift?.value).toBeLessThan(-0.9);
    // Four conversations are too few for a mean's interval: the drift is shown without one.
    expect(fading.length_drift).toMatchObject({ n: 4, interval: undefined });
    expect(steady.chapter_failure_rate).toMatchObject({ value: 0, n: 32 });
    const sample = run.samples("simulator:fading@b")[0]!;
    expect(sample.scores.find((s) => s.scorer === "chapter_length#5")?.label).toBe("short");
    expect(sample.scores.find((s) => s.scorer === "chapter_length#7")?.label).toBe("refused");
  });

  it("resumes a stored conversation from its stored items, follow-up turns included", async () => {
    const task = await build({ premises: ["saison-fr"], chapters: 2, chapterWords: 120 }, ["writer@a"]);
    const run = await runTasksOnSimulator([task], { models: ["writer@a"], profiles: WRITERS });
    const stored = await run.store.loadItems(run.runId, "longform");
    expect(stored[0]!.followUps).toEqual(task.items[0]!.followUps);
    const rebuilt = await longformFamily.build(longformFamily.optionsSchema.parse({ chapters: 2, chapterWords: 120 }), { seed: 1, cwd: ".", storedItems: stored });
    expect(rebuilt.items).toEqual(stored);
  });

  it("refuses unknown premises and languages, naming the known ones", async () => {
    await expect(build({ premises: ["nope"] }, ["writer@a"])).rejects.toThrow(/unknown premise "nope" \(known: cartographer-en, relay-en/);
    await expect(build({ languages: ["xx"] }, ["writer@a"])).rejects.toThrow(ConfigError);
  });
});
