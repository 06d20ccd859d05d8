// The riddle-family file format, shared by the shipped data and users' own files, with the checks that keep every
// item answerable: known {slots}, answers the answer kind can express, and a twin whose answer differs from the classic's.

import { z } from "zod";
import { placeholders, fillTemplate } from "./riddle-template.ts";
import { RIDDLE_SOLVERS, SOLVER_NAMES, solveSlots } from "./riddle-solvers.ts";

export const RIDDLE_LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;
export type RiddleLanguage = (typeof RIDDLE_LANGUAGES)[number];
export const RIDDLE_FORMS = ["classic", "twin", "distracted", "minimal"] as const;
export type RiddleForm = (typeof RIDDLE_FORMS)[number];
export const ANSWER_KINDS = ["yesno", "number", "label"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
export const POOL_NAMES = ["man", "woman", "city"] as const;

/** A value per language; an unknown language is named with the known ones. */
function byLanguage<T extends z.ZodType>(value: T) {
  return z
    .record(z.string(), value)
    .superRefine((record, ctx) => {
      for (const key of Object.keys(record)) {
        if (!(RIDDLE_LANGUAGES as readonly string[]).includes(key)) {
          ctx.addIssue({ code: "custom", message: `unknown language "${key}" (known: ${RIDDLE_LANGUAGES.join(", ")})`, path: [key] });
        }
      }
    })
    .transform((record) => record as Partial<Record<RiddleLanguage, z.output<T>>>);
}
const phrases = z.array(z.string().trim().min(1)).min(1);
const texts = byLanguage(z.string().trim().min(1)).refine(
  (record) => Object.keys(record).length > 0,
  "give the text in at least one language (en, es, fr, de, pt)",
);

const slotSchema = z.union(
  [
    z.strictObject({ min: z.number().int(), max: z.number().int() }),
    z.strictObject({ pool: z.enum(POOL_NAMES) }),
    z.strictObject({ pick: byLanguage(phrases) }),
  ],
  { error: "a slot is { min, max } (an integer), { pool: man | woman | city } or { pick: { en: [...], es: [...] } }" },
);

export const riddleFamilySchema = z
  .strictObject({
    family: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "family names use lowercase letters, digits and '-'"),
    summary: z.string().trim().min(1),
    kind: z.enum(ANSWER_KINDS),
    /** The answer of the classic, distracted and minimal forms (and what a twin answered by rote would get). */
    answer: z.string().trim().min(1),
    twinAnswer: z.string().trim().min(1),
    /** Absolute tolerance for numeric answers. */
    tolerance: z.number().nonnegative().default(0),
    slots: z.record(z.string().regex(/^[A-Za-z]\w*$/, "slot names start with a letter"), slotSchema).default({}),
    solve: z.enum(SOLVER_NAMES).optional(),
    /** Canonical label -> accepted phrases per language; a phrase starting with "=" counts only as the whole answer. */
    synonyms: z.record(z.string().trim().min(1), byLanguage(phrases)).default({}),
    forms: z.strictObject({ classic: texts, twin: texts, distracted: texts.optional(), minimal: texts.optional() }),
  })
  .superRefine(checkFamily);

export type RiddleFamily = z.output<typeof riddleFamilySchema>;

type Issue = (message: string, path: PropertyKey[]) => void;

function checkFamily(family: RiddleFamily, ctx: z.RefinementCtx): void {
  const issue: Issue = (message, path) => ctx.addIssue({ code: "custom", message, path });
  const numeric = Object.entries(family.slots).filter(([, slot]) => "min" in slot) as [string, { min: number; max: number }][];
  for (const [name, slot] of numeric) if (slot.min > slot.max) issue(`min ${slot.min} is above max ${slot.max}`, ["slots", name]);
  for (const [name, slot] of Object.entries(family.slots)) {
    if (!("pick" in slot)) continue;
    const lengths = new Set(Object.values(slot.pick).map((list) => list.length));
    if (lengths.size > 1) issue("every language needs the same number of choices, in the same order", ["slots", name, "pick"]);
  }
  const solver = family.solve === undefined ? undefined : RIDDLE_SOLVERS[family.solve];
  const missing = solver?.inputs.filter((input) => !numeric.some(([name]) => name === input)) ?? [];
  if (missing.length > 0) issue(`solver "${family.solve}" needs numeric slots ${missing.join(", ")}`, ["solve"]);
  if (missing.length > 0) return;

  const draws = [0, 1].map((end) => solveSlots(family.solve, Object.fromEntries(numeric.map(([name, slot]) => [name, end ? slot.max : slot.min]))));
  const numbers = new Set(Object.keys(draws[0] ?? {}));
  checkTexts(family, numbers, issue);
  for (const field of ["answer", "twinAnswer"] as const) {
    const unknown = placeholders(family[field]).filter((name) => !numbers.has(name));
    if (unknown.length > 0) issue(`unknown numeric slot {${unknown[0]}}`, [field]);
    else checkAnswer(family, family[field], field, issue);
  }
  for (const label of Object.keys(family.synonyms)) {
    if (family.kind === "yesno" && label !== "yes" && label !== "no") issue('a yesno family has synonyms only for "yes" and "no"', ["synonyms", label]);
    const unknown = placeholders(label).filter((name) => !numbers.has(name));
    if (unknown.length > 0) issue(`unknown numeric slot {${unknown[0]}}`, ["synonyms", label]);
  }
  for (const values of draws) {
    if (sameAnswer(family, fillTemplate(family.answer, values), fillTemplate(family.twinAnswer, values))) {
      issue("the twin's answer must differ from the classic's (the twin exists to catch a memorised answer)", ["twinAnswer"]);
      break;
    }
  }
  checkSynonymClashes(family, issue);
}

function checkTexts(family: RiddleFamily, numbers: ReadonlySet<string>, issue: Issue): void {
  for (const [form, byLanguage] of Object.entries(family.forms)) {
    for (const [lang, text] of Object.entries(byLanguage ?? {})) {
      for (const name of placeholders(text)) {
        const slot = family.slots[name];
        if (slot === undefined && !numbers.has(name)) issue(`unknown slot {${name}}`, ["forms", form, lang]);
        else if (slot && "pick" in slot && !(lang in slot.pick)) issue(`slot {${name}} has no choices in "${lang}"`, ["forms", form, lang]);
      }
    }
  }
}

function checkAnswer(family: RiddleFamily, answer: string, field: string, issue: Issue): void {
  const hasSynonyms = answer in family.synonyms;
  if (family.kind === "yesno" && answer !== "yes" && answer !== "no") issue('a yesno answer is "yes" or "no"', [field]);
  if (family.kind === "label" && !hasSynonyms) issue(`label "${answer}" needs synonyms`, [field]);
  if (family.kind === "number" && !hasSynonyms && placeholders(answer).length === 0 && !Number.isFinite(Number(answer))) {
    issue(`"${answer}" is neither a number nor a label with synonyms`, [field]);
  }
}

function sameAnswer(family: RiddleFamily, a: string, b: string): boolean {
  if (family.kind !== "number" || !Number.isFinite(Number(a)) || !Number.isFinite(Number(b))) return a === b;
  return Math.abs(Number(a) - Number(b)) <= family.tolerance;
}

/** A phrase under two labels would make the answer depend on which label is checked first. */
function checkSynonymClashes(family: RiddleFamily, issue: Issue): void {
  const owner = new Map<string, string>();
  for (const [label, byLanguage] of Object.entries(family.synonyms)) {
    for (const phrase of Object.values(byLanguage).flat()) {
      const key = phrase.replace(/^=/, "").toLowerCase();
      const previous = owner.get(key);
      if (previous !== undefined && previous !== label) issue(`"${phrase}" is also a synonym of "${previous}"`, ["synonyms", label]);
      owner.set(key, label);
    }
  }
}
