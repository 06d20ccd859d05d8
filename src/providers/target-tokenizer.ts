// The tokenizer that counts a target's prompts: a local GGUF's own vocabulary, else the registry's choice for the
// model, marked inexact when it only stands in for the model's own.

import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import { loadTokenizer, tokenizerForModel } from "../tokenizers/tokenizer-registry.ts";

export async function loadTokenizerForModel(provider: string, model: string): Promise<Tokenizer> {
  // A local GGUF carries its own vocabulary: its count is exact whatever the model's family.
  if (provider === "llamacpp") return (await import("./llamacpp/gguf-tokenizer.ts")).loadGgufTokenizer(model);
  const choice = tokenizerForModel(provider, model);
  const tokenizer = await loadTokenizer(choice.name);
  if (tokenizer.exact === choice.exact) return tokenizer;
  return { name: tokenizer.name, exact: choice.exact, count: (text) => tokenizer.count(text) };
}
