// OpenAI's encodings, o200k_base (GPT-4o and later) and cl100k_base (GPT-4, GPT-3.5), from gpt-tokenizer, counted per
// pre-tokenizer piece through the memo: several times faster than gpt-tokenizer's whole-text count, and equal to it.

import { MemoCounter } from "./memo-counter.ts";
import { createPreTokenizer } from "./pre-tokenizer.ts";
import type { Tokenizer } from "./tokenizer.ts";

export type OpenAiEncoding = "o200k" | "cl100k";

/** Special-token strings such as `<|endoftext|>` count as the plain text they are, as OpenAI counts user content. */
const SPECIAL_TOKENS_AS_TEXT = { disallowedSpecial: new Set<string>() };

/** gpt-tokenizer's whole-text counter for one encoding (the memo's reference), loaded on demand: its tables are large. */
export async function loadOpenAiCounter(encoding: OpenAiEncoding): Promise<(text: string) => number> {
  const { countTokens } =
    encoding === "o200k" ? await import("gpt-tokenizer/encoding/o200k_base") : await import("gpt-tokenizer/encoding/cl100k_base");
  return (text) => countTokens(text, SPECIAL_TOKENS_AS_TEXT);
}

export async function loadOpenAiTokenizer(encoding: OpenAiEncoding): Promise<Tokenizer> {
  const countPiece = await loadOpenAiCounter(encoding);
  const counter = new MemoCounter({ preTokenizer: createPreTokenizer(encoding), countPiece });
  return { name: encoding, exact: true, count: (text) => counter.count(text) };
}
