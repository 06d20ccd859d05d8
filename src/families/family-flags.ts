// A family's command-line flags, derived from its options schema: one flag per option (kebab-case of its name), its
// kind read off the schema, its help the option's .describe(). A family names only what differs: a flag renamed, an
// option without a flag, or a flag it writes itself. The CLI knows nothing of any family but these.

import { resolve } from "node:path";
import type { z } from "zod";
import { ConfigError } from "../core/errors.ts";
import type { TaskFamily } from "./task-family.ts";

/** Parsed flag values as node:util's parseArgs gives them (every family string flag is repeatable). */
export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface FamilyFlag {
  /** Without the dashes: `chapter-words`. */
  name: string;
  type: "string" | "boolean";
  /** One line of help: the option's .describe(). */
  description: string;
}

/** A flag a family writes itself, for options no one flag maps onto (niah's --haystack names a kind or a file). */
export interface CustomFlag extends FamilyFlag {
  /** The options it sets (a part of one as `adaptive.alpha`): a schema error in one is reported against this flag. */
  options: readonly string[];
  /** What the given flags mean for those options (nothing when the flag was not given); errors name the flag. */
  apply(values: FlagValues, cwd: string): Record<string, unknown>;
}

export interface FlagChoices {
  /** Option → flag where the option's kebab-case name is not the flag (`needleCount` → `needles`). */
  names?: Record<string, string>;
  /** Options with no flag of their own: suite-only, or set by a custom flag. */
  omit?: readonly string[];
  custom?: readonly CustomFlag[];
  /** Options read from a flag the command itself takes (option → flag): no flag of the family's, no help of its own. */
  fromCommand?: Record<string, string>;
}

export interface FamilyFlags {
  flags: readonly FamilyFlag[];
  /**
   * The options the given flags set (flags not given are left out, so the family's defaults apply), checked against
   * the schema so that a bad value is a ConfigError naming its flag; the options are returned as given, not parsed.
   */
  toOptions(values: FlagValues, cwd: string): Record<string, unknown>;
}

type Kind = "string" | "number" | "boolean" | "list";

interface DerivedFlag extends FamilyFlag {
  option: string;
  kind: Kind;
  /** A boolean option that defaults to true gets `--no-<name>`, which sets it to false. */
  negated: boolean;
  /** The command's own flag (FlagChoices.fromCommand): read, not offered. */
  command: boolean;
}

/** Options no family offers as a flag: the task id is a suite's business. */
const NEVER_FLAGS = ["id"];

export function deriveFlags(schema: z.ZodObject, choices: FlagChoices = {}, pathOptions: readonly string[] = []): FamilyFlags {
  const omitted = new Set([...NEVER_FLAGS, ...(choices.omit ?? [])]);
  const derived: DerivedFlag[] = [];
  for (const [option, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (omitted.has(option)) continue;
    const kind = kindOf(field);
    if (kind === undefined) throw new Error(`option ${option} has no flag kind: omit it or give it a custom flag`);
    const command = choices.fromCommand?.[option];
    const negated = command === undefined && kind === "boolean" && defaultOf(field) === true;
    const base = command ?? choices.names?.[option] ?? kebabCase(option);
    const described = descriptionOf(field) ?? "";
    derived.push({
      option,
      kind,
      negated,
      command: command !== undefined,
      name: negated ? `no-${base}` : base,
      type: kind === "boolean" ? "boolean" : "string",
      description: negated ? `turn off: ${described}` : described,
    });
  }
  const custom = choices.custom ?? [];
  const flagOf = new Map<string, string>([...derived.map((flag): [string, string] => [flag.option, flag.name]), ...custom.flatMap((flag) => flag.options.map((option): [string, string] => [option, flag.name]))]);
  return {
    flags: [...derived.filter((flag) => !flag.command), ...custom].map(({ name, type, description }) => ({ name, type, description })),
    toOptions(values, cwd) {
      const options: Record<string, unknown> = {};
      for (const flag of derived) {
        const value = readFlag(flag, values);
        if (value === undefined) continue;
        options[flag.option] = pathOptions.includes(flag.option) && typeof value === "string" ? resolve(cwd, value) : value;
      }
      for (const flag of custom) Object.assign(options, flag.apply(values, cwd));
      checkOptions(schema, options, flagOf);
      return options;
    },
  };
}

function readFlag(flag: DerivedFlag, values: FlagValues): unknown {
  if (flag.kind === "boolean") return values[flag.name] === true ? !flag.negated : undefined;
  if (flag.kind === "list") {
    const list = commaList(values, flag.name);
    return list.length > 0 ? list : undefined;
  }
  const text = lastString(values, flag.name);
  return text === undefined || flag.kind === "string" ? text : numberValue(text, flag.name);
}

/** A flag's text as a number; anything else is a ConfigError naming the flag. */
export function numberValue(text: string, flag: string): number {
  const number = Number(text);
  if (text.trim() === "" || !Number.isFinite(number)) throw new ConfigError(`expected a number, got "${text}"`, `--${flag}`);
  return number;
}

function checkOptions(schema: z.ZodObject, options: Record<string, unknown>, flagOf: ReadonlyMap<string, string>): void {
  const parsed = schema.safeParse(options);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String);
  // The flag of the longest part of the path a flag sets: adaptive.alpha has its own flag, adaptive.threshold not.
  const depth = [...path.keys()].reverse().find((index) => flagOf.has(path.slice(0, index + 1).join(".")));
  const flag = depth === undefined ? undefined : flagOf.get(path.slice(0, depth + 1).join("."));
  // A message about what the flag sets needs no path; one about a part of it (needles.0) says which part.
  const message = flag !== undefined && depth === path.length - 1 ? issue.message : `${path.join(".")}: ${issue.message}`;
  throw new ConfigError(message, flag === undefined ? undefined : `--${flag}`);
}

/** The last value of a (repeatable) string flag. */
export function lastString(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === "string" ? last : undefined;
}

/** A repeatable flag whose values may also be comma lists: `--judge a,b --judge c` → [a, b, c]. */
export function commaList(values: FlagValues, name: string): string[] {
  const value = values[name];
  const given = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  return given.flatMap((text) => text.split(",")).map((text) => text.trim()).filter(Boolean);
}

function kindOf(field: z.ZodType): Kind | undefined {
  const def = field.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
  switch (def.type) {
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
      return kindOf(def.innerType!);
    case "pipe":
      return kindOf(def.in!);
    case "string":
    case "enum":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return "list";
    case "union": {
      // A union that takes text (niah's "1k..128k" or a list) gets the text as typed; the schema reads it.
      const kinds = def.options!.map(kindOf);
      return (["string", "list", "number"] as const).find((kind) => kinds.includes(kind));
    }
    default:
      return undefined;
  }
}

function descriptionOf(field: z.ZodType): string | undefined {
  if (field.description !== undefined) return field.description;
  const def = field.def as { innerType?: z.ZodType; in?: z.ZodType };
  const inner = def.innerType ?? def.in;
  return inner === undefined ? undefined : descriptionOf(inner);
}

function defaultOf(field: z.ZodType): unknown {
  const def = field.def as { type: string; defaultValue?: unknown; innerType?: z.ZodType };
  if (def.type === "default") return def.defaultValue;
  return def.innerType === undefined ? undefined : defaultOf(def.innerType);
}

function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** A family's flags: its own, or those its schema gives as it is. */
export function flagsOf(family: TaskFamily): FamilyFlags {
  return family.flags ?? deriveFlags(family.optionsSchema, {}, family.pathOptions);
}
