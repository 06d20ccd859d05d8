// Everything a needle language must supply: code attributes, places, qualifiers, sentence templates, two-hop
// chains, counterfactual facts and the prompt's instructions. Templates use {slots}; sentences start lower-case
// where a phrase slot opens them, and `sentence` capitalises them.

import type { NeedleLanguage } from "./needle-set.ts";
import { DE } from "./pack-de.ts";
import { EN } from "./pack-en.ts";
import { ES } from "./pack-es.ts";
import { FR } from "./pack-fr.ts";
import { PT } from "./pack-pt.ts";

/** One kind of code, in the forms the templates need (written per language, so articles and gender agree). */
export interface CodeAttribute {
  /** "the access code" */
  the: string;
  /** "one of the access codes" */
  oneOf: string;
  /** "all the access codes" */
  all: string;
  /** "the {qualifier} access code" */
  qualified: string;
}

export interface CounterfactualFact {
  /** Overrides a well-known fact with {value}, saying the override holds in this document's world. */
  needle: string;
  question: string;
  /** The real-world answer and its usual variants. */
  real: string[];
}

export interface LanguagePack {
  attributes: readonly CodeAttribute[];
  /** Where a code belongs, with the word that links it to the attribute: "for the {name} archive". */
  places: readonly string[];
  /** Mutually exclusive uses of a code ("visitor", "night"): the distractor question pins exactly one. */
  qualifiers: readonly string[];
  /** Slots {the} {place} {value}; distractors reuse it with the qualified attribute as {the}. */
  single: { needle: string; question: string };
  /** Slots {oneOf} / {all}, {place}, {value}. */
  multi: { needle: string; question: string };
  /** Slots {object} {person} {building}; objects take {n}, buildings take {name}. */
  twoHop: { holder: string; workplace: string; question: string; objects: readonly string[]; buildings: readonly string[] };
  counterfactual: readonly CounterfactualFact[];
  prompt: {
    /** How to answer: a final `ANSWER: <value>` line, or `ANSWER: NOT FOUND`. */
    instructions: string;
    /** Added for multi-value questions: all values on that line, comma-separated. */
    multi: string;
    /** The label before the question. */
    question: string;
  };
}

const PACKS: Record<NeedleLanguage, LanguagePack> = { en: EN, es: ES, fr: FR, de: DE, pt: PT };

export function languagePack(language: NeedleLanguage): LanguagePack {
  return PACKS[language];
}
