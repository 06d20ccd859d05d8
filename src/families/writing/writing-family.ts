// The writing family: creative prompts (the review's time-travel paradox among them) in several genres and
// languages, graded by a panel of judge models against a rubric, with length compliance and failures recorded.
// A judge never grades its own maker's models unless forced, and a forced run records which pairs it allowed.

import { z } from "zod";
import { ConfigError } from "../../core/errors.ts";
import { hashOf } from "../../core/hash.ts";
import type { Item } from "../../core/item.ts";
import type { Task } from "../../core/task.ts";
import { readRubricFile } from "../../judging/rubric.ts";
import { rubricJudgeScorer } from "../../judging/rubric-judge-scorer.ts";
import { deriveFlags } from "../family-flags.ts";
import type { TaskFamily } from "../task-family.ts";
import { taskIdOption } from "../task-id-option.ts";
import { judgePanel } from "./judge-panel.ts";
import { lengthScorer } from "./length-scorer.ts";
import { CREATIVE_RUBRIC_FILE, loadWritingPrompts, type WritingPrompt } from "./writing-data.ts";
import { lengthMetrics, rubricMetrics } from "./writing-metrics.ts";

const writingOptionsSchema = z.strictObject({
  id: taskIdOption,
  judges: z
    .array(z.string().min(1))
    .default([])
    .describe("a panel of judges (config target names or provider:model): repeat or comma list; none = length and failures only"),
  rubric: z.string().min(1).optional().describe("a rubric YAML file of your own (default data/writing/creative-rubric.yaml)"),
  languages: z.array(z.string().min(2)).min(1).optional().describe("languages to ask in, comma list (default all)"),
  genres: z.array(z.string().min(1)).min(1).optional().describe("genres to ask, comma list (default all)"),
  prompts: z.array(z.string().min(1)).min(1).optional().describe("prompt ids to ask, comma list (default all)"),
  forceJudges: z.boolean().default(false).describe("let a judge grade its own maker's models (self-preference is a known bias; each grade then says so)"),
});

export const writingFamily: TaskFamily<typeof writingOptionsSchema> = {
  name: "writing",
  summary: "creative writing (the review's time-travel paradox and our own prompts) graded by a judge panel against a rubric",
  optionsSchema: writingOptionsSchema,
  pathOptions: ["rubric"],
  flags: deriveFlags(writingOptionsSchema, { names: { judges: "judge", prompts: "prompt-ids" } }, ["rubric"]),
  report: {
    id: "writing",
    title: "Creative writing",
    order: 3,
    about: "Creative prompts judged against a rubric by judges from another vendor, with length compliance.",
  },
  async build(options, context) {
    const rubric = readRubricFile(options.rubric ?? CREATIVE_RUBRIC_FILE);
    const items = context.storedItems ?? writingItems(loadWritingPrompts(), options);
    const { judges, selfJudged } = judgePanel(options.judges, options.forceJudges, context);
    return {
      id: options.id ?? "writing",
      family: "writing",
      params: { prompts: items.length, judges: judges.map((j) => j.id).join(",") || "none", selfJudged: selfJudged.join("; ") || "none", rubric: rubric.name, rubricHash: hashOf(rubric).slice(0, 16), itemsHash: hashOf(items).slice(0, 16) },
      items,
      prompt: (item) => [{ role: "user", content: item.input }],
      expected: (item) => `a piece of about ${String(item.metadata.targetWords)} words`,
      scorers: [lengthScorer(), ...judges.map((judge) => rubricJudgeScorer(judge, { rubric }))],
      metrics: [lengthMetrics, rubricMetrics(judges.map((j) => j.id))],
      groupBy: ["genre", "language"],
      // Room for the longest piece asked (1,000 words is ~1,400 tokens in English, more in other languages).
      settings: { maxOutputTokens: 3000 },
    } satisfies Task;
  },
};

function writingItems(prompts: readonly WritingPrompt[], options: z.output<typeof writingOptionsSchema>): Item[] {
  const known = (field: "language" | "genre" | "id") => [...new Set(prompts.map((p) => p[field]))];
  const filters = [
    ["languages", "language", options.languages],
    ["genres", "genre", options.genres],
    ["prompts", "id", options.prompts],
  ] as const;
  let chosen = [...prompts];
  for (const [option, field, wanted] of filters) {
    if (!wanted) continue;
    const unknown = wanted.find((value) => !known(field).includes(value));
    if (unknown) throw new ConfigError(`unknown ${field} "${unknown}" (known: ${known(field).join(", ")})`, option);
    chosen = chosen.filter((p) => wanted.includes(p[field]));
  }
  return chosen.map((p) => ({ id: p.id, input: p.text, metadata: { genre: p.genre, language: p.language, targetWords: p.targetWords } }));
}
