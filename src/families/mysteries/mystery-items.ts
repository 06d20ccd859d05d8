// The items of a mysteries run: each case (numbered from 1) at each length, in each language and answer mode.
// A case is drawn from the run seed, its number and its length, so the same case serves every language and mode.

import type { Item } from "../../core/item.ts";
import { seedFromString } from "../../core/random.ts";
import { caseShapeFor, generateCase } from "./generate-case.ts";
import { fullName, personById } from "./mystery-case.ts";
import { optionOrder } from "./option-order.ts";
import { renderStory } from "./render-story.ts";
import type { AnswerMode } from "./story-language.ts";
import { storyLanguage } from "./story-languages.ts";

export interface MysteryItemsOptions {
  seed: number;
  cases: number;
  /** Target prompt lengths in approximate tokens. */
  lengths: readonly number[];
  modes: readonly AnswerMode[];
  languages: readonly string[];
}

export function mysteryItems(options: MysteryItemsOptions): Item[] {
  const languages = options.languages.map(storyLanguage);
  const items: Item[] = [];
  for (let index = 1; index <= options.cases; index++) {
    for (const length of options.lengths) {
      const caseSeed = seedFromString(`mysteries:${options.seed}:${index}:${length}`);
      const shape = caseShapeFor(length);
      const mystery = generateCase(caseSeed, shape);
      const culprit = personById(mystery, mystery.culprit);
      const decisive = mystery.facts.find((f) => f.id === mystery.decisive);
      for (const language of languages) {
        for (const mode of options.modes) {
          const id = `case${index}-${length}-${language.code}-${mode}`;
          const story = renderStory({ mystery, language, targetTokens: length, mode, options: optionOrder(mystery.suspects, id, 1) });
          items.push({
            id,
            input: `Mystery case ${index} (${mystery.crime.kind}, ${shape.suspects} suspects), told in about ${length} tokens; the story is rebuilt from the metadata when asked.`,
            expected: fullName(culprit),
            metadata: {
              case: index,
              caseSeed,
              length,
              language: language.code,
              mode,
              suspects: shape.suspects,
              herrings: shape.herrings,
              crime: mystery.crime.kind,
              decisiveKind: decisive?.kind === "sighting" ? "alibi" : "key",
              decisiveDepth: story.decisiveDepth,
              approxTokens: story.approxTokens,
            },
          });
        }
      }
    }
  }
  return items;
}
