// The dataset family as the registry sees it: validated options in; items from the file (or, on resume, from the store) out.

import { z } from "zod";
import { taskIdOption } from "../task-id-option.ts";
import { SCORER_NAMES } from "../../scorers/scorer-registry.ts";
import { deriveFlags } from "../family-flags.ts";
import type { TaskFamily } from "../task-family.ts";
import { datasetTask } from "./dataset-task.ts";
import { loadDataset } from "./load-dataset.ts";

const datasetOptionsSchema = z.strictObject({
  /** Task id, so one run (a suite) can hold several datasets. */
  id: taskIdOption,
  file: z
    .string({ error: (issue) => (issue.input === undefined ? "the dataset family needs --file items.jsonl|items.csv" : undefined) })
    .min(1)
    .describe("items as .jsonl, .ndjson, .json, .csv or .tsv"),
  scorer: z
    .enum(SCORER_NAMES, { error: (issue) => `unknown scorer ${JSON.stringify(issue.input)} (valid: ${SCORER_NAMES.join(", ")})` })
    .default("exact")
    .describe("exact | includes | regex | choice | numeric | refusal (labels complied/refused/partial; no expected answer needed) (default exact)"),
  system: z.string().optional().describe("system prompt"),
  template: z.string().optional().describe("user message template with {{input}}, {{choices}}, {{metadata.KEY}}"),
  groupBy: z.array(z.string()).default([]).describe("metadata column to break metrics down by; repeatable"),
  pattern: z.string().optional().describe("regex for the regex scorer (default: each item's expected)"),
  tolerance: z.number().nonnegative().optional().describe("absolute tolerance for the numeric scorer"),
});

export const datasetFamily: TaskFamily<typeof datasetOptionsSchema> = {
  name: "dataset",
  summary: "your own JSONL/CSV items, scored by exact, includes, regex, choice or numeric match, or labelled complied/refused/partial",
  optionsSchema: datasetOptionsSchema,
  pathOptions: ["file"],
  flags: deriveFlags(datasetOptionsSchema, {}, ["file"]),
  async build(options, context) {
    const items = context.storedItems ?? (await loadDataset(options.file));
    const scorerOptions: Record<string, unknown> = {};
    if (options.pattern !== undefined) scorerOptions.pattern = options.pattern;
    if (options.tolerance !== undefined) scorerOptions.absTolerance = options.tolerance;
    return datasetTask({
      file: options.file,
      items,
      scorer: options.scorer,
      scorerOptions,
      system: options.system,
      template: options.template,
      groupBy: options.groupBy,
      id: options.id,
    });
  },
};
