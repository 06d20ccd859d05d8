// The grid as items: one per (needle kind, length, depth). Needles are drawn per trial, so an item is a cell of
// the heatmap and its trials are that cell's independent samples.

import type { Item } from "../../core/item.ts";
import { lengthLabel } from "./grid-spec.ts";
import type { NiahOptions } from "./niah-options.ts";

export function niahItems(options: NiahOptions): Item[] {
  const items: Item[] = [];
  for (const kind of options.needles) {
    for (const length of options.lengths) {
      for (const depth of options.depths) {
        items.push({
          id: `${kind}-${lengthLabel(length)}-d${depth}`,
          input: `${kind} needle at ${depth}% of ${lengthLabel(length)} tokens`,
          metadata: { kind, length, depth, lengthLabel: lengthLabel(length), language: options.language },
        });
      }
    }
  }
  return items;
}
