import { describe, expect, it } from "vitest";
import { itemMcNemarTest } from "../stats/item-mcnemar-test.ts";
import { pairedItemDifference } from "../stats/paired-item-difference.ts";
import { taskDifferences } from "./task-differences.ts";

describe("taskDifferences", () => {
  const accuracy = Array.from({ length: 30 }, (_, i) => ({ a: i % 3 === 0 ? 3 : 2, b: i % 5 === 0 ? 1 : 2, trials: 3 }));
  const style = Array.from({ length: 30 }, (_, i): [number, number] => [1 + (i % 4), 3 + (i % 7)]);
  const tested = taskDifferences({ accuracy, errors: accuracy.map((x) => ({ ...x, a: 0, b: 0 })), refusals: [], style: [{ name: "style:emoji_per_1k", items: style }] });

  it("reads every difference as A − B, pooled over the items' trials, and tests it over items", () => {
    expect(tested.accuracy).toMatchObject({ name: "accuracy", items: 30 });
    expect(tested.accuracy!.a).toBeCloseTo(70 / 90, 12);
    expect(tested.accuracy!.b).toBeCloseTo(54 / 90, 12);
    expect(tested.accuracy!.difference).toBeCloseTo(16 / 90, 12);
    expect(tested.accuracy!.pValue).toBe(itemMcNemarTest(accuracy).pValue);
    expect(tested.accuracy!.interval!.lower).toBeGreaterThan(0);
    const emoji = tested.style[0]!;
    expect(emoji.difference).toBeLessThan(0);
    expect(emoji.pValue).toBe(pairedItemDifference(style.map(([a, b]) => a - b)).pValue);
  });

  it("tests nothing where nothing differs or nothing was measured", () => {
    expect(tested.errors).toMatchObject({ a: 0, b: 0, difference: 0, pValue: 1 });
    expect(tested.refusals).toEqual({ name: "refusal rate", a: null, b: null, difference: null, pValue: 1, items: 0 });
    expect(taskDifferences({ accuracy: [], errors: [], refusals: [], style: [] }).accuracy).toBeUndefined();
  });
});
