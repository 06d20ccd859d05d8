// The niah family's options, as a suite file or the CLI gives them. Lengths and depths may be written as the
// compact strings users type ("1k..1m", "0..100:10") or as lists; both end up as sorted numbers.

import { z } from "zod";
import { adaptiveOption } from "../adaptive-option.ts";
import { DEFAULT_EFFECTIVE_SHARE, DEFAULT_EFFECTIVE_THRESHOLD } from "../../stats/effective-length.ts";
import { taskIdOption } from "../task-id-option.ts";
import { parseDepths, parseLengths } from "./grid-spec.ts";

export const NEEDLE_KINDS = ["single", "multi", "distractor", "nonliteral", "absent", "two-hop", "counterfactual"] as const;
export const HAYSTACK_KINDS = ["prose", "noise", "distractor", "file"] as const;
export const NEEDLE_LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;

export const DEFAULT_LENGTHS = "1k..128k";
export const DEFAULT_DEPTHS = "0..100:10";

const lengths = z
  .union([z.string(), z.array(z.union([z.number(), z.string()]))])
  .transform((value, ctx) => grid(value, ctx, parseLengths, "lengths"));
const depths = z
  .union([z.string(), z.array(z.number())])
  .transform((value, ctx) => grid(value, ctx, parseDepths, "depths"));

export const niahOptionsSchema = z
  .strictObject({
    id: taskIdOption,
    lengths: lengths
      .default(parseLengths(DEFAULT_LENGTHS))
      .describe("prompt lengths in tokens: 1k..1m (doubling), 8k..128k:5 (log-spaced points) or 1k,85k,300k (default 1k..128k)"),
    depths: depths.default(parseDepths(DEFAULT_DEPTHS)).describe("needle depths in % of the document: 0..100:10 (step) or 0,50,100 (default 0..100:10)"),
    needles: z
      .array(z.enum(NEEDLE_KINDS))
      .min(1)
      .default(["single"])
      .describe(`${NEEDLE_KINDS.join(" | ")}; comma list or repeat (default single)`),
    needleCount: z.number().int().min(2).max(10).default(3).describe("how many needles a multi run hides (default 3, as in the review)"),
    haystack: z.enum(HAYSTACK_KINDS).default("prose").describe("prose | noise | distractor, or file with haystackFile"),
    haystackFile: z.string().min(1).optional().describe("a text file of your own as the haystack (read in chunks, never whole)"),
    tokenizer: z.string().optional().describe("count prompt tokens with o200k | cl100k | llama3 | qwen3 | simulator | estimate (default: by model)"),
    language: z.enum(NEEDLE_LANGUAGES).default("en").describe(`language of needles and questions: ${NEEDLE_LANGUAGES.join(" | ")} (default en)`),
    calibrate: z.boolean().default(true).describe("the two small requests per target that calibrate prompt sizes against the host's own token counts"),
    maxOutputTokens: z.number().int().min(1).default(256),
    effectiveThreshold: z
      .number()
      .gt(0)
      .lt(1)
      .default(DEFAULT_EFFECTIVE_THRESHOLD)
      .describe(`the effective context length's absolute bar (RULER's reading): every length up to it has accuracy at least this, between 0 and 1 (default ${DEFAULT_EFFECTIVE_THRESHOLD})`),
    effectiveShare: z
      .number()
      .gt(0)
      .lt(1)
      .default(DEFAULT_EFFECTIVE_SHARE)
      .describe(`the effective context length's relative bar: this share of the model's own short-context accuracy, between 0 and 1 (default ${DEFAULT_EFFECTIVE_SHARE})`),
    /** Stop asking a (kind, length, depth) cell once its accuracy is decided against this threshold. */
    adaptive: adaptiveOption,
  })
  .refine((o) => (o.haystack === "file") === (o.haystackFile !== undefined), {
    message: "a file haystack needs haystackFile (and only a file haystack takes one)",
    path: ["haystackFile"],
  });

export type NiahOptions = z.output<typeof niahOptionsSchema>;

function grid(value: string | (number | string)[], ctx: z.RefinementCtx, parse: (text: string, where: string) => number[], where: string): number[] {
  try {
    return parse(Array.isArray(value) ? value.join(",") : value, where);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
}
