// Scores the CLUE line against the decisive clue by key terms, in any story language. The rule: the line must name
// the decisive clue's witness (first name, last name or staff role), or name the suspect it clears together with
// its object (the place they were seen, for an alibi; the key, for a handed-over key). Unscored without a CLUE line.

import { correct, incorrect, unscored, type Score } from "../../core/score.ts";
import type { Scorer } from "../../core/scorer.ts";
import { personById, witnessById, type MysteryCase, type Person, type Witness } from "./mystery-case.ts";
import { mysteryVariant } from "./mystery-variant.ts";
import { allStoryLanguages, storyLanguage } from "./story-languages.ts";
import { foldText, mentions, mentionsPerson } from "./text-mentions.ts";
import { findVerdictLine } from "./verdict-lines.ts";

export const CLUE_SCORER = "clue";

export interface ClueTerms {
  witness: Witness;
  witnessRoles: string[];
  /** The suspect the decisive clue clears. */
  cleared: Person;
  /** The place (alibi) or key words (handed-over key) that, with the cleared suspect, identify the clue. */
  objects: string[];
  /** The decisive clue as the prompt's language tells it, for explanations. */
  statement: string;
}

export function clueTerms(mystery: MysteryCase, languageCode: string): ClueTerms {
  const fact = mystery.facts.find((f) => f.id === mystery.decisive);
  if (!fact || (fact.kind !== "sighting" && !(fact.kind === "no-access" && fact.handedOver))) {
    throw new RangeError(`case ${mystery.seed}: the decisive clue is neither an alibi nor a handed-over key`);
  }
  const languages = allStoryLanguages();
  const witness = witnessById(mystery, fact.kind === "sighting" ? fact.witness : (fact.handedOver?.witness as string));
  const objects = fact.kind === "sighting" ? languages.flatMap((l) => l.placeTerms(fact.place)) : languages.flatMap((l) => l.keyTerms);
  return {
    witness,
    witnessRoles: [...new Set(languages.flatMap((l) => l.roleTerms(witness.role)))],
    cleared: personById(mystery, fact.suspect),
    objects: [...new Set(objects)],
    statement: storyLanguage(languageCode).fact(fact, mystery),
  };
}

/** Whether a CLUE value identifies the decisive clue under the rule above. */
export function matchesClue(value: string, terms: ClueTerms): boolean {
  const folded = foldText(value);
  if (mentionsPerson(folded, terms.witness) || terms.witnessRoles.some((role) => mentions(folded, role))) return true;
  return mentionsPerson(folded, terms.cleared) && terms.objects.some((object) => mentions(folded, object));
}

export function clueScorer(): Scorer {
  return {
    name: CLUE_SCORER,
    score({ item, result, trial }): Score {
      const variant = mysteryVariant(item, trial ?? 1);
      const terms = clueTerms(variant.mystery, variant.language.code);
      const value = findVerdictLine(result.text, "clue");
      if (value === undefined) return unscored(CLUE_SCORER, "no CLUE line");
      return matchesClue(value, terms) ? correct(CLUE_SCORER, value) : incorrect(CLUE_SCORER, value, `expected the decisive clue: ${terms.statement}`);
    },
  };
}
