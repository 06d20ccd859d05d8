// The longform family: one conversation per premise, a plan and then chapters of about a thousand words, each turn
// sent with the answers before it. Scored per chapter (length, and each judge against a chapter rubric with the plan
// as context) and as a whole (each judge against the creative rubric); refusals and short chapters are failures that
// stay in the results, never retried. Reports degradation from the first chapter to the last.

import { z } from "zod";
import { hashOf } from "../../core/hash.ts";
import type { Task } from "../../core/task.ts";
import { readRubricFile } from "../../judging/rubric.ts";
import { deriveFlags } from "../family-flags.ts";
import type { TaskFamily } from "../task-family.ts";
import { taskIdOption } from "../task-id-option.ts";
import { judgePanel } from "../writing/judge-panel.ts";
import { CHAPTER_RUBRIC_FILE, loadLongform, longformItems } from "./longform-data.ts";
import { longformMetrics } from "./longform-metrics.ts";
import { chapterJudgeScorer, chapterLengthScorer, wholeWorkJudgeScorer } from "./longform-scorers.ts";
import { CREATIVE_RUBRIC_FILE } from "../writing/writing-data.ts";
import { rubricMetrics } from "../writing/writing-metrics.ts";

const longformOptionsSchema = z.strictObject({
  id: taskIdOption,
  judges: z
    .array(z.string().min(1))
    .default([])
    .describe("a panel of judges (config target names or provider:model): repeat or comma list; none = length and failures only"),
  rubric: z.string().min(1).optional().describe("rubric for each chapter, a YAML file (default data/writing/chapter-rubric.yaml)"),
  wholeRubric: z.string().min(1).optional().describe("rubric for the whole work (default data/writing/creative-rubric.yaml)"),
  chapters: z.number().int().min(1).max(30).default(8).describe("chapters after the plan (default 8)"),
  chapterWords: z.number().int().min(50).max(5000).default(1000).describe("words asked per chapter (default 1000)"),
  planWords: z.number().int().min(50).max(2000).default(300).describe("words asked for the plan (default 300)"),
  languages: z.array(z.string().min(2)).min(1).optional().describe("languages to write in, comma list (default all)"),
  premises: z.array(z.string().min(1)).min(1).optional().describe("premise ids to write, comma list (default all)"),
  forceJudges: z.boolean().default(false).describe("let a judge grade its own maker's models (self-preference is a known bias; each grade then says so)"),
});

export const longformFamily: TaskFamily<typeof longformOptionsSchema> = {
  name: "longform",
  summary: "longform writing: a plan, then chapters of ~1000 words in one conversation, judged per chapter and whole",
  optionsSchema: longformOptionsSchema,
  pathOptions: ["rubric", "wholeRubric"],
  flags: deriveFlags(longformOptionsSchema, { names: { judges: "judge" } }, ["rubric", "wholeRubric"]),
  async build(options, context) {
    const chapterRubric = readRubricFile(options.rubric ?? CHAPTER_RUBRIC_FILE);
    const wholeRubric = readRubricFile(options.wholeRubric ?? CREATIVE_RUBRIC_FILE);
    const shape = { chapters: options.chapters, chapterWords: options.chapterWords, planWords: options.planWords };
    const items = context.storedItems ?? longformItems(loadLongform(), shape, options);
    const { judges, selfJudged } = judgePanel(options.judges, options.forceJudges, context);
    const chapterNumbers = Array.from({ length: options.chapters }, (_, i) => i + 1);
    const judgeIds = judges.map((j) => j.id);
    return {
      id: options.id ?? "longform",
      family: "longform",
      params: {
        premises: items.length,
        ...shape,
        judges: judgeIds.join(",") || "none",
        selfJudged: selfJudged.join("; ") || "none",
        rubric: chapterRubric.name,
        wholeRubric: wholeRubric.name,
        rubricHash: hashOf([chapterRubric, wholeRubric]).slice(0, 16),
        itemsHash: hashOf(items).slice(0, 16),
      },
      items,
      prompt: (item) => [{ role: "user", content: item.input }],
      expected: (item) => `${String(item.metadata.chapters)} chapters of about ${String(item.metadata.targetWords)} words`,
      scorers: [
        ...chapterNumbers.map(chapterLengthScorer),
        ...judges.flatMap((judge) => [...chapterNumbers.map((n) => chapterJudgeScorer(judge, chapterRubric, n)), wholeWorkJudgeScorer(judge, wholeRubric)]),
      ],
      metrics: [longformMetrics(judgeIds, options.chapters), rubricMetrics(judgeIds)],
      groupBy: ["genre", "language"],
      // A chapter of 1,000 words is ~1,400 tokens in English and more in other languages.
      settings: { maxOutputTokens: Math.ceil(options.chapterWords * 3) },
    } satisfies Task;
  },
};
