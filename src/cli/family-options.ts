// The task families' flags on the command line, generic over the registry: one parseArgs config holding every
// family's flags, each family's options read from its own. Nothing here names a family.

import { ConfigError } from "../core/errors.ts";
import { flagsOf, type FamilyFlag } from "../families/family-flags.ts";
import { allFamilies, findFamily } from "../families/registry.ts";
import type { OptionsConfig, ParsedCommandArgs } from "./command.ts";

/** Every family's flags for parseArgs. String flags are repeatable, so lists and single values share one config. */
export function familyFlagOptions(taken: OptionsConfig): OptionsConfig {
  const options: OptionsConfig = {};
  const owner = new Map<string, { family: string; flag: FamilyFlag }>();
  for (const family of allFamilies()) {
    for (const flag of flagsOf(family).flags) {
      if (taken[flag.name]) throw new Error(`family ${family.name}: --${flag.name} is a flag of the command itself`);
      const before = owner.get(flag.name);
      if (before && before.flag.type !== flag.type) throw new Error(`--${flag.name} is a ${before.flag.type} flag of ${before.family} and a ${flag.type} flag of ${family.name}`);
      owner.set(flag.name, { family: family.name, flag });
      options[flag.name] = flag.type === "boolean" ? { type: "boolean" } : { type: "string", multiple: true };
    }
  }
  return options;
}

/**
 * The options a family's flags give. A flag the command takes beyond `base` that is not this family's is an error,
 * not silently dropped.
 */
export function familyOptions(name: string, values: ParsedCommandArgs["values"], base: OptionsConfig, cwd: string): Record<string, unknown> {
  const family = findFamily(name);
  const flags = flagsOf(family);
  const own = new Set(flags.flags.map((flag) => flag.name));
  for (const [flag, value] of Object.entries(values)) {
    if (value !== undefined && !base[flag] && !own.has(flag)) throw new ConfigError(`--${flag} is not an option of ${family.name}`, `--${flag}`);
  }
  return flags.toOptions(values, cwd);
}

/** A suite file carries each task's options itself; flags beside it would be silently ignored. */
export function rejectFamilyFlags(values: ParsedCommandArgs["values"], base: OptionsConfig, suite: string): void {
  for (const [flag, value] of Object.entries(values)) {
    if (value !== undefined && !base[flag]) throw new ConfigError(`--${flag} cannot be combined with a suite file (${suite}): set it on the task in the suite`, `--${flag}`);
  }
}
