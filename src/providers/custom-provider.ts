// Providers a config file declares under a new id: any endpoint one of the AI SDK providers can speak to.
// The config names the environment variable that holds the key, never the key itself.

import { z } from "zod";
import { baseURLSchema } from "./base-url.ts";

/** Lower-case letters, digits and dashes, so `<ID>_BASE_URL` is always a valid environment variable name. */
export const providerIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "provider ids use lower-case letters, digits and dashes (e.g. my-vllm)");

const envVarSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name, not a key");

export const customProviderSchema = z.strictObject({
  kind: z.enum(["openai-compatible", "openai", "anthropic", "google", "ollama"]).default("openai-compatible"),
  baseURL: baseURLSchema(/^https?$/),
  /** When set, the key is required and read from this variable. */
  apiKeyEnv: envVarSchema.optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

export const customProvidersSchema = z.record(providerIdSchema, customProviderSchema);

export type CustomProvider = z.infer<typeof customProviderSchema>;
