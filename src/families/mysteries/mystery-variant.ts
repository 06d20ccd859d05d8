// One item as asked in one trial: the case regenerated from the item's metadata, told in its language, with the
// options in that trial's order. The prompt and both scorers go through here, so they always agree.

import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import { generateCase } from "./generate-case.ts";
import type { MysteryCase, Suspect } from "./mystery-case.ts";
import { optionOrder } from "./option-order.ts";
import type { AnswerMode, StoryLanguage } from "./story-language.ts";
import { storyLanguage } from "./story-languages.ts";

export interface MysteryVariant {
  mystery: MysteryCase;
  language: StoryLanguage;
  mode: AnswerMode;
  targetTokens: number;
  /** Suspects in this trial's option order. */
  options: Suspect[];
}

export function mysteryVariant(item: Item, trial: number): MysteryVariant {
  const { caseSeed, suspects, herrings, length, mode, language } = item.metadata;
  if (typeof caseSeed !== "number" || typeof suspects !== "number" || typeof herrings !== "number" || typeof length !== "number" || (mode !== "options" && mode !== "free") || typeof language !== "string") {
    throw new ConfigError(`item "${item.id}" is not a mysteries item (its metadata lacks the case seed, shape, length, mode or language)`);
  }
  const mystery = generateCase(caseSeed, { suspects, herrings });
  return { mystery, language: storyLanguage(language), mode, targetTokens: length, options: optionOrder(mystery.suspects, item.id, trial) };
}
