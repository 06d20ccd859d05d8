// The languages a mystery can be told in, by code.

import { ConfigError } from "../../core/errors.ts";
import { english } from "./english-story.ts";
import { spanish } from "./spanish-story.ts";
import type { StoryLanguage } from "./story-language.ts";

const LANGUAGES: Record<string, StoryLanguage> = { en: english, es: spanish };

export const STORY_LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGES);

export function storyLanguage(code: string): StoryLanguage {
  const language = LANGUAGES[code];
  if (!language) throw new ConfigError(`unknown language "${code}" (known: ${STORY_LANGUAGE_CODES.join(", ")})`, "languages");
  return language;
}

export function allStoryLanguages(): StoryLanguage[] {
  return Object.values(LANGUAGES);
}
