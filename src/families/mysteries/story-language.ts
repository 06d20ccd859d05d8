// What a story language provides: the words for every catalog key, a sentence for every kind of fact, the
// instructions and question around the story, and filler narration. The renderer only arranges what this returns.

import type { PlaceKey, RoleKey } from "./case-catalog.ts";
import type { Fact, MysteryCase, Suspect } from "./mystery-case.ts";
import type { RandomPicker } from "./random-picker.ts";

export type AnswerMode = "options" | "free";

export interface StoryLanguage {
  code: string;
  /** Words for the key of the container, lower-case, for matching a handed-over-key clue. */
  keyTerms: readonly string[];
  /** The task and its fair-play rules, before the story. */
  instructions(mystery: MysteryCase): string;
  title(mystery: MysteryCase): string;
  /** The suspects, as the story introduces them. */
  cast(mystery: MysteryCase): string;
  /** A fact in one or two sentences. */
  fact(fact: Fact, mystery: MysteryCase): string;
  /** What follows the story: the suspects as lettered options (options mode) and the two closing lines asked for. */
  question(mode: AnswerMode, options: readonly Suspect[], mystery: MysteryCase): string;
  /** A paragraph of narration that states no fact: no times, nobody's whereabouts, no witness. */
  fillerParagraph(mystery: MysteryCase, rng: RandomPicker): string;
  /** Ways a reader may name a staff role or a place, lower-case, for matching the decisive clue. */
  roleTerms(role: RoleKey): string[];
  placeTerms(place: PlaceKey): string[];
}

/** "21:05" for 1265 minutes after midnight. */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
