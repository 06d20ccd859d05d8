// The order suspects are offered as lettered options: the cast order rotated one more place each trial, from a
// per-item starting point, so over trials the culprit's letter moves through every position.

import { seedFromString } from "../../core/random.ts";

export function optionOrder<T>(suspects: readonly T[], itemId: string, trial: number): T[] {
  const count = suspects.length;
  const offset = (seedFromString(itemId) + trial - 1) % count;
  return suspects.map((_, i) => suspects[(i + offset) % count] as T);
}

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
