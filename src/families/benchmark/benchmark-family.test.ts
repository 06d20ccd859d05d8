// The four benchmarks end to end: fetched from a fake Hub, asked through the real engine over HTTP of the
// simulator, whose benchmark-aware profile knows the fixtures' answers.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetricValue } from "../../core/metric.ts";
import type { Task } from "../../core/task.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";
import { benchmarkFixtures, FIXTURE_GPQA_TOKEN } from "../../test-support/benchmark-fixtures.ts";
import { type FakeHub, fakeCommit, startFakeHub } from "../../test-support/fake-hub.ts";
import { runTasksOnSimulator } from "../../test-support/run-task.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { benchmarkFamily } from "./benchmark-family.ts";

const fixtures = benchmarkFixtures();
let hub: FakeHub;
beforeAll(async () => {
  hub = await startFakeHub(fixtures.repos);
});
afterAll(() => hub.close());

function build(options: Record<string, unknown>, cwd = tempDir(), env: Record<string, string> = {}): Promise<Task> {
  return benchmarkFamily.build(benchmarkFamily.optionsSchema.parse(options), { seed: 1, cwd, env: { HF_ENDPOINT: hub.url, HF_TOKEN: FIXTURE_GPQA_TOKEN, ...env } });
}

const profiles = {
  knows: { answerKey: fixtures.answerKey },
  "broken-law": { answerKey: fixtures.answerKey, subjectPenalty: { law: 1, math: 1 } },
  "weak-spanish": { answerKey: fixtures.answerKey, subjectPenalty: { es: 1 } },
};
const metric = (metrics: MetricValue[], name: string) => metrics.find((m) => m.name === name);

describe("the benchmark family", () => {
  it("records the dataset, commit and every file's sha256 in the task's params, and builds the second time from the cache", async () => {
    const cwd = tempDir();
    const task = await build({ benchmark: "mmlu-pro" }, cwd);
    expect(task).toMatchObject({ id: "mmlu-pro", family: "benchmark", groupBy: ["subject"], settings: { temperature: 0, maxOutputTokens: 4096 } });
    expect(task.params).toMatchObject({ benchmark: "mmlu-pro", dataset: "TIGER-Lab/MMLU-Pro", revision: "main", commit: fakeCommit("mmlu-pro"), source: "hub", items: 100, headline: "macro_accuracy" });
    expect(task.params.files).toMatch(/^data\/test-00000-of-00001\.parquet sha256:[0-9a-f]{64}$/u);
    const asked = hub.requests.length;
    const again = await build({ benchmark: "mmlu-pro" }, cwd);
    expect(hub.requests.length).toBe(asked);
    expect(again.params).toEqual({ ...task.params, source: "cache" });
    expect(task.prompt(task.items[0]!, { target: { id: "t", provider: "simulator", model: "m", settings: {}, stream: false, simulated: true }, trial: 1 })[0]!.content).toMatch(
      /^The following is a multiple-choice question about law\. Think it through step by step, then finish with the line "The answer is \(X\)"[^\n]*\n\nQuestion: Fixture law #1: [^\n]+\nOptions:\nA\. law label 1\.0\nB\. law label 1\.1\n/u,
    );
  });

  it("rebuilds on resume from the stored items and params, without the Hub", async () => {
    const task = await build({ benchmark: "gpqa-diamond", limit: 6 });
    const asked = hub.requests.length;
    const options = benchmarkFamily.optionsSchema.parse({ benchmark: "gpqa-diamond", limit: 6 });
    const resumed = await benchmarkFamily.build(options, { seed: 1, cwd: tempDir(), env: { HF_HUB_OFFLINE: "1" }, storedItems: task.items, storedParams: task.params });
    expect(hub.requests.length).toBe(asked);
    expect(resumed.params).toEqual(task.params);
    const target = { id: "t", provider: "simulator", model: "m", settings: {}, stream: false, simulated: true };
    expect(resumed.prompt(resumed.items[3]!, { target, trial: 2 })).toEqual(task.prompt(task.items[3]!, { target, trial: 2 }));
  });

  it("macro-averages MMLU-Pro over subjects, and a host broken on two subjects loses exactly those", async () => {
    const task = await build({ benchmark: "mmlu-pro", limit: 40 });
    expect(task.items).toHaveLength(40);
    const run = await runTasksOnSimulator([task], { models: ["knows@a", "broken-law@b"], profiles });
    const honest = run.metrics("simulator:knows@a");
    // Every answer right: no spread to measure, so the item-level interval is Wilson over the 40 questions.
    expect(metric(honest, "macro_accuracy")).toMatchObject({ value: 1, n: 40, interval: wilsonInterval(40, 40) });
    const broken = run.metrics("simulator:broken-law@b");
    expect(metric(broken, "macro_accuracy")?.value).toBe(0.5);
    expect([metric(broken, "accuracy[law]")?.value, metric(broken, "accuracy[math]")?.value, metric(broken, "accuracy[history]")?.value]).toEqual([0, 0, 1]);
    expect(metric(broken, "no_answer_rate")?.value).toBe(0);
  });

  it("shuffles GPQA's options per trial from the seed, and scores every trial against its own order", async () => {
    const task = await build({ benchmark: "gpqa-diamond" });
    expect(task.items).toHaveLength(36);
    const target = { id: "t", provider: "simulator", model: "m", settings: {}, stream: false, simulated: true };
    const orders = [1, 2, 3].map((trial) => task.prompt(task.items[0]!, { target, trial })[0]!.content.split("Options:\n")[1]);
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect(task.prompt(task.items[0]!, { target, trial: 2 })).toEqual(task.prompt(task.items[0]!, { target, trial: 2 }));
    const run = await runTasksOnSimulator([task], { models: ["knows@a"], profiles, trials: 3 });
    expect(metric(run.metrics("simulator:knows@a"), "accuracy")).toMatchObject({ value: 1, n: 108, interval: { method: "wilson" } });
  });

  it("refuses the gated GPQA set without a token before anything is asked", async () => {
    const error = (await build({ benchmark: "gpqa-diamond" }, tempDir(), { HF_TOKEN: "" }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^Idavidrein\/gpqa is gated and the Hub refused access \(401\): accept its terms at .*\/datasets\/Idavidrein\/gpqa, then set HF_TOKEN/u);
  });

  it("scores MGSM by the final number per language, averages languages, and counts flips where one language breaks", async () => {
    const task = await build({ benchmark: "mgsm", languages: ["en", "es", "ja", "bn"] });
    expect(task.items).toHaveLength(48);
    expect(task.params.files).toMatch(/^mgsm_en\.tsv sha256:[0-9a-f]{64}; mgsm_es\.tsv sha256:/u);
    const run = await runTasksOnSimulator([task], { models: ["knows@a", "weak-spanish@b"], profiles });
    expect(metric(run.metrics("simulator:knows@a"), "macro_accuracy")?.value).toBe(1);
    expect(metric(run.metrics("simulator:knows@a"), "flip_rate")).toMatchObject({ value: 0, n: 12 });
    const weak = run.metrics("simulator:weak-spanish@b");
    expect([metric(weak, "accuracy[en]")?.value, metric(weak, "accuracy[es]")?.value, metric(weak, "accuracy[bn]")?.value]).toEqual([1, 0, 1]);
    expect(metric(weak, "macro_accuracy")?.value).toBe(0.75);
    expect(metric(weak, "flip_rate")).toMatchObject({ value: 1, n: 12 });
  });

  it("reads MATH-500's boxed answers by equivalence and leaves the one it cannot decide unscored", async () => {
    const task = await build({ benchmark: "math-500" });
    const run = await runTasksOnSimulator([task], { models: ["knows@a"], profiles });
    const metrics = run.metrics("simulator:knows@a");
    expect(metric(metrics, "accuracy")).toMatchObject({ value: 1, n: 11 });
    expect(metric(metrics, "unscored")).toMatchObject({ n: 12 });
    expect(run.samples("simulator:knows@a").find((s) => s.scores[0]?.label === "unscored")?.scores[0]?.explanation).toMatch(/^cannot decide whether \\sin 60\^\\circ/u);
  });
});
