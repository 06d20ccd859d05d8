// Fills an item's {slots} for one trial and builds its answer key. The draw depends on the seed, the family and the
// trial only, so every form and language of a family shares the same numbers in a trial and their answers compare.

import type { Item } from "../../core/item.ts";
import { seededRandom, seedFromString } from "../../core/random.ts";
import type { StoredSlot } from "./riddle-items.ts";
import type { AnswerKind } from "./riddle-schema.ts";
import { RIDDLE_SOLVERS, solveSlots, type SolverName } from "./riddle-solvers.ts";
import { fillTemplate } from "./riddle-template.ts";

export interface RiddleKey {
  kind: AnswerKind;
  /** The language the riddle was asked in. */
  language: string;
  /** Canonical label: "yes", "no", a number such as "15", or a family label such as "mother". */
  answer: string;
  /** Twins only: the classic's answer, which a model answering from memory would give. */
  recited?: string;
  tolerance: number;
  /** Canonical label -> accepted phrases in every language, the asked language first. */
  synonyms: Record<string, string[]>;
}

export interface FilledRiddle {
  text: string;
  key: RiddleKey;
}

interface StoredRiddle {
  slots: Record<string, StoredSlot>;
  synonyms: Record<string, string[]>;
  solve?: SolverName;
}

const parsed = new WeakMap<Item, StoredRiddle>();

export function fillRiddle(item: Item, seed: number, trial: number): FilledRiddle {
  const stored = storedRiddle(item);
  const meta = item.metadata;
  const random = seededRandom(seedFromString(`${seed}:${String(meta.family)}:${trial}`));
  const drawn: Record<string, number | string> = {};
  const numbers: Record<string, number> = {};
  for (const [name, slot] of Object.entries(stored.slots)) {
    const r = random();
    if ("values" in slot) drawn[name] = slot.values[Math.floor(r * slot.values.length)] ?? "";
    else numbers[name] = slot.min + Math.floor(r * (slot.max - slot.min + 1));
  }
  const solved = solveSlots(stored.solve, numbers);
  const synonyms: Record<string, string[]> = {};
  for (const [label, phrases] of Object.entries(stored.synonyms)) synonyms[fillTemplate(label, solved)] = phrases;
  const expected = typeof item.expected === "string" ? item.expected : "";
  const key: RiddleKey = {
    kind: meta.kind as AnswerKind,
    language: String(meta.language),
    answer: fillTemplate(expected, solved),
    tolerance: typeof meta.tolerance === "number" ? meta.tolerance : 0,
    synonyms,
  };
  if (typeof meta.recited === "string") key.recited = fillTemplate(meta.recited, solved);
  return { text: fillTemplate(item.input, { ...drawn, ...solved }), key };
}

function storedRiddle(item: Item): StoredRiddle {
  const cached = parsed.get(item);
  if (cached) return cached;
  const solve = item.metadata.solve;
  const stored: StoredRiddle = {
    slots: JSON.parse(String(item.metadata.slots ?? "{}")) as Record<string, StoredSlot>,
    synonyms: JSON.parse(String(item.metadata.synonyms ?? "{}")) as Record<string, string[]>,
    solve: typeof solve === "string" && solve in RIDDLE_SOLVERS ? (solve as SolverName) : undefined,
  };
  parsed.set(item, stored);
  return stored;
}
