// A toy task family, all in this folder: sums to add, two options whose flags and help come from the schema, a metric
// and a report section. test/toy-family.test.ts adds the folder with REALITYCHECK_FAMILIES and finds the family in
// `run --help`, `plan`, `run`, `show` and the report, with nothing outside this folder written for it.

import { z } from "zod";
import type { Item } from "../../../core/item.ts";
import type { TaskFamily } from "../../../families/task-family.ts";
import { accuracyMetric } from "../../../metrics/score-metrics.ts";
import { createScorer } from "../../../scorers/scorer-registry.ts";

const toyOptionsSchema = z.strictObject({
  id: z.string().optional(),
  sums: z.number().int().min(1).max(100).default(3).describe("how many sums to ask (default 3)"),
  smallest: z.number().int().min(0).max(1000).default(10).describe("the smallest number added (default 10)"),
});

export const toyFamily: TaskFamily<typeof toyOptionsSchema> = {
  name: "toy",
  summary: "sums to add: a task family in one folder",
  optionsSchema: toyOptionsSchema,
  report: { id: "toy", title: "Toy sums", about: "Sums the model adds up, scored as numbers.", order: 9 },
  async build(options) {
    const items: Item[] = Array.from({ length: options.sums }, (_, i) => {
      const [a, b] = [options.smallest + i, i + 2];
      return { id: `sum-${i + 1}`, input: `What is ${a} plus ${b}? End with ANSWER: <number>.`, expected: String(a + b), metadata: {} };
    });
    return {
      id: options.id ?? "toy",
      family: "toy",
      params: { sums: options.sums, smallest: options.smallest },
      items,
      prompt: (item) => [{ role: "user", content: item.input }],
      scorers: [createScorer("numeric")],
      metrics: [accuracyMetric("numeric", "sum_accuracy")],
      groupBy: [],
      settings: { maxOutputTokens: 64 },
    };
  },
};
