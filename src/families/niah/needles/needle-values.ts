// Fresh needle values from a seeded random: codes, invented names and people. Codes mix digits and letters in a
// shape ("7315-KQ") that generated prose never produces, so a value in the answer can only come from the needle.

import { between, pick } from "../../../haystack/chunk-random.ts";
import { NAME_ENDS, NAME_STARTS, NAME_VOWELS, NEEDLE_FIRST_NAMES, NEEDLE_SURNAMES } from "./needle-names.ts";

/** No I, O or Q: they read as digits in some fonts and in OCR'd answers. */
const CODE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

/** Four digits, a dash and two capitals, e.g. "7315-KQ". */
export function accessCode(random: () => number): string {
  const letter = () => CODE_LETTERS.charAt(Math.floor(random() * CODE_LETTERS.length));
  return `${between(random, 1000, 9999)}-${letter()}${letter()}`;
}

/** A made-up proper name such as "Zavoundrel" or "Quenaivane". */
export function inventedName(random: () => number): string {
  const middle = random() < 0.4 ? pick(random, NAME_VOWELS) + pick(random, ["l", "r", "v", "n", "st", "dr"]) : "";
  return pick(random, NAME_STARTS) + pick(random, NAME_VOWELS) + middle + pick(random, NAME_ENDS);
}

export function firstName(random: () => number): string {
  return pick(random, NEEDLE_FIRST_NAMES);
}

/** Given name and surname, e.g. "Kofi Lindqvist". */
export function personName(random: () => number): string {
  return `${pick(random, NEEDLE_FIRST_NAMES)} ${pick(random, NEEDLE_SURNAMES)}`;
}

/** `count` different values from `make`, so no two needles of a set carry the same one. */
export function distinctValues(count: number, make: () => string, taken: readonly string[] = []): string[] {
  const seen = new Set(taken.map((v) => v.toLowerCase()));
  const values: string[] = [];
  while (values.length < count) {
    const value = make();
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    values.push(value);
  }
  return values;
}

/** Replaces each {slot} with its value. */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, slot: string) => slots[slot] ?? whole);
}

/** `fill`, then the first letter capitalised: templates put lower-case phrases ("the access code") first. */
export function sentence(template: string, slots: Record<string, string>): string {
  const text = fill(template, slots);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: () => number, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
