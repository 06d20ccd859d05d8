// Turns riddle families into items: one per (family, form, language). Each item carries everything needed to fill
// its {slots} and score it (slot ranges, solver, synonyms), so a resumed or re-scored run never re-reads the files.

import type { Item } from "../../core/item.ts";
import type { SlotPools } from "./load-riddles.ts";
import type { RiddleFamily, RiddleForm, RiddleLanguage } from "./riddle-schema.ts";

export interface RiddleSelection {
  languages: readonly RiddleLanguage[];
  forms: readonly RiddleForm[];
}

/** A slot as stored on an item: an integer range, or the choices in the item's language. */
export type StoredSlot = { min: number; max: number } | { values: string[] };

export function riddleItems(families: readonly RiddleFamily[], pools: SlotPools, selection: RiddleSelection): Item[] {
  const items: Item[] = [];
  for (const family of families) {
    for (const form of selection.forms) {
      for (const language of selection.languages) {
        const text = family.forms[form]?.[language];
        if (text === undefined) continue;
        const twin = form === "twin";
        items.push({
          id: `${family.family}.${form}.${language}`,
          input: text,
          expected: twin ? family.twinAnswer : family.answer,
          metadata: {
            family: family.family,
            form,
            language,
            kind: family.kind,
            recited: twin ? family.answer : null,
            tolerance: family.tolerance,
            solve: family.solve ?? null,
            slots: JSON.stringify(storedSlots(family, pools, language)),
            synonyms: JSON.stringify(mergedSynonyms(family, language)),
          },
        });
      }
    }
  }
  return items;
}

function storedSlots(family: RiddleFamily, pools: SlotPools, language: RiddleLanguage): Record<string, StoredSlot> {
  const slots: Record<string, StoredSlot> = {};
  for (const [name, slot] of Object.entries(family.slots)) {
    if ("min" in slot) slots[name] = { min: slot.min, max: slot.max };
    else if ("pool" in slot) slots[name] = { values: pools[slot.pool][language] };
    // A pick slot this language's texts never use still takes its turn in the draw, so every language draws alike.
    else slots[name] = { values: slot.pick[language] ?? Object.values(slot.pick)[0] ?? [] };
  }
  return slots;
}

/** Every language's phrases for each label, the item's language first: models do not always answer in the language asked. */
function mergedSynonyms(family: RiddleFamily, language: RiddleLanguage): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [label, byLanguage] of Object.entries(family.synonyms)) {
    const own = byLanguage[language] ?? [];
    const others = Object.entries(byLanguage).flatMap(([lang, list]) => (lang === language ? [] : list));
    merged[label] = [...new Set([...own, ...others])];
  }
  return merged;
}
