// Reads the shipped over-refusal prompts (data/refusal/*.yaml) and checks them: one file per category of safe
// prompts with their unsafe twins, and `mirror-*.yaml` files of political mirror pairs.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readYamlFile } from "../../config/yaml-file.ts";
import { ConfigError } from "../../core/errors.ts";

export const REFUSAL_DATA_DIR = fileURLToPath(new URL("../../../data/refusal/", import.meta.url));
export const DATA_LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;
export type DataLanguage = (typeof DATA_LANGUAGES)[number];
/** A prompt in each language it is written in; English always. */
export type Texts = { en: string } & Partial<Record<DataLanguage, string>>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase words joined by '-'");
const text = z.string().trim().min(1);
/** A plain string is the English prompt; a mapping gives it per language. */
const textsSchema = z.union([
  text.transform((en): Texts => ({ en })),
  z.strictObject({ en: text, es: text.optional(), fr: text.optional(), de: text.optional(), pt: text.optional() }),
]);

const sameLanguages = (a: Texts, b: Texts) => languagesOf(a).join() === languagesOf(b).join();

const contrastFileSchema = z.strictObject({
  category: slug,
  prompts: z
    .array(
      z
        .strictObject({ id: slug, safe: textsSchema, unsafe: textsSchema.optional() })
        .refine((entry) => !entry.unsafe || sameLanguages(entry.safe, entry.unsafe), "an unsafe twin must be written in the same languages as its safe prompt"),
    )
    .min(1),
});

const mirrorFileSchema = z.strictObject({
  pairs: z
    .array(
      z
        .strictObject({ id: slug, category: slug, topic: text, left: textsSchema, right: textsSchema })
        .refine((pair) => sameLanguages(pair.left, pair.right), "both sides of a mirror pair must be written in the same languages"),
    )
    .min(1),
});

export interface ContrastEntry {
  id: string;
  category: string;
  safe: Texts;
  /** The dangerous version of the safe prompt, which a model should refuse. */
  unsafe?: Texts;
}

export interface MirrorPair {
  id: string;
  category: string;
  topic: string;
  left: Texts;
  right: Texts;
}

export interface RefusalData {
  contrasts: ContrastEntry[];
  mirrors: MirrorPair[];
}

const MIRROR_OWNER = "the mirror pairs";

export function languagesOf(texts: Texts): DataLanguage[] {
  return DATA_LANGUAGES.filter((language) => texts[language] !== undefined);
}

/** Every `.yaml` file in `dir`, validated; ids are unique across files and categories belong to one file. */
export function loadRefusalData(dir = REFUSAL_DATA_DIR): RefusalData {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort();
  } catch (error) {
    throw new ConfigError(`cannot read the refusal data folder (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`, dir);
  }
  const data: RefusalData = { contrasts: [], mirrors: [] };
  const idFile = new Map<string, string>();
  // A category of safe prompts lives in one file; mirror categories may span mirror files but never meet the others.
  const categoryOwner = new Map<string, string>();
  const claimCategory = (category: string, owner: string, file: string) => {
    const earlier = categoryOwner.get(category);
    if (earlier !== undefined && (earlier !== owner || owner !== MIRROR_OWNER)) throw new ConfigError(`category "${category}" is already used in ${earlier}`, file);
    categoryOwner.set(category, owner);
  };
  const claimId = (id: string, file: string) => {
    const earlier = idFile.get(id);
    if (earlier !== undefined) throw new ConfigError(`id "${id}" is already used in ${earlier}`, file);
    idFile.set(id, file);
  };
  for (const name of names) {
    const file = join(dir, name);
    if (name.startsWith("mirror")) {
      for (const pair of readYamlFile(file, mirrorFileSchema).pairs) {
        claimId(pair.id, file);
        claimCategory(pair.category, MIRROR_OWNER, file);
        data.mirrors.push(pair);
      }
    } else {
      const parsed = readYamlFile(file, contrastFileSchema);
      claimCategory(parsed.category, file, file);
      for (const entry of parsed.prompts) {
        claimId(entry.id, file);
        data.contrasts.push({ ...entry, category: parsed.category });
      }
    }
  }
  if (data.contrasts.length === 0 && data.mirrors.length === 0) throw new ConfigError("no refusal prompts found (expected .yaml files)", dir);
  return data;
}
