// The task families realitycheck knows, by name. `run <name>` and `resume` both go through here.

import { ConfigError } from "../core/errors.ts";
import { datasetFamily } from "./dataset/dataset-family.ts";
import type { TaskFamily } from "./task-family.ts";

const FAMILIES: Record<string, TaskFamily> = {
  [datasetFamily.name]: datasetFamily,
};

export function findFamily(name: string): TaskFamily {
  const family = FAMILIES[name];
  if (!family) throw new ConfigError(`unknown task family or suite "${name}" (families: ${familyNames().join(", ")}; or a suite file ending in .yaml)`);
  return family;
}

export function allFamilies(): TaskFamily[] {
  return Object.values(FAMILIES);
}

export function familyNames(): string[] {
  return Object.keys(FAMILIES);
}
