// The tokenizers by name, which one counts a given model's prompts, and loading them on demand: BPE tables take
// 0.2-1 s to load, so a command that never sizes a prompt never pays for them.

import { ConfigError } from "../core/errors.ts";
import type { Tokenizer } from "./tokenizer.ts";

export const TOKENIZER_NAMES = ["o200k", "cl100k", "llama3", "qwen3", "simulator", "estimate"] as const;
export type TokenizerName = (typeof TOKENIZER_NAMES)[number];

const LOADERS: Record<TokenizerName, () => Promise<Tokenizer>> = {
  o200k: async () => (await import("./openai-tokenizer.ts")).loadOpenAiTokenizer("o200k"),
  cl100k: async () => (await import("./openai-tokenizer.ts")).loadOpenAiTokenizer("cl100k"),
  llama3: async () => (await import("./hugging-face-tokenizer.ts")).loadHuggingFaceTokenizer("llama3"),
  qwen3: async () => (await import("./hugging-face-tokenizer.ts")).loadHuggingFaceTokenizer("qwen3"),
  // The simulator's documented scheme is exactly what it reports as prompt tokens.
  simulator: async () => (await import("./simulator-tokenizer.ts")).simulatorTokenizer,
  estimate: async () => (await import("./estimate-tokenizer.ts")).estimateTokenizer,
};

const loaded = new Map<TokenizerName, Promise<Tokenizer>>();

function isTokenizerName(name: string): name is TokenizerName {
  return (TOKENIZER_NAMES as readonly string[]).includes(name);
}

/** The named tokenizer, loaded once per process; unknown names are a ConfigError on `--tokenizer`. */
export function loadTokenizer(name: string): Promise<Tokenizer> {
  if (!isTokenizerName(name)) {
    const known = TOKENIZER_NAMES.join(", ");
    return Promise.reject(new ConfigError(`unknown tokenizer "${name}" (known: ${known})`, "--tokenizer"));
  }
  let tokenizer = loaded.get(name);
  if (!tokenizer) {
    tokenizer = LOADERS[name]();
    loaded.set(name, tokenizer);
    // A failed load is not remembered, so a later call tries again.
    tokenizer.catch(() => loaded.delete(name));
  }
  return tokenizer;
}

export interface TokenizerChoice {
  name: TokenizerName;
  /** False when the tokenizer only stands in for the model's own (Llama 3's for Llama 4) or only estimates. */
  exact: boolean;
  /** One line for reports and plans: why this tokenizer. */
  reason: string;
}

interface ModelRule {
  /** Tested against the lower-cased model id, organisation prefix included ("meta-llama/llama-4-scout-..."). */
  pattern: RegExp;
  choice: TokenizerChoice;
}

// First match wins, so the more specific families come first (gpt-4o before gpt-4, Llama 4 before Llama 3).
const MODEL_RULES: ModelRule[] = [
  {
    pattern: /gpt-oss/,
    choice: { name: "o200k", exact: true, reason: "gpt-oss uses o200k_harmony: o200k_base plus chat-format tokens" },
  },
  {
    pattern: /gpt-4o|gpt-4\.[15]|gpt-5|(?:^|\/)o[1-9](?:-|$)/,
    choice: { name: "o200k", exact: true, reason: "OpenAI GPT-4o and later (GPT-4.1, GPT-4.5, GPT-5, o-series) use o200k_base" },
  },
  {
    pattern: /gpt-4|gpt-3\.5|gpt-35/,
    choice: { name: "cl100k", exact: true, reason: "OpenAI GPT-4 and GPT-3.5 models use cl100k_base" },
  },
  {
    pattern: /llama(?:-guard)?[-_ ]?4(?!\d)|\b(?:scout|maverick|behemoth)\b/,
    choice: {
      name: "llama3",
      exact: false,
      reason: "no Llama 4 tokenizer is available; Llama 3's stands in (compare with the host's reported prompt tokens)",
    },
  },
  {
    pattern: /llama(?:-guard)?[-_ ]?3(?!\d)|distill-llama/,
    choice: { name: "llama3", exact: true, reason: "Llama 3.x models, their fine-tunes and distills use the Llama 3 tokenizer" },
  },
  {
    pattern: /qwen[-_ ]?3(?![\d.])/,
    choice: { name: "qwen3", exact: true, reason: "Qwen 3 models use the Qwen 3 tokenizer" },
  },
  {
    pattern: /qwen|qwq|qvq/,
    choice: {
      name: "qwen3",
      exact: false,
      reason: "Qwen 3's tokenizer stands in for other Qwen models (same split rules, nearly the same vocabulary)",
    },
  },
];

const SIMULATOR_CHOICE: TokenizerChoice = {
  name: "simulator",
  exact: true,
  reason: "the provider simulator reports prompt tokens by its own documented scheme",
};

/** Which tokenizer counts prompts for `model` on `provider`; models of unknown families get the estimate. */
export function tokenizerForModel(provider: string, model: string): TokenizerChoice {
  if (provider === "simulator") return SIMULATOR_CHOICE;
  const id = model.toLowerCase();
  const rule = MODEL_RULES.find((candidate) => candidate.pattern.test(id));
  if (rule) return rule.choice;
  return { name: "estimate", exact: false, reason: `no tokenizer is known for "${model}"; token counts are estimated` };
}

/** How results name a tokenizer: "llama3", "llama3 (stand-in)", "estimate". */
export function tokenizerLabel(tokenizer: Tokenizer): string {
  return tokenizer.exact || tokenizer.name === "estimate" ? tokenizer.name : `${tokenizer.name} (stand-in)`;
}
