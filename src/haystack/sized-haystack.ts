// A haystack of exactly the asked length: whole chunks while they fit, then the next chunk cut at the sentence
// end that lands closest, so the prompt is within 1% of the target (2 tokens for tiny targets).

import { ConfigError } from "../core/errors.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import { CHUNK_JOINER, type ChunkCounts } from "./chunk-counts.ts";
import type { HaystackSource } from "./haystack-source.ts";
import { sentenceEnds, wordEnds } from "./sentence-ends.ts";

export interface SizedHaystack {
  text: string;
  /** Tokens of `text` by the tokenizer it was sized with. */
  tokens: number;
  /** Chunks used, the cut one included. */
  chunks: number;
}

/** How far from the target a haystack may land. */
export function sizeTolerance(targetTokens: number): number {
  return Math.max(2, Math.floor(targetTokens / 100));
}

export function buildSizedHaystack(
  source: HaystackSource,
  tokenizer: Tokenizer,
  targetTokens: number,
  counts: ChunkCounts,
): SizedHaystack {
  if (!Number.isInteger(targetTokens) || targetTokens < 1) {
    throw new ConfigError(`a haystack needs a whole number of tokens, at least 1 (got ${targetTokens})`);
  }
  const parts: string[] = [];
  let total = 0;
  try {
    for (let index = 0; ; index++) {
      const text = source.chunk(index);
      if (text === undefined) {
        throw new ConfigError(`haystack ${source.description} supplies only ${total} tokens; ${targetTokens} were asked`);
      }
      const tokens = counts.tokens(source, tokenizer, index, text);
      if (total + tokens < targetTokens) {
        parts.push(text, CHUNK_JOINER);
        total += tokens;
        continue;
      }
      const cut = cutToTokens(text, tokenizer, targetTokens - total, sizeTolerance(targetTokens));
      if (cut.text !== "" || index === 0) {
        parts.push(cut.text);
        return { text: parts.join(""), tokens: total + cut.tokens, chunks: index + 1 };
      }
      // Nothing of this chunk fits: end on the previous one, counted without its joiner.
      parts.pop();
      const last = parts[parts.length - 1] as string;
      const lastTokens = counts.tokens(source, tokenizer, index - 1, last);
      return { text: parts.join(""), tokens: total - lastTokens + tokenizer.count(last), chunks: index };
    }
  } finally {
    counts.save();
  }
}

/**
 * The prefix of `text` ending at a sentence end whose count is closest to `wanted`; at a word end instead when
 * no sentence end lands within `tolerance`. Prefix counts grow with the prefix, so both searches are binary.
 */
export function cutToTokens(text: string, tokenizer: Tokenizer, wanted: number, tolerance: number): { text: string; tokens: number } {
  const sentences = closest(text, tokenizer, wanted, [0, ...sentenceEnds(text), text.length]);
  if (Math.abs(sentences.tokens - wanted) <= tolerance) return sentences;
  const low = Math.min(sentences.text.length, sentences.other);
  const high = Math.max(sentences.text.length, sentences.other);
  const words = closest(text, tokenizer, wanted, [low, ...wordEnds(text, low + 1, high), high]);
  return Math.abs(words.tokens - wanted) < Math.abs(sentences.tokens - wanted) ? words : sentences;
}

/** The candidate prefix with the count nearest `wanted`, and the end of its neighbour on the other side of it. */
function closest(text: string, tokenizer: Tokenizer, wanted: number, ends: number[]): { text: string; tokens: number; other: number } {
  const counted = new Map<number, number>();
  const countAt = (i: number): number => {
    let count = counted.get(i);
    if (count === undefined) counted.set(i, (count = tokenizer.count(text.slice(0, ends[i]))));
    return count;
  };
  // Largest i with count <= wanted (index 0 is the empty prefix, 0 tokens).
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (countAt(middle) <= wanted) low = middle;
    else high = middle - 1;
  }
  const below = countAt(low);
  const end = (i: number) => ends[i] as number;
  if (low === ends.length - 1) return { text: text.slice(0, end(low)), tokens: below, other: end(low) };
  const above = countAt(low + 1);
  return wanted - below <= above - wanted
    ? { text: text.slice(0, end(low)), tokens: below, other: end(low + 1) }
    : { text: text.slice(0, end(low + 1)), tokens: above, other: end(low) };
}
