// No grader scores the prompt's own words: against the simulator, a model that only repeats its prompt (all of it, or
// just its last paragraph, where the instructions and answer format sit) is `unscored` in every family, with the
// reason recorded, and never correct or incorrect.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Task } from "../core/task.ts";
import { SCORER_NAMES } from "../scorers/scorer-registry.ts";
import { benchmarkFixtures, FIXTURE_GPQA_TOKEN } from "../test-support/benchmark-fixtures.ts";
import { type FakeHub, startFakeHub } from "../test-support/fake-hub.ts";
import { fixturePath } from "../test-support/fixture-path.ts";
import { runTasksOnSimulator, simulatorTarget } from "../test-support/run-task.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { benchmarkFamily } from "./benchmark/benchmark-family.ts";
import { BENCHMARKS } from "./benchmark/benchmarks.ts";
import { datasetFamily } from "./dataset/dataset-family.ts";
import { allFamilies } from "./registry.ts";
import type { TaskFamily } from "./task-family.ts";

const ECHOERS = ["echo@a", "parrot@a"];

/** Small options for each family; the dataset family is tried with every scorer below. */
const OPTIONS: Record<string, Record<string, unknown>> = {
  niah: { lengths: "1k", depths: "0,50,100", calibrate: false },
  mysteries: { cases: 3, mode: "both" },
  refusal: { categories: ["security", "homonyms"], languages: ["en", "es", "fr"], kinds: ["safe", "unsafe"] },
  riddles: { languages: ["en", "es", "fr"] },
  writing: { languages: ["en"] },
  longform: { premises: ["relay-en"], chapters: 2, chapterWords: 60 },
};

/** Sums whose answers a parser could read straight out of the prompt ("7 plus 5, then add 3 more" holds 7, 5 and 3). */
function sums(): string {
  const file = join(tempDir(), "sums.jsonl");
  const items = [
    { input: "What is 7 plus 5? End your reply with one final line: ANSWER: <number>", expected: 12 },
    { input: "Add 3 to 9.\n\nReason briefly, then end your reply with one final line in exactly this form:\nANSWER: <your answer>", expected: 12 },
  ];
  writeFileSync(file, items.map((item) => JSON.stringify(item)).join("\n"));
  return file;
}

async function build(family: TaskFamily, options: Record<string, unknown>): Promise<Task> {
  return family.build(family.optionsSchema.parse(options), { seed: 3, cwd: tempDir(), targets: ECHOERS.map((model) => simulatorTarget(model)) });
}

async function expectAllUnscored(task: Task): Promise<void> {
  const run = await runTasksOnSimulator([task], { models: ECHOERS });
  for (const model of ECHOERS) {
    const samples = run.samples(`simulator:${model}`);
    expect(samples.length, `${task.id} ${model}`).toBeGreaterThan(0);
    for (const sample of samples) {
      expect(sample.status, `${task.id} ${model} ${sample.itemId}`).toBe("done");
      for (const score of sample.scores) {
        expect(score, `${task.id} ${model} ${sample.itemId}`).toMatchObject({ label: "unscored", value: null, explanation: expect.stringMatching(/^the reply only repeats the prompt/) });
      }
    }
  }
}

describe("a model that only repeats its prompt", () => {
  let hub: FakeHub;
  beforeAll(async () => {
    hub = await startFakeHub(benchmarkFixtures(3).repos);
  });
  afterAll(() => hub.close());

  it("covers every registered family", () => {
    expect(allFamilies().map((family) => family.name).sort()).toEqual(["benchmark", "dataset", ...Object.keys(OPTIONS)].sort());
  });

  it.each(Object.keys(BENCHMARKS))("is unscored in the benchmark %s (data from a local fake Hub)", async (benchmark) => {
    const options = benchmarkFamily.optionsSchema.parse({ benchmark, limit: 12 });
    const env = { HF_ENDPOINT: hub.url, HF_TOKEN: FIXTURE_GPQA_TOKEN };
    await expectAllUnscored(await benchmarkFamily.build(options, { seed: 3, cwd: tempDir(), env, targets: ECHOERS.map((model) => simulatorTarget(model)) }));
  });

  for (const [name, options] of Object.entries(OPTIONS)) {
    it(`is unscored in ${name}`, async () => {
      const family = allFamilies().find((f) => f.name === name)!;
      await expectAllUnscored(await build(family, options));
    });
  }

  it.each(SCORER_NAMES)("is unscored by the dataset family's %s scorer", async (scorer) => {
    const file = scorer === "choice" ? fixturePath("datasets", "mc.csv") : scorer === "numeric" ? sums() : fixturePath("datasets", "qa.jsonl");
    const pattern = scorer === "regex" ? { pattern: "\\w+" } : {};
    await expectAllUnscored(await build(datasetFamily, { file, scorer, id: `dataset-${scorer}`, ...pattern }));
  });
});
