// The task families realitycheck knows, by name. A family is a folder: every families/<name>/<name>-family.ts is
// found here, so adding one edits nothing else. Folders of the user's own families (REALITYCHECK_FAMILIES) are added
// per command. `run <name>`, `resume`, suites, help and the reports all go through here.

import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { closestName } from "../core/closest-name.ts";
import { ConfigError } from "../core/errors.ts";
import type { TaskFamily } from "./task-family.ts";

const BUILT_IN: readonly TaskFamily[] = await Promise.all(
  readdirSync(import.meta.dirname, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(familyFile(join(import.meta.dirname, entry.name))))
    .map((entry) => loadFamilyFolder(join(import.meta.dirname, entry.name))),
);

let added: readonly TaskFamily[] = [];

/** The family a folder holds: its <folder>/<folder>-family.ts exports exactly one. */
export async function loadFamilyFolder(folder: string): Promise<TaskFamily> {
  const file = familyFile(folder);
  if (!existsSync(file)) throw new ConfigError(`a family folder holds ${basename(file)}, which exports the family`, folder);
  const exported = Object.values((await import(pathToFileURL(file).href)) as Record<string, unknown>).filter(isTaskFamily);
  if (exported.length !== 1) throw new ConfigError(`exports ${exported.length} task families, not one`, file);
  return exported[0]!;
}

/** Adds the families in these folders to the built-in ones, replacing any added before; a name may not be taken twice. */
export async function useFamilyFolders(folders: readonly string[]): Promise<void> {
  const families = await Promise.all(folders.map(loadFamilyFolder));
  const seen = new Set(BUILT_IN.map((family) => family.name));
  for (const [index, family] of families.entries()) {
    if (seen.has(family.name)) throw new ConfigError(`a family named "${family.name}" already exists`, folders[index]);
    seen.add(family.name);
  }
  added = families;
}

export function findFamily(name: string): TaskFamily {
  const family = allFamilies().find((candidate) => candidate.name === name);
  if (!family) {
    const suggestion = closestName(name, [...familyNames(), "article"]);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `families: ${familyNames().join(", ")}, article; or a suite file ending in .yaml`;
    throw new ConfigError(`unknown task family or suite "${name}" (${hint})`);
  }
  return family;
}

export function allFamilies(): TaskFamily[] {
  return [...BUILT_IN, ...added];
}

export function familyNames(): string[] {
  return allFamilies().map((family) => family.name);
}

function familyFile(folder: string): string {
  return join(folder, `${basename(folder)}-family.ts`);
}

function isTaskFamily(value: unknown): value is TaskFamily {
  const family = value as Partial<TaskFamily> | null;
  return typeof family === "object" && family !== null && typeof family.name === "string" && typeof family.build === "function" && family.optionsSchema !== undefined;
}
