// The mysteries family as the registry sees it: fair-play whodunits generated from the seed at several lengths,
// asked with lettered suspects, free naming or both, in one or more languages.

import { z } from "zod";
import { taskIdOption } from "../task-id-option.ts";
import type { TaskFamily } from "../task-family.ts";
import { mysteriesTask } from "./mysteries-task.ts";
import { mysteryItems } from "./mystery-items.ts";
import type { AnswerMode } from "./story-language.ts";
import { storyLanguage } from "./story-languages.ts";

export const DEFAULT_LENGTHS = [1000, 4000, 16000, 32000];
const MIN_LENGTH = 1000;
const MAX_LENGTH = 1_000_000;

/** "4k", "4000" or 4000 -> 4000 (k means a thousand: lengths are approximate tokens). */
const lengthSchema = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*\d+(?:\.\d+)?\s*k?\s*$/i, 'lengths look like 4000 or "4k"')
    .transform((text) => Number.parseFloat(text) * (/k\s*$/i.test(text) ? 1000 : 1)),
]).pipe(z.number().int().min(MIN_LENGTH).max(MAX_LENGTH));

const lengthListSchema = z.array(lengthSchema).min(1);
const languageListSchema = z.array(z.union([z.string().min(1), z.number().transform(String)])).min(1);
/** One comma-separated string, as a command-line flag gives a list. */
const commaList = z.string().transform((text): (string | number)[] => text.split(",").map((part) => part.trim()).filter(Boolean));

const mysteriesOptionsSchema = z.strictObject({
  /** Task id, so one run (a suite) can hold several mystery tasks. */
  id: taskIdOption,
  cases: z.number().int().min(1).max(10_000).default(20).describe("how many generated cases (default 20)"),
  lengths: z
    .union([lengthListSchema, commaList.pipe(lengthListSchema)])
    .default(DEFAULT_LENGTHS)
    .describe("approximate story lengths in tokens, comma list: 1k,4k or 1000,4000 (default 1k,4k,16k,32k)"),
  mode: z.enum(["options", "free", "both"]).default("options").describe("options (lettered suspects, order rotated per trial) | free | both (default options)"),
  languages: z
    .union([languageListSchema, commaList.pipe(languageListSchema)])
    .default(["en"])
    .describe("languages to tell the stories in, comma list: en, es (default en)"),
});

export const mysteriesFamily: TaskFamily<typeof mysteriesOptionsSchema> = {
  name: "mysteries",
  summary: "generated fair-play whodunits at several lengths: name the culprit and the decisive clue",
  optionsSchema: mysteriesOptionsSchema,
  report: {
    id: "reasoning",
    title: "Non-mathematical reasoning",
    order: 5,
    about: "Generated fair-play mysteries, solvable by construction: the model names the culprit and the decisive clue.",
  },
  async build(options, context) {
    const lengths = [...new Set(options.lengths)];
    const languages = [...new Set(options.languages)];
    for (const code of languages) storyLanguage(code);
    const modes: AnswerMode[] = options.mode === "both" ? ["options", "free"] : [options.mode];
    const items = context.storedItems ?? mysteryItems({ seed: context.seed, cases: options.cases, lengths, modes, languages });
    return mysteriesTask({
      id: options.id,
      items,
      params: { cases: options.cases, lengths: lengths.join(","), mode: options.mode, languages: languages.join(",") },
    });
  },
};
