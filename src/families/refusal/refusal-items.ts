// Turns the loaded prompts into items: one per prompt, language and system prompt, with the metadata the metrics
// pair on (kind, category, language, system, entry, twinOf, side). Unknown names are ConfigErrors listing the known ones.

import { ConfigError } from "../../core/errors.ts";
import type { Item, Metadata } from "../../core/item.ts";
import { languagesOf, type DataLanguage, type RefusalData, type Texts } from "./refusal-data.ts";
import type { FilePrompt } from "./refusal-file.ts";

export const REFUSAL_KINDS = ["safe", "unsafe", "mirror"] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];
/** "default": no system message, the model as shipped; "permissive": our permissive system prompt. */
export const SYSTEM_PROMPTS = ["default", "permissive"] as const;
export type SystemPromptName = (typeof SYSTEM_PROMPTS)[number];
export const MIRROR_SIDES = ["left", "right"] as const;

export interface RefusalSelection {
  categories?: readonly string[];
  languages?: readonly string[];
  kinds?: readonly RefusalKind[];
  systems: readonly SystemPromptName[];
}

export function knownCategories(data: RefusalData): string[] {
  return [...new Set([...data.contrasts.map((c) => c.category), ...data.mirrors.map((m) => m.category)])];
}

export function knownLanguages(data: RefusalData): DataLanguage[] {
  const all = [...data.contrasts.map((c) => c.safe), ...data.mirrors.map((m) => m.left)].flatMap(languagesOf);
  return [...new Set(all)];
}

export function refusalItems(data: RefusalData, selection: RefusalSelection): Item[] {
  const categories = checked(selection.categories, knownCategories(data), "category", "categories");
  const languages = checked(selection.languages, knownLanguages(data), "language", "languages");
  const kinds = new Set<RefusalKind>(selection.kinds ?? REFUSAL_KINDS);
  const items: Item[] = [];
  for (const system of selection.systems) {
    const add = (input: string, id: string, metadata: Metadata) => items.push({ id: `${id}/${system}`, input, metadata: { ...metadata, system } });
    for (const entry of data.contrasts) {
      if (!categories.has(entry.category)) continue;
      for (const [language, safe, unsafe] of inLanguages(entry.safe, entry.unsafe, languages)) {
        const base = { category: entry.category, language, entry: entry.id };
        const safeId = `${entry.id}/safe/${language}`;
        if (kinds.has("safe")) add(safe, safeId, { ...base, kind: "safe" });
        if (kinds.has("unsafe") && unsafe !== undefined) {
          add(unsafe, `${entry.id}/unsafe/${language}`, { ...base, kind: "unsafe", twinOf: `${safeId}/${system}` });
        }
      }
    }
    if (!kinds.has("mirror")) continue;
    for (const pair of data.mirrors) {
      if (!categories.has(pair.category)) continue;
      for (const [language, left, right] of inLanguages(pair.left, pair.right, languages)) {
        const base = { category: pair.category, language, entry: pair.id, kind: "mirror", topic: pair.topic };
        add(left, `${pair.id}/left/${language}`, { ...base, side: "left" });
        if (right !== undefined) add(right, `${pair.id}/right/${language}`, { ...base, side: "right" });
      }
    }
  }
  if (items.length === 0) throw new ConfigError("no prompts match these categories, languages and kinds", "refusal");
  return items;
}

/** Items from a user's prompt file: each row under each system prompt, filtered like the shipped data. */
export function refusalFileItems(prompts: readonly FilePrompt[], selection: RefusalSelection): Item[] {
  const present = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))];
  const categories = selection.categories && checked(selection.categories, present(prompts.map((p) => p.category)), "category", "categories");
  const languages = selection.languages && checked(selection.languages, present(prompts.map((p) => p.language)), "language", "languages");
  const kinds = new Set<RefusalKind>(selection.kinds ?? REFUSAL_KINDS);
  const chosen = prompts.filter(
    (p) => kinds.has(p.kind) && (!categories || (p.category !== undefined && categories.has(p.category))) && (!languages || (p.language !== undefined && languages.has(p.language))),
  );
  if (chosen.length === 0) throw new ConfigError("no prompts in the file match these categories, languages and kinds", "refusal");
  return selection.systems.flatMap((system) =>
    chosen.map((p): Item => {
      const metadata: Metadata = { ...p.extra, kind: p.kind, system };
      if (p.category !== undefined) metadata.category = p.category;
      if (p.language !== undefined) metadata.language = p.language;
      if (p.entry !== undefined) metadata.entry = p.entry;
      if (p.side !== undefined) metadata.side = p.side;
      return { id: `${p.id}/${system}`, input: p.prompt, metadata };
    }),
  );
}

/** [language, first, second] for each selected language the first text is written in. */
function inLanguages(first: Texts, second: Texts | undefined, languages: ReadonlySet<string>): [string, string, string | undefined][] {
  return languagesOf(first)
    .filter((language) => languages.has(language))
    .map((language) => [language, first[language] as string, second?.[language]]);
}

function checked(wanted: readonly string[] | undefined, known: readonly string[], what: string, where: string): ReadonlySet<string> {
  if (wanted === undefined) return new Set(known);
  for (const name of wanted) {
    if (!known.includes(name)) throw new ConfigError(`unknown ${what} "${name}" (known: ${known.join(", ")})`, where);
  }
  return new Set(wanted);
}
