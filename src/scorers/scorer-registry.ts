// Builds a scorer from its name and options as users write them (suite YAML, CLI flags), validating both.

import { z } from "zod";
import { ConfigError } from "../core/errors.ts";
import { choiceScorer } from "./choice.ts";
import { exactScorer } from "./exact.ts";
import { includesScorer } from "./includes.ts";
import type { MatchScorer } from "./match-scorer.ts";
import { numericScorer } from "./numeric.ts";
import { refusalRulesScorer } from "./refusal.ts";
import { regexScorer } from "./regex.ts";

export const SCORER_NAMES = ["exact", "includes", "regex", "choice", "numeric", "refusal"] as const;
export type ScorerName = (typeof SCORER_NAMES)[number];

const normalizeShape = {
  ignoreCase: z.boolean().optional(),
  ignoreWhitespace: z.boolean().optional(),
  ignorePunctuation: z.boolean().optional(),
  ignoreQuotes: z.boolean().optional(),
  ignoreMarkdown: z.boolean().optional(),
  unicodeNormalize: z.boolean().optional(),
  ignoreAccents: z.boolean().optional(),
};
const tolerance = z.number().nonnegative().finite().optional();

const factories: Record<ScorerName, (options: unknown) => MatchScorer> = {
  exact: (options) => exactScorer(parseOptions("exact", z.strictObject(normalizeShape), options)),
  includes: (options) => includesScorer(parseOptions("includes", z.strictObject({ ...normalizeShape, wholeWord: z.boolean().optional() }), options)),
  regex: (options) =>
    regexScorer(
      parseOptions(
        "regex",
        z.strictObject({ pattern: z.string().min(1).optional(), flags: z.string().optional(), matchOn: z.enum(["answer", "output"]).optional() }),
        options,
      ),
    ),
  choice: (options) => {
    parseOptions("choice", z.strictObject({}), options);
    return choiceScorer();
  },
  numeric: (options) =>
    numericScorer(
      parseOptions("numeric", z.strictObject({ absTolerance: tolerance, relTolerance: tolerance, decimalComma: z.boolean().optional() }), options),
    ),
  refusal: (options) => {
    parseOptions("refusal", z.strictObject({}), options);
    return refusalRulesScorer();
  },
};

export function isScorerName(name: string): name is ScorerName {
  return (SCORER_NAMES as readonly string[]).includes(name);
}

/** Throws ConfigError for an unknown name (listing the valid ones) or invalid options. */
export function createScorer(name: string, options: unknown = {}): MatchScorer {
  if (!isScorerName(name)) throw new ConfigError(`unknown scorer "${name}" (valid: ${SCORER_NAMES.join(", ")})`);
  return factories[name](options ?? {});
}

function parseOptions<T>(scorer: ScorerName, schema: z.ZodType<T>, options: unknown): T {
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join(".");
  const detail = issue?.code === "unrecognized_keys" ? `unknown option${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}` : `${path ? `option "${path}": ` : ""}${issue?.message ?? "invalid options"}`;
  throw new ConfigError(`scorer "${scorer}": ${detail}`);
}
