import { describe, expect, it } from "vitest";
import type { Item } from "../../core/item.ts";
import { stratifiedSubset } from "./stratified-subset.ts";

const subjects = (counts: Record<string, number>): Item[] =>
  Object.entries(counts).flatMap(([subject, count]) => Array.from({ length: count }, (_, i) => ({ id: `${subject}-${i}`, input: "q", metadata: { subject } })));

const perSubject = (items: Item[]) => items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [String(item.metadata.subject)]: (counts[String(item.metadata.subject)] ?? 0) + 1 }), {});

describe("stratifiedSubset", () => {
  it("draws in proportion to each subject, keeps dataset order, and reproduces with the seed", () => {
    const items = subjects({ law: 60, math: 30, history: 10 });
    const subset = stratifiedSubset(items, { limit: 20, seed: 7, stratum: "subject" });
    expect(perSubject(subset)).toEqual({ law: 12, math: 6, history: 2 });
    expect(subset.map((item) => items.indexOf(item))).toEqual([...subset.map((item) => items.indexOf(item))].sort((a, b) => a - b));
    expect(stratifiedSubset(items, { limit: 20, seed: 7, stratum: "subject" })).toEqual(subset);
    expect(stratifiedSubset(items, { limit: 20, seed: 8, stratum: "subject" })).not.toEqual(subset);
  });

  it("gives every subject at least one question when the limit allows, and returns everything under no limit", () => {
    const items = subjects({ law: 97, math: 1, history: 2 });
    expect(perSubject(stratifiedSubset(items, { limit: 5, seed: 1, stratum: "subject" }))).toEqual({ law: 3, math: 1, history: 1 });
    expect(stratifiedSubset(items, { seed: 1, stratum: "subject" })).toHaveLength(100);
    expect(stratifiedSubset(items, { limit: 500, seed: 1, stratum: "subject" })).toHaveLength(100);
  });

  it("draws the same problems in every language of a parallel set", () => {
    const items = ["en", "es", "ja"].flatMap((language) => Array.from({ length: 10 }, (_, i) => ({ id: `${language}-${i + 1}`, input: "q", metadata: { language, problem: i + 1 } })));
    const subset = stratifiedSubset(items, { limit: 9, seed: 3, stratum: "language", parallelKey: "problem" });
    expect(subset).toHaveLength(9);
    const problems = (language: string) => subset.filter((item) => item.metadata.language === language).map((item) => item.metadata.problem);
    expect(problems("es")).toEqual(problems("en"));
    expect(problems("ja")).toEqual(problems("en"));
  });
});
