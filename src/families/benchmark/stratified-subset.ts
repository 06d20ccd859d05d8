// A cheap check's questions: at most `limit` items, drawn from each subject (or language) in proportion to its size
// and at least one from each when the limit allows, chosen by a seeded shuffle, kept in the dataset's order. For
// parallel sets (MGSM) the same problems are drawn in every language, so answers can be compared across languages.

import type { Item } from "../../core/item.ts";
import { seedFromString, seededRandom } from "../../core/random.ts";

export interface SubsetOptions {
  limit?: number;
  seed: number;
  stratum: string;
  /** Metadata key naming one problem asked in several strata. */
  parallelKey?: string;
}

export function stratifiedSubset(items: readonly Item[], options: SubsetOptions): Item[] {
  const { limit, seed, stratum, parallelKey } = options;
  if (limit === undefined || limit >= items.length) return [...items];
  if (parallelKey !== undefined) {
    const problems = [...new Set(items.map((item) => String(item.metadata[parallelKey])))];
    const strata = new Set(items.map((item) => String(item.metadata[stratum]))).size;
    const chosen = new Set(shuffled(problems, seedFromString(`${seed}\u0000${parallelKey}`)).slice(0, Math.max(1, Math.floor(limit / strata))));
    return items.filter((item) => chosen.has(String(item.metadata[parallelKey])));
  }
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = String(item.metadata[stratum]);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const quotas = allocate([...groups].map(([key, group]) => [key, group.length] as const), limit, items.length);
  const kept = new Set<Item>();
  for (const [key, group] of groups) {
    for (const item of shuffled(group, seedFromString(`${seed}\u0000${key}`)).slice(0, quotas.get(key) ?? 0)) kept.add(item);
  }
  return items.filter((item) => kept.has(item));
}

/** Proportional quotas by largest remainder, then one for every empty stratum, taken from the largest quotas. */
function allocate(sizes: readonly (readonly [string, number])[], limit: number, total: number): Map<string, number> {
  const exact = sizes.map(([key, size]) => ({ key, size, share: (limit * size) / total }));
  const quotas = new Map(exact.map(({ key, share }) => [key, Math.floor(share)]));
  let left = limit - [...quotas.values()].reduce((a, b) => a + b, 0);
  for (const { key } of [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || a.key.localeCompare(b.key))) {
    if (left-- <= 0) break;
    quotas.set(key, (quotas.get(key) ?? 0) + 1);
  }
  if (limit >= sizes.length) {
    for (const { key } of exact) {
      if (quotas.get(key) !== 0) continue;
      const [largest] = [...quotas].sort((a, b) => b[1] - a[1]);
      if (!largest || largest[1] <= 1) break;
      quotas.set(largest[0], largest[1] - 1);
      quotas.set(key, 1);
    }
  }
  return quotas;
}

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const copy = [...values];
  const random = seededRandom(seed);
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
