// Estimated cost per token. Built-in list prices are a starting point; the config's `pricing` section overrides them.

import type { Price } from "../config/config-schema.ts";
import type { Usage } from "../core/model-adapter.ts";
import type { TargetSpec } from "../core/target.ts";

/** USD per million tokens, as published by each host in 2025. Check your host's page: prices move. */
export const BUILT_IN_PRICES: Record<string, Price> = {
  "groq:meta-llama/llama-4-scout-17b-16e-instruct": { inputPerMillion: 0.11, outputPerMillion: 0.34 },
  "groq:meta-llama/llama-4-maverick-17b-128e-instruct": { inputPerMillion: 0.2, outputPerMillion: 0.6 },
  "together:meta-llama/Llama-4-Scout-17B-16E-Instruct": { inputPerMillion: 0.18, outputPerMillion: 0.59 },
  "together:meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8": { inputPerMillion: 0.27, outputPerMillion: 0.85 },
  "fireworks:accounts/fireworks/models/llama4-scout-instruct-basic": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "fireworks:accounts/fireworks/models/llama4-maverick-instruct-basic": { inputPerMillion: 0.22, outputPerMillion: 0.88 },
  "deepinfra:meta-llama/Llama-4-Scout-17B-16E-Instruct": { inputPerMillion: 0.08, outputPerMillion: 0.3 },
  "deepinfra:meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "openai:gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "openai:gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "openai:gpt-4.1": { inputPerMillion: 2, outputPerMillion: 8 },
  "openai:gpt-4.1-mini": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  "openai:gpt-4.5-preview": { inputPerMillion: 75, outputPerMillion: 150 },
  "anthropic:claude-3-7-sonnet-latest": { inputPerMillion: 3, outputPerMillion: 15 },
  "anthropic:claude-sonnet-4-0": { inputPerMillion: 3, outputPerMillion: 15 },
  "google:gemini-2.0-flash": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  "google:gemini-2.5-pro": { inputPerMillion: 1.25, outputPerMillion: 10 },
  // Local and simulated targets cost nothing per token.
  "simulator:*": { inputPerMillion: 0, outputPerMillion: 0 },
  "ollama:*": { inputPerMillion: 0, outputPerMillion: 0 },
  "vllm:*": { inputPerMillion: 0, outputPerMillion: 0 },
  "llamacpp-server:*": { inputPerMillion: 0, outputPerMillion: 0 },
  "lmstudio:*": { inputPerMillion: 0, outputPerMillion: 0 },
  "llamacpp:*": { inputPerMillion: 0, outputPerMillion: 0 },
};

export type PriceLookup = (target: Pick<TargetSpec, "id" | "provider" | "model">) => Price | undefined;

export function priceLookup(overrides: Record<string, Price> = {}): PriceLookup {
  const table = { ...BUILT_IN_PRICES, ...overrides };
  return (target) => table[target.id] ?? table[`${target.provider}:${target.model}`] ?? table[`${target.provider}:*`];
}

export function costOf(price: Price | undefined, usage: Usage): number {
  if (!price) return 0;
  return ((usage.inputTokens ?? 0) * price.inputPerMillion + (usage.outputTokens ?? 0) * price.outputPerMillion) / 1_000_000;
}
