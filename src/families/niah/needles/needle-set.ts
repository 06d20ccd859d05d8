// What one niah item hides and asks: the needle sentences, the question, and the values that count as the answer.
// A set is regenerated from (seed, item, trial), so the task never stores it; the scorer recomputes the same one.

import type { NEEDLE_KINDS, NEEDLE_LANGUAGES } from "../niah-options.ts";

export type NeedleKind = (typeof NEEDLE_KINDS)[number];
export type NeedleLanguage = (typeof NEEDLE_LANGUAGES)[number];

/** "answer" needles hold an expected value; "distractor" needles a value the question rules out; "hop" the link of a chain. */
export type NeedleRole = "answer" | "distractor" | "hop";

export interface Needle {
  text: string;
  role: NeedleRole;
  /** The value this sentence carries (a code, a name): lets the scorer name a distractor or a hop it was given. */
  value?: string;
}

export interface NeedleSet {
  kind: NeedleKind;
  language: NeedleLanguage;
  /** In placement order: the first lands at the requested depth. */
  needles: Needle[];
  question: string;
  /** Every value the answer must contain, in the order of the answer needles; [] when nothing was hidden. */
  expected: string[];
  /** Counterfactual only: what general knowledge says instead of the document (names and their variants). */
  generalKnowledge?: string[];
  /** Nonliteral only: the world knowledge that links the question to the needle, for reports. */
  link?: string;
}
