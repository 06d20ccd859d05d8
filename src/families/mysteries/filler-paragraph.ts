// Narration between the facts: paragraphs drawn from themed sentence templates. Templates state no fact (no times,
// no whereabouts, no staff), so filler changes a story's length and never its answer.

import type { RandomPicker } from "./random-picker.ts";

export interface FillerContext {
  /** A place of the case with its article ("the library"). */
  place(): string;
  /** A suspect's first or full name. */
  someone(): string;
  inspector: string;
  victim: string;
}

export type FillerSentence = (c: FillerContext) => string;

/** Three to five sentences on one theme, sometimes with one more from any theme. */
export function composeParagraph(themes: readonly (readonly FillerSentence[])[], context: FillerContext, rng: RandomPicker): string {
  const sentences = rng.shuffle(rng.pick(themes)).slice(0, rng.int(3, 5));
  const extra = rng.pick(rng.pick(themes));
  if (rng.chance(0.5) && !sentences.includes(extra)) sentences.push(extra);
  return sentences.map((sentence) => sentence(context)).join(" ");
}
