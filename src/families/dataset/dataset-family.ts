// The dataset family as the registry sees it: validated options in; items from the file (or, on resume, from the store) out.

import { z } from "zod";
import { taskIdOption } from "../task-id-option.ts";
import { SCORER_NAMES } from "../../scorers/scorer-registry.ts";
import type { TaskFamily } from "../task-family.ts";
import { datasetTask } from "./dataset-task.ts";
import { loadDataset } from "./load-dataset.ts";

const datasetOptionsSchema = z.strictObject({
  /** Task id, so one run (a suite) can hold several datasets. */
  id: taskIdOption,
  file: z.string().min(1),
  scorer: z.enum(SCORER_NAMES).default("exact"),
  system: z.string().optional(),
  template: z.string().optional(),
  groupBy: z.array(z.string()).default([]),
  /** regex scorer: the pattern (otherwise each item's `expected` is the pattern). */
  pattern: z.string().optional(),
  /** numeric scorer: absolute tolerance. */
  tolerance: z.number().nonnegative().optional(),
});

export const datasetFamily: TaskFamily<typeof datasetOptionsSchema> = {
  name: "dataset",
  summary: "your own JSONL/CSV items, scored by exact, includes, regex, choice or numeric match, or labelled complied/refused/partial",
  optionsSchema: datasetOptionsSchema,
  pathOptions: ["file"],
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
