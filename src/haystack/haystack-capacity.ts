// Whether a haystack can supply a length, checked before any prompt is built: a finite source (a file) may be
// shorter than the longest length asked. Walks cached counts where it can, reading and counting chunks where not.

import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import type { ChunkCounts } from "./chunk-counts.ts";
import type { HaystackSource } from "./haystack-source.ts";

/**
 * Tokens the source supplies, counting no further than `upTo` (so an endless source answers at least `upTo`).
 * Counts are not saved here: the caller saves them once the source is known to suffice, so a refused run writes nothing.
 */
export function haystackCapacity(source: HaystackSource, tokenizer: Tokenizer, counts: ChunkCounts, upTo: number): number {
  let total = 0;
  for (let index = 0; total < upTo; index++) {
    const cached = counts.cached(source, tokenizer, index);
    if (cached !== undefined) {
      total += cached;
      continue;
    }
    const text = source.chunk(index);
    if (text === undefined) break;
    total += counts.tokens(source, tokenizer, index, text);
  }
  return total;
}
