// The scorers in this folder compare a response with the item's expected answer. They can also say up front
// whether an item is scorable at all, so a task rejects a bad dataset before a single request is paid for.

import type { Item } from "../core/item.ts";
import type { Scorer } from "../core/scorer.ts";

export interface MatchScorer extends Scorer {
  /** Why this scorer cannot score `item` (no expected answer, expected is not a number...), or undefined. */
  itemProblem(item: Item): string | undefined;
}

/** The item's expected answers as a list; empty when it has none. */
export function expectedAnswers(item: Item): string[] {
  if (item.expected === undefined) return [];
  return typeof item.expected === "string" ? [item.expected] : item.expected;
}

export function missingExpected(item: Item, scorer: string): string | undefined {
  return expectedAnswers(item).length === 0 ? `item "${item.id}" has no expected answer (the ${scorer} scorer needs one)` : undefined;
}

/** `"a"` or `one of "a", "b"`, for explanations. */
export function describeExpected(expected: readonly string[]): string {
  const quoted = expected.map((e) => JSON.stringify(e));
  return quoted.length === 1 ? (quoted[0] as string) : `one of ${quoted.join(", ")}`;
}
