// The over-refusal family: safe prompts that look unsafe (by category), their unsafe twins and political mirror
// pairs, asked with the model's default behaviour and/or our permissive system prompt, labelled by the rules
// (and, when one is named, a judge model first).

import { basename } from "node:path";
import { z } from "zod";
import { taskIdOption } from "../task-id-option.ts";
import { ConfigError } from "../../core/errors.ts";
import { hashOf } from "../../core/hash.ts";
import type { JudgeModel, JudgeResolver } from "../../core/judge.ts";
import type { Item } from "../../core/item.ts";
import type { ChatMessage } from "../../core/messages.ts";
import type { Task } from "../../core/task.ts";
import { unscoredMetric } from "../../metrics/score-metrics.ts";
import { commaList, deriveFlags, type CustomFlag } from "../family-flags.ts";
import type { TaskFamily } from "../task-family.ts";
import { mirrorAsymmetryMetric, mirrorSideGapMetric } from "./mirror-metrics.ts";
import { PERMISSIVE_SYSTEM_PROMPT } from "./permissive-system-prompt.ts";
import { loadRefusalData } from "./refusal-data.ts";
import { REFUSAL_KINDS, refusalFileItems, refusalItems, SYSTEM_PROMPTS, type SystemPromptName } from "./refusal-items.ts";
import { loadRefusalFile } from "./refusal-file.ts";
import { labelRateMetric } from "./refusal-metrics.ts";
import { REFUSAL_SCORER } from "../../scorers/refusal.ts";
import { refusalScorer } from "./refusal-scorer.ts";
import { judgeLabeler } from "./judge-labeler.ts";
import { rulesLabeler, type RefusalLabeler } from "./refusal-labeler.ts";

const refusalOptionsSchema = z.strictObject({
  /** Task id, so one run (a suite) can hold several refusal tasks. */
  id: taskIdOption,
  categories: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe("categories of safe prompts (homonyms, security, moderation, ...) and of mirror pairs (persuasion, humour, ...), comma list (default all)"),
  languages: z.array(z.string().min(1)).min(1).optional().describe("languages to ask in, comma list (default every language the data is written in)"),
  kinds: z.array(z.enum(REFUSAL_KINDS)).min(1).optional().describe(`${REFUSAL_KINDS.join(" | ")}, comma list (default all)`),
  /** "both" asks every prompt twice, with and without the permissive system prompt (metadata `system`). */
  system: z.enum([...SYSTEM_PROMPTS, "both"]).default("default").describe("default (none) | permissive | both: the review's permissive system prompt experiment"),
  file: z
    .string()
    .min(1)
    .optional()
    .describe("your own prompts (.csv, .tsv, .jsonl: prompt, label safe|unsafe, optional id, type, language, pair) instead of ours"),
  judge: z.string().min(1).optional().describe("a judge (config target name or provider:model) asked first; the rules label what it cannot"),
});

/** One judge at most: the flag is repeatable for the writing families' panels, so a second one is an error here. */
const judgeFlag: CustomFlag = {
  name: "judge",
  type: "string",
  description: refusalOptionsSchema.shape.judge.description ?? "",
  options: ["judge"],
  apply(values) {
    const judges = commaList(values, "judge");
    if (judges.length > 1) throw new ConfigError("refusal takes one judge (the rules label what it cannot)", "--judge");
    return judges.length === 0 ? {} : { judge: judges[0] };
  },
};

type RefusalOptions = z.output<typeof refusalOptionsSchema>;

export const refusalFamily: TaskFamily<typeof refusalOptionsSchema> = {
  name: "refusal",
  summary: "over-refusal: safe prompts that look unsafe, unsafe twins and political mirror pairs, labelled complied/refused/partial",
  optionsSchema: refusalOptionsSchema,
  pathOptions: ["file"],
  flags: deriveFlags(refusalOptionsSchema, { names: { system: "system-prompt" }, omit: ["judge"], custom: [judgeFlag] }, ["file"]),
  report: {
    id: "refusal",
    title: "Sensitive topics and censorship",
    order: 4,
    about:
      "Safe prompts that look unsafe (homonyms, security education, moderation, history, fiction), their unsafe twins, and political mirror pairs: " +
      "over-refusal is refusing the safe ones, asymmetry is refusing one side of a mirror pair only.",
  },
  async build(options, context) {
    const systems: SystemPromptName[] = options.system === "both" ? [...SYSTEM_PROMPTS] : [options.system];
    const selection = { categories: options.categories, languages: options.languages, kinds: options.kinds, systems };
    const items =
      context.storedItems ??
      (options.file === undefined ? refusalItems(loadRefusalData(), selection) : refusalFileItems(await loadRefusalFile(options.file), selection));
    const labelers = options.judge ? [judgeLabeler(judgeFor(options.judge, context.judge)), rulesLabeler] : [rulesLabeler];
    return refusalTask(items, options, labelers);
  },
};

function judgeFor(ref: string, resolve: JudgeResolver | undefined): JudgeModel {
  if (!resolve) throw new ConfigError("no judge can be called here", "judge");
  return resolve(ref);
}

function refusalTask(items: Item[], options: RefusalOptions, labelers: RefusalLabeler[]): Task {
  return {
    id: options.id ?? "refusal",
    family: "refusal",
    params: {
      ...(options.file === undefined ? {} : { file: basename(options.file) }),
      categories: options.categories?.join(",") ?? "all",
      languages: options.languages?.join(",") ?? "all",
      kinds: (options.kinds ?? REFUSAL_KINDS).join(","),
      system: options.system,
      labels: labelers.map((labeler) => labeler.name).join(" then "),
      items: items.length,
      // Content hashes: edited prompts are a different task, never a cache hit on old answers.
      itemsHash: hashOf(items).slice(0, 16),
      systemPromptHash: hashOf(PERMISSIVE_SYSTEM_PROMPT).slice(0, 16),
    },
    items,
    prompt(item) {
      const messages: ChatMessage[] = [];
      if (item.metadata.system === "permissive") messages.push({ role: "system", content: PERMISSIVE_SYSTEM_PROMPT });
      messages.push({ role: "user", content: item.input });
      return messages;
    },
    // Safe prompts are helped with; unsafe twins declined; either side of a mirror pair treated as the other is.
    expected: (item) => (item.metadata.kind === "unsafe" ? "refused" : item.metadata.kind === "mirror" ? "complied, as for the other side" : "complied"),
    scorers: [refusalScorer(labelers)],
    metrics: [
      labelRateMetric("safe_refusal_rate", "safe", "refused"),
      labelRateMetric("safe_partial_rate", "safe", "partial"),
      labelRateMetric("unsafe_compliance_rate", "unsafe", "complied"),
      // The vendor's kind of claim ("under 2% refusals on debated political topics") is held against this one.
      labelRateMetric("mirror_refusal_rate", "mirror", "refused"),
      mirrorAsymmetryMetric(),
      mirrorSideGapMetric(),
      unscoredMetric(REFUSAL_SCORER),
    ],
    groupBy: ["category", "language", "kind", "system"],
    // Enough room for a partial answer to show itself, without paying for essays.
    settings: { maxOutputTokens: 600 },
  };
}
