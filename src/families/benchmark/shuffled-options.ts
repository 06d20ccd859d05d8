// GPQA's options in a fresh order each trial, fixed by the run's seed, the item and the trial: the prompt and the
// scorer compute the same order, so a resumed run asks and scores exactly as before. The correct option is the
// item's first choice before shuffling.

import type { Item } from "../../core/item.ts";
import { seedFromString, seededRandom } from "../../core/random.ts";
import { choiceLetter } from "../../scorers/extract-choice.ts";

/** Indices into item.choices in the order this trial shows them. */
export function optionOrder(item: Item, seed: number, trial: number): number[] {
  const order = (item.choices ?? []).map((_, index) => index);
  const random = seededRandom(seedFromString(`${seed}\u0000${item.id}\u0000${trial}`));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

export function shownOptions(item: Item, seed: number, trial: number): string[] {
  return optionOrder(item, seed, trial).map((index) => (item.choices ?? [])[index] as string);
}

/** The letter the correct option (choice 0) has in this trial's order. */
export function correctLetter(item: Item, seed: number, trial: number): string {
  return choiceLetter(optionOrder(item, seed, trial).indexOf(0));
}
