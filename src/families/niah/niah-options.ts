// The niah family's options, as a suite file or the CLI gives them. Lengths and depths may be written as the
// compact strings users type ("1k..1m", "0..100:10") or as lists; both end up as sorted numbers.

import { z } from "zod";
import { adaptiveOption } from "../adaptive-option.ts";
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
    lengths: lengths.default(parseLengths(DEFAULT_LENGTHS)),
    depths: depths.default(parseDepths(DEFAULT_DEPTHS)),
    needles: z.array(z.enum(NEEDLE_KINDS)).min(1).default(["single"]),
    /** Needles a `multi` item hides; the review hid three. */
    needleCount: z.number().int().min(2).max(10).default(3),
    haystack: z.enum(HAYSTACK_KINDS).default("prose"),
    haystackFile: z.string().min(1).optional(),
    /** Counting scheme for prompt sizes; default: chosen per target from its model id. */
    tokenizer: z.string().optional(),
    language: z.enum(NEEDLE_LANGUAGES).default("en"),
    /** Two small requests per target that fit local counts to the host's reported prompt tokens. */
    calibrate: z.boolean().default(true),
    maxOutputTokens: z.number().int().min(1).default(256),
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
