// Draws the people of a case: suspects with occupations and ties to the victim, the victim, the inspector, and
// staff witnesses hired as the story needs them. First and last names never repeat within a case, so any one of
// them names a single person.

import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES, OCCUPATIONS, RELATIONS, ROLE_GENDER, ROLES } from "./case-catalog.ts";
import type { Person, Suspect, Witness } from "./mystery-case.ts";
import type { RandomPicker } from "./random-picker.ts";

export interface Cast {
  suspects: Suspect[];
  victim: Person;
  inspector: Person;
  /** Witnesses hired so far, in order. */
  witnesses: Witness[];
  /** A new witness with a role nobody else in the case has; undefined once every role is taken. */
  hireWitness(): Witness | undefined;
}

export function drawCast(rng: RandomPicker, suspectCount: number): Cast {
  const females = rng.shuffle(FEMALE_NAMES);
  const males = rng.shuffle(MALE_NAMES);
  const lasts = rng.shuffle(LAST_NAMES);
  // Falls back to the other list, so a case can never run out of first names.
  const person = (wantFemale: boolean): Person => {
    const female = (wantFemale ? females : males).length > 0 ? wantFemale : !wantFemale;
    return { first: (female ? females : males).pop() as string, last: lasts.pop() as string, female };
  };
  const victim = person(rng.chance(0.5));
  const inspector = person(rng.chance(0.5));
  const occupations = rng.shuffle(OCCUPATIONS);
  const relations = rng.shuffle(RELATIONS);
  const suspects = Array.from({ length: suspectCount }, (_, i): Suspect => ({
    ...person(rng.chance(0.5)),
    id: `s${i + 1}`,
    occupation: occupations[i % occupations.length] as Suspect["occupation"],
    relation: relations[i % relations.length] as Suspect["relation"],
  }));
  const roles = rng.shuffle(ROLES);
  const witnesses: Witness[] = [];
  return {
    suspects,
    victim,
    inspector,
    witnesses,
    hireWitness() {
      const role = roles.pop();
      if (role === undefined) return undefined;
      const gender = ROLE_GENDER[role];
      const witness: Witness = { ...person(gender === undefined ? rng.chance(0.5) : gender === "female"), id: `w${witnesses.length + 1}`, role };
      witnesses.push(witness);
      return witness;
    },
  };
}
