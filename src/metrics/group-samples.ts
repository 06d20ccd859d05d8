// Samples (or any values) broken down into groups: the groups `show` lists, and families' per-language, per-length or
// per-unit metrics, are all made here.

import type { ScoredSample } from "../core/task.ts";

/** The group name for samples whose item lacks the key (or has it null). */
export const NO_GROUP = "(none)";

/** Values by a key, in order of each key's first appearance. */
export function groupBy<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const members = groups.get(key);
    if (members) members.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** Samples by the string form of an item metadata value, in order of first appearance; missing or null → "(none)". */
export function groupSamples<S extends Pick<ScoredSample, "item">>(samples: readonly S[], key: string): Map<string, S[]> {
  return groupBy(samples, (sample) => metadataGroup(sample.item.metadata[key]));
}

/** The group a metadata value names: its string form, or NO_GROUP when missing or null. */
export function metadataGroup(value: unknown): string {
  return value === undefined || value === null ? NO_GROUP : String(value);
}
