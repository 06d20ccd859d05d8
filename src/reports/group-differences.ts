// Where two deployments differ inside a task: accuracy per subject, language or any other group the task reports,
// each group by the item-level McNemar test over its items, with the p-values Holm-adjusted over the task's groups so
// a task with 14 subjects does not find a difference by chance. "Host B loses 9 points on law and math" comes from here.
// A group is a follow-up to its task's accuracy test: summarizeDifferences names groups only once that test differs.

import { holmAdjust } from "../stats/holm-adjustment.ts";
import { itemMcNemarTest, type PairedItem } from "../stats/item-mcnemar-test.ts";

export interface GroupedItem {
  metadata: Readonly<Record<string, unknown>>;
  /** Passes of each side over the item's scored paired trials. */
  accuracy: PairedItem;
}

export interface GroupDifference {
  key: string;
  value: string;
  items: number;
  /** Each side's accuracy over the group's scored paired trials. */
  a: number;
  b: number;
  /** The item-level McNemar p-value of this group, Holm-adjusted over every group of the task. */
  adjustedP: number;
}

/** `groupBy`: the task's metadata keys (subject, language); a key with fewer than two groups is not a breakdown. */
export function groupDifferences(items: readonly GroupedItem[], groupBy: readonly string[]): GroupDifference[] {
  const rows: (Omit<GroupDifference, "adjustedP"> & { pValue: number })[] = [];
  for (const key of groupBy) {
    const byValue = new Map<string, PairedItem[]>();
    for (const { metadata, accuracy } of items) {
      if (accuracy.trials === 0) continue;
      const value = String(metadata[key] ?? "(none)");
      const group = byValue.get(value);
      if (group) group.push(accuracy);
      else byValue.set(value, [accuracy]);
    }
    if (byValue.size < 2) continue;
    for (const [value, group] of [...byValue].sort(([x], [y]) => x.localeCompare(y))) {
      const trials = group.reduce((sum, item) => sum + item.trials, 0);
      const a = group.reduce((sum, item) => sum + item.a, 0) / trials;
      const b = group.reduce((sum, item) => sum + item.b, 0) / trials;
      rows.push({ key, value, items: group.length, a, b, pValue: itemMcNemarTest(group).pValue });
    }
  }
  const adjusted = holmAdjust(rows.map((row) => row.pValue));
  return rows.map(({ pValue: _p, ...row }, index) => ({ ...row, adjustedP: adjusted[index] as number }));
}
