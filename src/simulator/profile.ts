// The scripted behaviour of one simulated model, as users write it in a profiles file (YAML or JSON).
// Every field is optional; defaults are applied when profiles are compiled (compile-profile.ts), never per request.

import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ConfigError } from "../core/errors.ts";
import { compileProfiles } from "./compile-profile.ts";
import { SIMULATED_LANGUAGES } from "./language.ts";
import { builtInProfiles } from "./profiles.ts";

const SOLVERS = [
  "arithmetic", "echo", "instruction", "recall", "longer-answer", "compose",
  "riddle", "mystery", "refuse-harmful", "assist", "better-answer", "rubric-grade",
] as const;
export const CONTEXT_ERROR_STYLES = ["openai", "vllm", "together", "llamacpp", "groq"] as const;
export type ContextErrorStyle = (typeof CONTEXT_ERROR_STYLES)[number];

const rate = z.number().min(0).max(1);
const nonNegativeInt = z.number().int().min(0);
const positiveInt = z.number().int().min(1);

function isValidPattern(source: string): boolean {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}

const answerRuleSchema = z
  .strictObject({
    match: z
      .string()
      .refine(isValidPattern, "not a valid regular expression")
      .optional()
      .describe("Regex source tested (case-insensitive) against the last user message; absent = always applies"),
    reply: z
      .string()
      .optional()
      .describe("Reply template: $1..$9 are the match's captures; with `solve`, $answer is the solver's answer"),
    solve: z
      .enum(SOLVERS)
      .optional()
      .describe(
        "Built-in solver: arithmetic ('6 times 7' -> 'ANSWER: 42'), echo, instruction ('Reply with exactly: X' -> X), " +
          "recall (the prompt sentence sharing most words with the last question), longer-answer (a length-biased pairwise judge: " +
          "the longer of the fenced ANSWER A / ANSWER B), compose (pseudo-prose of the number of words asked), " +
          "riddle (reads a trick puzzle and fills the one answer line asked for), mystery (solves a fair-play case: CULPRIT and CLUE lines), " +
          "refuse-harmful (declines requests worded to hurt someone), assist (a short helpful reply to a short request), " +
          "better-answer (a pairwise judge that reads both answers), rubric-grade (a rubric judge that reads the answer); " +
          "a solver without an answer passes to the next rule",
      ),
  })
  .refine((rule) => rule.reply !== undefined || rule.solve !== undefined, "a rule needs `reply` or `solve`");

const behaviourShape = {
  rules: z.array(answerRuleSchema).optional().describe("Ordered answer rules; the first that answers wins"),
  fallback: z.string().optional().describe("Reply when no rule answers (default \"I don't know.\")"),
  accuracy: rate
    .optional()
    .describe("Chance a rule's answer is kept right (default 1); otherwise it is made plausibly wrong, the same way for the same request"),
  answerKey: z
    .array(
      z.strictObject({
        question: z.string().min(1).describe("A fragment that occurs in exactly one benchmark question"),
        answer: z.string().min(1).describe("The correct option's text, number or maths answer"),
        subject: z.string().min(1).optional().describe("Its subject or language, for subjectPenalty and the answer line's language"),
      }),
    )
    .optional()
    .describe("Benchmark questions the model knows, answered in the format the prompt asks for, right with probability accuracy"),
  subjectPenalty: z.record(z.string(), rate).optional().describe("Accuracy lost on answer-key questions of these subjects or languages (a broken host)"),
  latencyMs: nonNegativeInt.optional().describe("Delay before the first byte (default 0)"),
  tokensPerSecond: z.number().min(0).optional().describe("Streaming pace (default 0 = unpaced)"),
  defaultMaxTokens: positiveInt
    .optional()
    .describe("Output cap assumed when a request sets none: loop length and rate-limit accounting (default 1024)"),
  contextLimit: positiveInt.optional().describe("Largest accepted request in tokens; larger ones get a context error (default none)"),
  contextCounts: z
    .enum(["prompt", "prompt+completion"])
    .optional()
    .describe("What is held against contextLimit: prompt tokens alone (default) or plus the request's max_tokens"),
  contextErrorStyle: z.enum(CONTEXT_ERROR_STYLES).optional().describe("Which host's context error to imitate (default openai)"),
  truncate: z
    .strictObject({
      keepTokens: positiveInt.describe("Prompt tokens kept; the rest is silently dropped"),
      side: z.enum(["front", "back", "middle"]).optional().describe("Where tokens are dropped (default front: the beginning is lost)"),
    })
    .optional()
    .describe("Silent truncation: answers from what remains and reports its prompt tokens"),
  recallSpanTokens: positiveInt
    .optional()
    .describe("Recall fades beyond a span: answers come from the last N prompt tokens only; earlier text is forgotten (default: all)"),
  rateLimitRate: rate.optional().describe("Chance of a random 429 with retry-after (default 0)"),
  serverErrorRate: rate.optional().describe("Chance of a random 500/502/503 (default 0)"),
  dropRate: rate.optional().describe("Chance the connection is dropped mid-stream, or before a non-streamed reply (default 0)"),
  retryAfterMs: positiveInt.optional().describe("retry-after-ms sent with random 429s (default 20)"),
  rateLimits: z
    .strictObject({
      requestsPerMinute: positiveInt.optional(),
      tokensPerMinute: positiveInt.optional().describe("Counted as prompt tokens + max_tokens (or defaultMaxTokens) on admission"),
      burstSeconds: z.number().positive().optional().describe("Bucket capacity in seconds of refill (default 1)"),
    })
    .optional()
    .describe("Enforced token buckets per model name, with x-ratelimit-* headers on every response"),
  loop: z
    .strictObject({
      rate: rate.optional().describe("Chance a request loops (default 1)"),
      phrase: z.string().min(1).optional().describe("Repeated text (default \"The reason \")"),
      afterTokens: nonNegativeInt.optional().describe("Tokens of the normal answer before the loop starts (default: all of it)"),
    })
    .optional()
    .describe("Degenerate repetition until max_tokens, finish_reason length"),
  refuseKeywords: z.array(z.string().min(1)).optional().describe("Whole words (case-insensitive) that trigger a refusal"),
  refusal: z.string().optional().describe("Refusal text (default \"I'm sorry, but I can't help with that request.\")"),
  emojiRate: z.number().min(0).max(10).optional().describe("Emoji added per sentence (default 0)"),
  exclamations: rate.optional().describe("Share of sentence-ending periods turned into '!' (default 0)"),
  markdown: z.boolean().optional().describe("Header, bold lead sentence and bullet lists (default false)"),
  verbosity: nonNegativeInt.max(50).optional().describe("Enthusiastic filler sentences padded around the answer (default 0)"),
};

const profileOverrideSchema = z.strictObject(behaviourShape);

export const simulatorProfileSchema = z.strictObject({
  description: z.string().optional().describe("One line saying what the profile imitates"),
  extends: z.string().optional().describe("Name of a profile whose fields this one starts from"),
  ...behaviourShape,
  languages: z
    .partialRecord(z.enum(SIMULATED_LANGUAGES), profileOverrideSchema)
    .optional()
    .describe("Field overrides applied when the last user message is detected as that language"),
});

export type SimulatorProfile = z.infer<typeof simulatorProfileSchema>;
export type ProfileOverride = z.infer<typeof profileOverrideSchema>;
export type AnswerRule = z.infer<typeof answerRuleSchema>;

const profileNameSchema = z.string().regex(/^[^\s@]+$/, "profile names cannot be empty or contain spaces or '@'");
const profilesSchema = z.record(profileNameSchema, simulatorProfileSchema);

/**
 * Validates user profiles (a parsed YAML/JSON object, or YAML text) and checks they compile over the built-ins.
 * Throws ConfigError naming the field, e.g. `profiles.yaml: slow.latencyMs: Too small: expected number to be >=0`.
 */
export function parseProfiles(input: unknown, where: string): Record<string, SimulatorProfile> {
  let value = input;
  if (typeof input === "string") {
    try {
      value = parseYaml(input);
    } catch (error) {
      throw new ConfigError(`not valid YAML or JSON (${(error as Error).message.split("\n")[0]})`, where);
    }
  }
  const parsed = profilesSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue && issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
    // A bad record key nests the reason (e.g. the profile-name rule) one level down.
    const nested = issue && "issues" in issue ? issue.issues[0]?.message : undefined;
    throw new ConfigError(`${path}${nested ?? issue?.message ?? "invalid profiles"}`, where);
  }
  compileProfiles({ ...builtInProfiles, ...parsed.data }, where);
  return parsed.data;
}
