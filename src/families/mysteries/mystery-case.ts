// The logical core of a generated mystery: people, the crime, and the stated facts a reader (and solveCase) reasons from.
// Times are minutes after midnight; every noun is a catalog key that each story language renders in its own words.

import type { ContainerKey, CrimeKind, DetailKey, MotiveKey, NoAccessKey, NoMotiveKey, OccupationKey, PlaceKey, RelationKey, RoleKey, TargetKey } from "./case-catalog.ts";

export interface Person {
  first: string;
  last: string;
  female: boolean;
}

export interface Suspect extends Person {
  id: string;
  occupation: OccupationKey;
  relation: RelationKey;
}

/** Staff: their testimony is reliable by the rules every story states. */
export interface Witness extends Person {
  id: string;
  role: RoleKey;
}

export interface Crime {
  kind: CrimeKind;
  target: TargetKey;
  /** What the culprit had to open with its key: the means. */
  container: ContainerKey;
  victim: Person;
}

/** Facts that clear a suspect by themselves (given the premises); the rest are premises or colour. */
export type ClearingFact =
  | { id: string; kind: "no-motive"; suspect: string; reason: NoMotiveKey }
  /** Without `handedOver`, the suspect never had a key; with it, a witness held their key over that interval. */
  | { id: string; kind: "no-access"; suspect: string; reason: NoAccessKey; handedOver?: { witness: string; from: number; until: number } }
  /** A witness saw the suspect continuously in `place` over [from, until]. */
  | { id: string; kind: "sighting"; suspect: string; place: PlaceKey; from: number; until: number; witness: string };

export type Fact =
  | ClearingFact
  | { id: string; kind: "suspect"; suspect: string }
  | { id: string; kind: "crime-place"; place: PlaceKey }
  | { id: string; kind: "window-start"; time: number; witness: string }
  | { id: string; kind: "window-end"; time: number }
  | { id: string; kind: "motive"; suspect: string; motive: MotiveKey }
  | { id: string; kind: "access"; suspect: string }
  /** What a suspect says of themselves with nobody to confirm it: proves nothing. */
  | { id: string; kind: "claim"; suspect: string; place: PlaceKey; from: number; until: number }
  /** Suspicious but logically idle. */
  | { id: string; kind: "detail"; suspect: string; detail: DetailKey };

export type FactKind = Fact["kind"];

export const CLEARING_KINDS: readonly FactKind[] = ["no-motive", "no-access", "sighting"];

export interface MysteryCase {
  seed: number;
  crime: Crime;
  crimePlace: PlaceKey;
  /** Places the story mentions, the crime place first. */
  places: PlaceKey[];
  /** In cast order. */
  suspects: Suspect[];
  witnesses: Witness[];
  /** The investigator of the story; never a suspect or a witness. */
  inspector: Person;
  culprit: string;
  /** The last alternative: cleared only by the decisive clue. */
  runnerUp: string;
  facts: Fact[];
  decisive: string;
}

export function fullName(person: Person): string {
  return `${person.first} ${person.last}`;
}

/** The suspect or witness with this id; a case always holds every id its facts use. */
export function personById(mystery: MysteryCase, id: string): Suspect | Witness {
  const person = mystery.suspects.find((s) => s.id === id) ?? mystery.witnesses.find((w) => w.id === id);
  if (!person) throw new RangeError(`no person ${id} in case ${mystery.seed}`);
  return person;
}

export function witnessById(mystery: MysteryCase, id: string): Witness {
  const witness = mystery.witnesses.find((w) => w.id === id);
  if (!witness) throw new RangeError(`no witness ${id} in case ${mystery.seed}`);
  return witness;
}
