// User-written suites: a YAML file naming several tasks (any family, each with its options) to run as one run.

import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { readYamlFile } from "../config/yaml-file.ts";
import { allFamilies } from "./registry.ts";

export interface SuiteFile {
  name?: string;
  description?: string;
  trials?: number;
  seed?: number;
  tasks: { family: string; options: Record<string, unknown> }[];
}

function suiteSchema() {
  const families = allFamilies();
  const taskSchemas = families.map((family) => family.optionsSchema.extend({ family: z.literal(family.name) }));
  const task = z.discriminatedUnion("family", taskSchemas as unknown as [z.ZodObject, ...z.ZodObject[]]);
  return z.strictObject({
    name: z.string().optional(),
    description: z.string().optional(),
    trials: z.number().int().positive().optional(),
    seed: z.number().int().min(0).optional(),
    tasks: z.array(task).min(1, "a suite needs at least one task"),
  });
}

export function isSuitePath(ref: string): boolean {
  return /\.ya?ml$/i.test(ref);
}

/** Reads and validates a suite (errors name file:line); file options are resolved against the suite's folder. */
export function loadSuiteFile(path: string): SuiteFile {
  const parsed = readYamlFile(path, suiteSchema()) as { name?: string; description?: string; trials?: number; seed?: number; tasks: Record<string, unknown>[] };
  const base = dirname(resolve(path));
  const families = new Map(allFamilies().map((family) => [family.name, family]));
  return {
    name: parsed.name,
    description: parsed.description,
    trials: parsed.trials,
    seed: parsed.seed,
    tasks: parsed.tasks.map(({ family, ...options }) => {
      for (const key of families.get(family as string)?.pathOptions ?? []) {
        const value = options[key];
        if (typeof value === "string" && !isAbsolute(value)) options[key] = resolve(base, value);
      }
      return { family: family as string, options };
    }),
  };
}
