// Suites: a YAML file naming several tasks (any family, each with its options) to run as one run. A suite may have
// parameters: `$name` as a value of `trials`, `seed` or a task option takes the parameter's value, from `parameters:`
// (defaults), the chosen one of `scales:` (named sets, `scale:` the default) and what the caller gives (a command's
// flags), later ones winning. A parameter that is null leaves the option out, so its family's default applies.
// Built-in suites (data/suites/, e.g. article) are read the same way.

import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readYamlDocument, validateAt, where, type YamlDocument } from "../config/yaml-file.ts";
import { ConfigError } from "../core/errors.ts";
import { allFamilies } from "./registry.ts";

export interface SuiteFile {
  name?: string;
  description?: string;
  trials?: number;
  seed?: number;
  /** The scale the suite was read at, when it has scales. */
  scale?: string;
  tasks: { family: string; options: Record<string, unknown> }[];
}

/** What a caller sets: a scale by name, and parameter values (undefined ones are not set). */
export interface SuiteArguments {
  scale?: string;
  parameters?: Record<string, unknown>;
}

const parameterSets = {
  parameters: z.record(z.string(), z.unknown()).optional(),
  scale: z.string().min(1).optional(),
  scales: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
};

function suiteSchema() {
  const families = allFamilies();
  const taskSchemas = families.map((family) => family.optionsSchema.extend({ family: z.literal(family.name) }));
  const task = z.discriminatedUnion("family", taskSchemas as unknown as [z.ZodObject, ...z.ZodObject[]]);
  return z.strictObject({
    name: z.string().optional(),
    description: z.string().optional(),
    trials: z.number().int().positive().optional(),
    seed: z.number().int().min(0).optional(),
    ...parameterSets,
    tasks: z.array(task).min(1, "a suite needs at least one task"),
  });
}

export function isSuitePath(ref: string): boolean {
  return /\.ya?ml$/i.test(ref);
}

const BUILT_IN_SUITES = fileURLToPath(new URL("../../data/suites/", import.meta.url));

/** The file of a built-in suite (data/suites/<name>.yaml), or undefined when there is none of that name. */
export function builtInSuitePath(name: string): string | undefined {
  const path = join(BUILT_IN_SUITES, `${name}.yaml`);
  return /^[\w-]+$/.test(name) && existsSync(path) ? path : undefined;
}

/** Reads and validates a suite (errors name file:line); file options are resolved against the suite's folder. */
export function loadSuiteFile(path: string, args: SuiteArguments = {}): SuiteFile {
  const doc = readYamlDocument(path, z.looseObject(parameterSets));
  const raw = doc.value as z.output<z.ZodObject<typeof parameterSets>> & Record<string, unknown>;
  const scale = chooseScale(raw, args.scale);
  const values = { ...raw.parameters, ...(scale === undefined ? {} : raw.scales?.[scale]), ...definedOnly(args.parameters ?? {}) };
  const { parameters, scale: _default, scales, ...body } = raw;
  const filled = { parameters, scales, ...(fill(body, values, [], path, doc.lineOf) as Record<string, unknown>) };
  const parsed = validateAt(suiteSchema(), filled, path, doc.lineOf, doc.keyLineOf) as { name?: string; description?: string; trials?: number; seed?: number; tasks: Record<string, unknown>[] };
  const base = dirname(resolve(path));
  const families = new Map(allFamilies().map((family) => [family.name, family]));
  return {
    name: parsed.name,
    description: parsed.description,
    trials: parsed.trials,
    seed: parsed.seed,
    scale,
    tasks: parsed.tasks.map(({ family, ...options }) => {
      for (const key of families.get(family as string)?.pathOptions ?? []) {
        const value = options[key];
        if (typeof value === "string" && !isAbsolute(value)) options[key] = resolve(base, value);
      }
      return { family: family as string, options };
    }),
  };
}

function chooseScale(raw: { scale?: string; scales?: Record<string, unknown> }, asked: string | undefined): string | undefined {
  const names = Object.keys(raw.scales ?? {});
  const scale = asked ?? raw.scale;
  if (scale === undefined) return undefined;
  if (names.length === 0) throw new ConfigError(`this suite has no scales (asked for "${scale}")`, "--scale");
  if (!names.includes(scale)) throw new ConfigError(`unknown scale "${scale}" (use ${names.join(", ")})`, "--scale");
  return scale;
}

const PARAMETER = /^\$([A-Za-z_]\w*)$/;

/** `$name` values replaced by their parameter; a null (or absent) parameter drops its key. */
function fill(value: unknown, values: Record<string, unknown>, at: PropertyKey[], path: string, lineOf: YamlDocument<unknown>["lineOf"]): unknown {
  if (typeof value === "string") {
    const name = PARAMETER.exec(value)?.[1];
    if (name === undefined) return value;
    if (!(name in values)) throw new ConfigError(`${at.map(String).join(".")}: unknown parameter $${name}`, where(path, lineOf(at)));
    return values[name] ?? undefined;
  }
  if (Array.isArray(value)) return value.map((item, index) => fill(item, values, [...at, index], path, lineOf));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const filled = fill(item, values, [...at, key], path, lineOf);
    if (filled !== undefined) out[key] = filled;
  }
  return out;
}

function definedOnly(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
