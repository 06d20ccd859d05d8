// The shape of realitycheck.config.yaml. Every field is optional: the tool runs with no config file at all.

import { z } from "zod";
import { baseURLSchema } from "../providers/base-url.ts";
import { localModelOptionsSchema } from "../providers/llamacpp/local-model-options.ts";

const positiveInt = z.number().int().positive();

export const generationSettingsSchema = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  topP: z.number().gt(0).max(1).optional(),
  maxOutputTokens: positiveInt.optional(),
  seed: z.number().int().optional(),
  stop: z.array(z.string()).optional(),
});

export const targetConfigSchema = z
  .strictObject({
    model: z.string().regex(/^[^:\s]+:\S+$/, "must look like provider:model-id"),
    settings: generationSettingsSchema.optional(),
    stream: z.boolean().optional(),
    baseURL: baseURLSchema().optional(),
    /** The vendor behind the model, so a judge is never asked to grade its own vendor's model. */
    vendor: z.string().optional(),
    /** The context window the vendor or host states for this deployment, in tokens: probe-context's "claimed". */
    contextWindow: positiveInt.optional(),
    /** How a llamacpp: target's GGUF is loaded (context size, threads, GPU layers, KV cache, memory limit). */
    local: localModelOptionsSchema.optional(),
  })
  .refine((target) => target.local === undefined || target.model.startsWith("llamacpp:"), {
    message: "local options apply only to llamacpp: targets",
    path: ["local"],
  });

export const providerConfigSchema = z.strictObject({
  /** Declaring a baseURL makes this a custom OpenAI-compatible provider (or `kind`). */
  kind: z.enum(["openai-compatible", "openai", "anthropic", "google", "ollama"]).optional(),
  baseURL: baseURLSchema().optional(),
  apiKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an environment variable name").optional(),
  headers: z.record(z.string(), z.string()).optional(),
  concurrency: positiveInt.optional(),
  requestsPerMinute: positiveInt.optional(),
  tokensPerMinute: positiveInt.optional(),
});

export const priceSchema = z.strictObject({
  inputPerMillion: z.number().min(0),
  outputPerMillion: z.number().min(0),
});

export const budgetSchema = z.strictObject({
  maxRequests: positiveInt.optional(),
  maxTokens: positiveInt.optional(),
  maxCostUsd: z.number().positive().optional(),
});

export const configSchema = z
  .strictObject({
      storage: z.string().min(1).optional(),
      defaults: z
        .strictObject({
          trials: positiveInt.optional(),
          seed: z.number().int().min(0).optional(),
          concurrency: positiveInt.optional(),
          timeoutSeconds: z.number().positive().optional(),
          maxAttempts: positiveInt.max(20).optional(),
          rateLimitWaitSeconds: z.number().positive().optional(),
          stream: z.boolean().optional(),
        })
        .optional(),
      targets: z.record(z.string().regex(/^[\w.-]+$/, "target names use letters, digits, '.', '_' and '-'"), targetConfigSchema).optional(),
      providers: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "provider ids are lower-case letters, digits and '-'"), providerConfigSchema).optional(),
      judges: z.array(z.string()).optional(),
      budget: budgetSchema.optional(),
      /** Keyed by `provider:model` or `provider:*`. */
      pricing: z.record(z.string(), priceSchema).optional(),
  })
  .superRefine((config, ctx) => {
    for (const [index, judge] of (config.judges ?? []).entries()) {
      if (config.targets?.[judge] || /^[^:\s]+:\S+$/.test(judge)) continue;
      ctx.addIssue({ code: "custom", path: ["judges", index], message: `"${judge}" is neither a target name from this file nor provider:model-id` });
    }
  });

export type Config = z.output<typeof configSchema>;
export type TargetConfig = z.output<typeof targetConfigSchema>;
export type ProviderConfig = z.output<typeof providerConfigSchema>;
export type Price = z.output<typeof priceSchema>;
export type Budget = z.output<typeof budgetSchema>;
