// The task families realitycheck knows, by name. `run <name>` and `resume` both go through here.

import { closestName } from "../core/closest-name.ts";
import { ConfigError } from "../core/errors.ts";
import { benchmarkFamily } from "./benchmark/benchmark-family.ts";
import { datasetFamily } from "./dataset/dataset-family.ts";
import { longformFamily } from "./writing/longform-family.ts";
import { mysteriesFamily } from "./mysteries/mysteries-family.ts";
import { niahFamily } from "./niah/niah-family.ts";
import { refusalFamily } from "./refusal/refusal-family.ts";
import { riddlesFamily } from "./riddles/riddles-family.ts";
import { writingFamily } from "./writing/writing-family.ts";
import type { TaskFamily } from "./task-family.ts";

const FAMILIES: Record<string, TaskFamily> = {
  [datasetFamily.name]: datasetFamily,
  [niahFamily.name]: niahFamily,
  [mysteriesFamily.name]: mysteriesFamily,
  [refusalFamily.name]: refusalFamily,
  [riddlesFamily.name]: riddlesFamily,
  [writingFamily.name]: writingFamily,
  [longformFamily.name]: longformFamily,
  [benchmarkFamily.name]: benchmarkFamily,
};

export function findFamily(name: string): TaskFamily {
  const family = FAMILIES[name];
  if (!family) {
    const suggestion = closestName(name, [...familyNames(), "article"]);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `families: ${familyNames().join(", ")}, article; or a suite file ending in .yaml`;
    throw new ConfigError(`unknown task family or suite "${name}" (${hint})`);
  }
  return family;
}

export function allFamilies(): TaskFamily[] {
  return Object.values(FAMILIES);
}

export function familyNames(): string[] {
  return Object.keys(FAMILIES);
}
