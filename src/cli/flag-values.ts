// Typed reads of parsed flags; a bad value is a ConfigError naming the flag.

import { ConfigError } from "../core/errors.ts";
import type { ParsedCommandArgs } from "./command.ts";

type Values = ParsedCommandArgs["values"];

/** A string flag's value; of a repeatable one, the last given. */
export function stringFlag(values: Values, name: string): string | undefined {
  const value = values[name];
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === "string" ? last : undefined;
}

export function listFlag(values: Values, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

/** A repeatable flag whose values may also be comma lists: `--judge a,b --judge c` → [a, b, c]. */
export function commaListFlag(values: Values, name: string): string[] {
  return listFlag(values, name).flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
}

export function booleanFlag(values: Values, name: string): boolean {
  return values[name] === true;
}

export function numberFlag(values: Values, name: string, check: { integer?: boolean; min?: number; max?: number } = {}): number | undefined {
  const raw = stringFlag(values, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const bad =
    raw.trim() === "" ||
    !Number.isFinite(value) ||
    (check.integer && !Number.isInteger(value)) ||
    (check.min !== undefined && value < check.min) ||
    (check.max !== undefined && value > check.max);
  if (bad) {
    const kind = check.integer ? "an integer" : "a number";
    const range = check.min !== undefined ? (check.max !== undefined ? ` between ${check.min} and ${check.max}` : ` of at least ${check.min}`) : "";
    throw new ConfigError(`expected ${kind}${range}, got "${raw}"`, `--${name}`);
  }
  return value;
}
