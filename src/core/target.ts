// A target is one model on one provider, with the settings it is asked with.

import { ConfigError } from "./errors.ts";

export interface GenerationSettings {
  temperature?: number;
  topP?: number;
  maxOutputTokens?: number;
  seed?: number;
  stop?: string[];
}

/**
 * How a model file run in-process (llamacpp targets) is loaded; see src/providers/llamacpp/local-model-options.ts.
 * A type, not an interface, so it is a plain record where run specs store it.
 */
export type LocalModelOptions = {
  contextSize?: number;
  threads?: number;
  gpuLayers?: number | "auto" | "max";
  flashAttention?: boolean;
  kvCacheType?: "f16" | "q8_0" | "q4_0" | "f32";
  /** Bytes the model may take. */
  memoryLimit?: number;
};

export interface TargetSpec {
  /** Unique label within a run: the config name, or `provider:model` when given on the command line. */
  id: string;
  provider: string;
  model: string;
  settings: GenerationSettings;
  /** Streamed requests measure time to first token; on by default. */
  stream: boolean;
  /** Base URL override (custom OpenAI-compatible endpoints, local servers, the simulator). */
  baseURL?: string;
  /** True for the provider simulator: its results are test doubles, never a model's results. */
  simulated: boolean;
  /** Who makes the model, when the config says (judges never grade their own maker's models). */
  vendor?: string;
  /** Local model options (llamacpp targets only). */
  local?: LocalModelOptions;
}

export interface TargetRef {
  provider: string;
  model: string;
}

/** Parses `provider:model-id`; the model id may itself contain colons and slashes. */
export function parseTargetRef(ref: string): TargetRef {
  const colon = ref.indexOf(":");
  if (colon <= 0 || colon === ref.length - 1) {
    throw new ConfigError(`target "${ref}" must look like provider:model-id (e.g. groq:meta-llama/llama-4-scout-17b-16e-instruct)`);
  }
  return { provider: ref.slice(0, colon), model: ref.slice(colon + 1) };
}
