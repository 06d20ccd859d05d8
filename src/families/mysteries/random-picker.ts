// Seeded choices for the generator and the renderer, so a case and its story reproduce exactly from a seed.

import { seededRandom } from "../../core/random.ts";

export interface RandomPicker {
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
}

export function randomPicker(seed: number): RandomPicker {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    int,
    chance: (probability) => random() < probability,
    pick<T>(list: readonly T[]): T {
      if (list.length === 0) throw new RangeError("pick from an empty list");
      return list[int(0, list.length - 1)] as T;
    },
    shuffle<T>(list: readonly T[]): T[] {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}
