// Generated English prose of any length: chunk i comes from (seed, i) alone, so a 10M-token haystack is built
// or resumed from any chunk without generating what comes before it.

import { between, chunkRandom } from "./chunk-random.ts";
import type { HaystackSource } from "./haystack-source.ts";
import { PROSE_FINGERPRINT, proseParagraph } from "./prose-sentences.ts";

/** Bumped when the generator's code changes (chunking, inflection, sentence mix); PROSE_FINGERPRINT covers the lists. */
const GENERATOR_VERSION = 1;

/**
 * A chunk grows by paragraphs until it passes a length drawn from this range (characters): about 300 to 600
 * tokens in English BPE tokenizers, small enough to cut near any length, large enough to keep per-chunk work low.
 */
const MIN_CHUNK_CHARS = 1300;
const MAX_CHUNK_CHARS = 2200;

/** Chunk `index` of the prose seeded by `seed`: paragraphs separated by blank lines. */
export function proseChunk(seed: number, index: number): string {
  const random = chunkRandom(seed, index);
  const length = between(random, MIN_CHUNK_CHARS, MAX_CHUNK_CHARS);
  let text = proseParagraph(random);
  while (text.length < length) text += `\n\n${proseParagraph(random)}`;
  // Built by appending words, the text is a rope of hundreds of small strings; reading a character makes V8 flatten
  // it now, so a 10M-token prompt holds 25,000 flat chunks rather than millions of rope nodes until it is joined.
  text.charCodeAt(0);
  return text;
}

export function proceduralProse(seed: number): HaystackSource {
  return {
    id: `prose:v${GENERATOR_VERSION}:${PROSE_FINGERPRINT}:${seed}`,
    description: `generated prose (seed ${seed})`,
    chunk: (index) => proseChunk(seed, index),
  };
}
