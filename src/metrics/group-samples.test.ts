import { describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { ScoredSample } from "../core/task.ts";
import { groupBy, groupSamples } from "./group-samples.ts";
import { accuracyMetric } from "./score-metrics.ts";

let counter = 0;
function sample(value: number, metadata: Item["metadata"] = {}): ScoredSample {
  counter++;
  const item: Item = { id: String(counter), input: "?", metadata };
  return { targetId: "t", taskId: "dataset", itemId: item.id, trial: 1, status: "done", scores: [{ scorer: "exact", value, label: "x" }], attempts: 1, fromCache: false, costUsd: 0, item };
}

describe("groupSamples", () => {
  it("groups by the string form of a metadata value in order of appearance, missing values under (none)", () => {
    const samples = [sample(1, { lang: "es" }), sample(0, { lang: "en" }), sample(1, {}), sample(1, { lang: "es" }), sample(0, { lang: null }), sample(1, { lang: 3 })];
    const groups = groupSamples(samples, "lang");
    expect([...groups.keys()]).toEqual(["es", "en", "(none)", "3"]);
    expect(groups.get("es")).toEqual([samples[0], samples[3]]);
    expect(groups.get("(none)")).toEqual([samples[2], samples[4]]);
    const perLanguage = new Map([...groups].map(([lang, members]) => [lang, accuracyMetric("exact").reduce(members)[0]?.value]));
    expect(perLanguage.get("es")).toBe(1);
    expect(perLanguage.get("en")).toBe(0);
  });
});

describe("groupBy", () => {
  it("keeps each key's values in order, keys in order of first appearance", () => {
    const groups = groupBy(["apple", "bean", "avocado", "corn", "beet"], (word) => word[0]!);
    expect([...groups.entries()]).toEqual([["a", ["apple", "avocado"]], ["b", ["bean", "beet"]], ["c", ["corn"]]]);
  });
});
