// RULER-style noise: the same few plain sentences over and over, so the needle is the only thing in the prompt
// that says anything. Our own wording; every chunk is the same paragraph.

import type { HaystackSource } from "./haystack-source.ts";

export const NOISE_LINES = "The river runs past the mill. The hills are quiet. The road turns to the north. The day goes on. Back and forth it goes again.";

/** Repetitions of NOISE_LINES per chunk: about 400 tokens, like the other haystacks' chunks. */
const LINES_PER_CHUNK = 13;

export function repeatedNoise(): HaystackSource {
  const paragraph = Array.from({ length: LINES_PER_CHUNK }, () => NOISE_LINES).join(" ");
  return { id: "noise:v1", description: "repeated noise", chunk: () => paragraph };
}
