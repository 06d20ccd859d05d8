// Whole-word mentions in free text, folded for case, accents and compatibility forms, so "**NAVARRO**" and
// "Navarro" match but "Ada" does not match inside "Adam".

import type { Person } from "./mystery-case.ts";

export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether folded `text` holds `term` (folded too) as whole words. */
export function mentions(foldedText: string, term: string): boolean {
  const needle = foldText(term).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return needle !== "" && new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, "u").test(foldedText);
}

/** Whether the text names the person by first or last name (a case never repeats either). */
export function mentionsPerson(foldedText: string, person: Person): boolean {
  return mentions(foldedText, person.first) || mentions(foldedText, person.last);
}
