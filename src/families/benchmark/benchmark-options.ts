// The benchmark family's options, as a suite file or the CLI gives them. Every option says what it does, so flags
// and help can be derived from this schema.

import { z } from "zod";
import { taskIdOption } from "../task-id-option.ts";
import { MGSM_LANGUAGES } from "./answers/mgsm-languages.ts";
import { BENCHMARK_NAMES } from "./benchmark-definition.ts";
import { BENCHMARKS } from "./benchmarks.ts";

const known = (values: readonly string[]) => values.join(", ");

export const benchmarkOptionsSchema = z
  .strictObject({
    id: taskIdOption.describe("task id, so one run (a suite) can hold several benchmarks"),
    benchmark: z
      .enum(BENCHMARK_NAMES, { error: (issue) => `${issue.input === undefined ? "required" : `unknown benchmark ${JSON.stringify(issue.input)}`} (known: ${known(BENCHMARK_NAMES)})` })
      .describe(`which benchmark: ${known(BENCHMARK_NAMES)}`),
    limit: z.number().int().positive().optional().describe("ask at most this many questions: a seeded sample stratified by subject (MGSM: the same problems in every language)"),
    subjects: z.array(z.string().min(1)).min(1).optional().describe("only these subjects (MMLU-Pro categories, GPQA domains, MATH subjects)"),
    languages: z
      .array(z.enum(MGSM_LANGUAGES, { error: (issue) => `unknown MGSM language ${JSON.stringify(issue.input)} (known: ${known(MGSM_LANGUAGES)})` }))
      .min(1)
      .optional()
      .describe(`languages to ask, for mgsm only (default all: ${known(MGSM_LANGUAGES)})`),
    revision: z.string().regex(/^(?!.*\.\.)[\w./-]+$/u, "a branch, tag or commit").default("main").describe("the dataset's branch, tag or commit on the Hub (a branch is pinned to its commit on first use)"),
    dataDir: z.string().min(1).optional().describe("read the data from this folder (DIR/OWNER/NAME/PATH) instead of the Hub; default REALITYCHECK_DATA_DIR"),
    cot: z.boolean().default(true).describe("reason step by step before answering (the 0-shot chain-of-thought protocol); false asks for the answer alone"),
    temperature: z.number().min(0).max(2).default(0).describe("sampling temperature of the protocol (default 0)"),
    maxOutputTokens: z.number().int().positive().optional().describe("cap on each answer (default 4096 with reasoning, 64 without)"),
  })
  .superRefine((options, ctx) => {
    if (options.languages && options.benchmark !== "mgsm") ctx.addIssue({ code: "custom", path: ["languages"], message: "only mgsm has languages" });
    if (options.subjects && options.benchmark === "mgsm") ctx.addIssue({ code: "custom", path: ["subjects"], message: "mgsm has languages, not subjects" });
    if (!options.cot && !BENCHMARKS[options.benchmark].direct) ctx.addIssue({ code: "custom", path: ["cot"], message: `${options.benchmark} is asked with reasoning only` });
  });

export type BenchmarkOptions = z.output<typeof benchmarkOptionsSchema>;
