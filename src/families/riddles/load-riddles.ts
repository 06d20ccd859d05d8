// Reads riddle families (the shipped ones in data/riddles/families/, or a user's file) and the name pools their
// {slots} draw from. Every file is validated at load; a bad one is a ConfigError naming file:line and field.

import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readYamlFile } from "../../config/yaml-file.ts";
import { ConfigError } from "../../core/errors.ts";
import { POOL_NAMES, RIDDLE_LANGUAGES, riddleFamilySchema, type RiddleFamily, type RiddleLanguage } from "./riddle-schema.ts";

export const RIDDLES_DATA_DIR = fileURLToPath(new URL("../../../data/riddles/", import.meta.url));

export type SlotPools = Record<(typeof POOL_NAMES)[number], Record<RiddleLanguage, string[]>>;

const poolSchema = z.record(z.enum(RIDDLE_LANGUAGES), z.array(z.string().trim().min(1)).min(1));
const poolsSchema = z.strictObject(Object.fromEntries(POOL_NAMES.map((name) => [name, poolSchema])) as Record<(typeof POOL_NAMES)[number], typeof poolSchema>);

export function loadRiddleFile(path: string): RiddleFamily {
  return readYamlFile(path, riddleFamilySchema);
}

/** The shipped families, in file-name order; each file is named after the family it holds. */
export function loadBuiltInRiddles(dataDir = RIDDLES_DATA_DIR): RiddleFamily[] {
  const dir = join(dataDir, "families");
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort();
  return files.map((name) => {
    const path = join(dir, name);
    const family = loadRiddleFile(path);
    if (basename(name).replace(/\.ya?ml$/i, "") !== family.family) throw new ConfigError(`family "${family.family}" must live in ${family.family}.yaml`, path);
    return family;
  });
}

export function loadSlotPools(dataDir = RIDDLES_DATA_DIR): SlotPools {
  return readYamlFile(join(dataDir, "pools.yaml"), poolsSchema) as SlotPools;
}
