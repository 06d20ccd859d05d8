// The riddles family as the registry sees it: validated options in; items from the shipped riddles (or the user's
// file, or, on resume, the store) out.

import { basename, resolve } from "node:path";
import { z } from "zod";
import { taskIdOption } from "../task-id-option.ts";
import { ConfigError } from "../../core/errors.ts";
import type { TaskFamily } from "../task-family.ts";
import { loadBuiltInRiddles, loadRiddleFile, loadSlotPools } from "./load-riddles.ts";
import { riddleItems } from "./riddle-items.ts";
import { RIDDLE_FORMS, RIDDLE_LANGUAGES } from "./riddle-schema.ts";
import { riddlesTask } from "./riddles-task.ts";

const known = (values: readonly string[]) => values.join(", ");

const riddlesOptionsSchema = z.strictObject({
  /** Task id, so one run (a suite) can hold several riddle tasks. */
  id: taskIdOption,
  languages: z
    .array(z.enum(RIDDLE_LANGUAGES, { error: (issue) => `unknown language ${JSON.stringify(issue.input)} (known: ${known(RIDDLE_LANGUAGES)})` }))
    .min(1)
    .optional()
    .describe(`languages to ask in, comma list: ${known(RIDDLE_LANGUAGES)} (default all)`),
  families: z.array(z.string().min(1)).min(1).optional().describe("riddle families to ask, comma list (default all)"),
  forms: z
    .array(z.enum(RIDDLE_FORMS, { error: (issue) => `unknown form ${JSON.stringify(issue.input)} (known: ${known(RIDDLE_FORMS)})` }))
    .min(1)
    .optional()
    .describe(`${RIDDLE_FORMS.join(" | ")}, comma list (default all)`),
  file: z.string().min(1).optional().describe("a riddle family of your own (YAML, in the shipped files' format); the task then asks only that family"),
});

export const riddlesFamily: TaskFamily<typeof riddlesOptionsSchema> = {
  name: "riddles",
  summary: "trick riddles as classic, perturbed twin, distracted and minimal forms in five languages: accuracy, memorised answers, cross-language flips",
  optionsSchema: riddlesOptionsSchema,
  report: {
    id: "logic",
    title: "Logic and common sense",
    order: 2,
    about:
      "Classic riddles beside perturbed twins whose answer differs, distracted and minimal forms, in several languages: " +
      "a model that recites the classic answer to the twin has memorised rather than reasoned.",
  },
  pathOptions: ["file"],
  async build(options, context) {
    const languages = [...new Set(options.languages ?? RIDDLE_LANGUAGES)];
    const forms = [...new Set(options.forms ?? RIDDLE_FORMS)];
    const source = options.file === undefined ? "built-in" : basename(options.file);
    let items = context.storedItems;
    if (!items) {
      const families = options.file === undefined ? loadBuiltInRiddles() : [loadRiddleFile(resolve(context.cwd, options.file))];
      const names = families.map((family) => family.family);
      const unknown = options.families?.find((name) => !names.includes(name));
      if (unknown !== undefined) throw new ConfigError(`unknown riddle family "${unknown}" (known: ${known(names)})`, "families");
      const chosen = options.families === undefined ? families : families.filter((family) => options.families?.includes(family.family));
      items = riddleItems(chosen, loadSlotPools(), { languages, forms });
    }
    return riddlesTask({ items, seed: context.seed, languages, source, id: options.id });
  },
};
