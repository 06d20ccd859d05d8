import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { judgeResolver } from "../../runner/judge-models.ts";
import { startSimulator, type SimulatorHandle } from "../../simulator/server.ts";
import { runTasksOnSimulator, simulatorTarget } from "../../test-support/run-task.ts";
import { loadWritingPrompts } from "./writing-data.ts";
import { writingFamily } from "./writing-family.ts";

const verdict = (score: number) => `\`\`\`json\n{"scores": {"Coherence": ${score}, "Craft": ${score}, "Character": ${score}, "Originality": ${score}, "Instructions": ${score}}, "overall": ${score}}\n\`\`\``;
let judges: SimulatorHandle;

beforeAll(async () => {
  judges = await startSimulator({
    port: 0,
    profiles: {
      fair: { rules: [{ match: "paradox|paradoja", reply: verdict(8) }, { match: "Grade the answer", reply: verdict(5) }] },
      twin: { extends: "fair" },
      mute: { rules: [{ match: "Grade the answer", reply: "No comment." }] },
    },
  });
});
afterAll(() => judges.close());

const resolve = () => judgeResolver({ config: {}, env: { SIMULATOR_BASE_URL: judges.url }, cwd: ".", retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRateLimitWaitMs: 1_000 }, timeoutMs: 5_000 });

async function build(options: Record<string, unknown>, models = ["honest@a"]) {
  return writingFamily.build(writingFamily.optionsSchema.parse(options), { seed: 1, cwd: ".", judge: resolve(), targets: models.map((m) => simulatorTarget(m)) });
}

describe("writing", () => {
  it("ships the review's paradox prompt in English and Spanish among prompts in five languages and many genres", () => {
    const prompts = loadWritingPrompts();
    expect(prompts.map((p) => p.id)).toEqual(expect.arrayContaining(["paradox-en", "paradox-es"]));
    expect(new Set(prompts.map((p) => p.language)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(prompts.map((p) => p.genre)).size).toBeGreaterThanOrEqual(8);
  });

  it("grades with a panel, reports each judge and their agreement, and logs short pieces as failures", async () => {
    const task = await build({ judges: ["simulator:fair@j1", "simulator:twin@j2", "simulator:mute@j3"] });
    const run = await runTasksOnSimulator([task], { models: ["honest@a"] });
    const metrics = Object.fromEntries(run.metrics("simulator:honest@a").map((m) => [m.name, m]));
    // The simulator answers a story prompt with a one-line "I don't know.": every piece is a failure, none is silently retried.
    expect(metrics.failure_rate).toMatchObject({ value: 1, n: 12 });
    expect(metrics["rubric[simulator:fair@j1]"]?.value).toBeCloseTo((2 * (7 / 9) + 10 * (4 / 9)) / 12, 6);
    expect(metrics.judge_agreement).toMatchObject({ value: 1, n: 12 });
    // A panel of three: every pair's agreement, over the pieces both judges could grade (the mute judge graded none).
    expect(metrics["judge_agreement[simulator:fair@j1~simulator:twin@j2]"]).toMatchObject({ value: 1, n: 12 });
    expect(metrics["judge_agreement[simulator:fair@j1~simulator:mute@j3]"]).toMatchObject({ value: null, n: 0 });
    expect(metrics["rubric[simulator:mute@j3]"]).toMatchObject({ value: null, n: 0 });
    expect(metrics["unscored[simulator:mute@j3]"]).toMatchObject({ value: 1, n: 12 });
    expect(metrics["unscored[simulator:fair@j1]"]).toMatchObject({ value: 0, n: 12 });
    const unscored = run.samples("simulator:honest@a").map((s) => s.scores.find((x) => x.scorer === "rubric:simulator:mute@j3"));
    expect(unscored.every((score) => score?.label === "unscored" && /^judge reply unreadable/.test(score.explanation ?? ""))).toBe(true);
  });

  it("refuses a judge made by the same maker as a target unless forced, and records the forcing", async () => {
    const config = { config: { targets: { judge: { model: "simulator:fair@j", vendor: "meta" } } }, env: { SIMULATOR_BASE_URL: judges.url }, cwd: ".", retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxRateLimitWaitMs: 1_000 }, timeoutMs: 1000 };
    const scout = { ...simulatorTarget("honest@scout"), vendor: "meta" };
    const context = { seed: 1, cwd: ".", judge: judgeResolver(config), targets: [scout] };
    await expect(writingFamily.build(writingFamily.optionsSchema.parse({ judges: ["judge"] }), context)).rejects.toThrow(ConfigError);
    const forced = await writingFamily.build(writingFamily.optionsSchema.parse({ judges: ["judge"], forceJudges: true }), context);
    expect(forced.params.selfJudged).toBe("judge judge (meta) grades simulator:honest@scout");
  });

  it("filters by language and genre and names the known ones on a typo", async () => {
    expect((await build({ languages: ["es"] })).items.map((i) => i.id)).toEqual(["paradox-es", "fable-es", "monologue-es"]);
    await expect(build({ genres: ["western"] })).rejects.toThrow(/unknown genre "western" \(known: science-fiction, literary/);
  });
});
