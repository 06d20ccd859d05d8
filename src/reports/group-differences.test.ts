import { describe, expect, it } from "vitest";
import { groupDifferences, type GroupedItem } from "./group-differences.ts";

/** 20 items per subject answered once on each side; B fails all but two items of the broken subjects. */
function items(broken: readonly string[], trials = 1): GroupedItem[] {
  return ["biology", "history", "law", "math"].flatMap((subject) =>
    Array.from({ length: 20 }, (_, i) => ({
      metadata: { subject },
      accuracy: { a: trials, b: broken.includes(subject) && i >= 2 ? 0 : trials, trials },
    })),
  );
}

describe("groupDifferences", () => {
  it("finds the subjects where one deployment loses, and not the ones where both agree", () => {
    const rows = groupDifferences(items(["law", "math"]), ["subject"]);
    expect(rows.map((row) => [row.value, row.items, row.a, row.b])).toEqual([
      ["biology", 20, 1, 1],
      ["history", 20, 1, 1],
      ["law", 20, 1, 0.1],
      ["math", 20, 1, 0.1],
    ]);
    // 18 discordant items each: exact p = 2 / 2^18, Holm multiplies the two smallest by 4 and 3, then keeps the running max.
    expect(rows[2]!.adjustedP).toBeCloseTo((4 * 2) / 2 ** 18, 12);
    expect(rows[3]!.adjustedP).toBeCloseTo((4 * 2) / 2 ** 18, 12);
    expect(rows[0]!.adjustedP).toBe(1);
  });

  it("counts an item's repeated trials as one item, not as independent pairs", () => {
    const once = groupDifferences(items(["law"]), ["subject"]);
    const tenTimes = groupDifferences(items(["law"], 10), ["subject"]);
    expect(tenTimes.find((row) => row.value === "law")!.adjustedP).toBeCloseTo(once.find((row) => row.value === "law")!.adjustedP, 12);
  });

  it("skips a key with one group and items without scored pairs", () => {
    expect(groupDifferences(items(["law"]), ["language"])).toEqual([]);
    const unscored = [...items([]), { metadata: { subject: "physics" }, accuracy: { a: 0, b: 0, trials: 0 } }];
    expect(groupDifferences(unscored, ["subject"]).map((row) => row.value)).toEqual(["biology", "history", "law", "math"]);
  });
});
