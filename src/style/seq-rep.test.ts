import { describe, expect, it } from "vitest";
import { PLAIN_PROSE } from "../loop-guard/legit-repetition-corpus.ts";
import { seqRep } from "./seq-rep.ts";
import { wordTokens } from "./word-tokens.ts";

describe("seqRep", () => {
  it("is 1 - unique n-grams / total n-grams", () => {
    // 4-grams of a b c d a b c d a: abcd bcda cdab dabc abcd bcda -> 4 unique of 6.
    expect(seqRep("a b c d a b c d a".split(" "), 4)).toBeCloseTo(1 - 4 / 6, 12);
    expect(seqRep("a b a b".split(" "), 2)).toBeCloseTo(1 - 2 / 3, 12);
    expect(seqRep("a a a a".split(" "), 1)).toBeCloseTo(0.75, 12);
    expect(seqRep("one two three four five".split(" "))).toBe(0);
  });

  it("is 0 with fewer words than n and rejects a bad n", () => {
    expect(seqRep(["a", "b", "c"], 4)).toBe(0);
    expect(seqRep([], 4)).toBe(0);
    expect(() => seqRep(["a"], 0)).toThrow(RangeError);
  });

  it("is near 1 for a loop and low for ordinary prose", () => {
    expect(seqRep(wordTokens("The reason ".repeat(500)))).toBeGreaterThan(0.99);
    expect(seqRep(wordTokens(PLAIN_PROSE))).toBeLessThan(0.02);
  });

  it("tells n-grams apart that share words in another order", () => {
    const words = Array.from({ length: 2000 }, (_, i) => `w${i % 97}`).concat(Array.from({ length: 2000 }, (_, i) => `w${(i * 7) % 97}`));
    const grams = new Set(words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(" ")));
    expect(seqRep(words)).toBeCloseTo(1 - grams.size / (words.length - 3), 12);
  });
});
