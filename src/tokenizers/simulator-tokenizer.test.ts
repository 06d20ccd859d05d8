import { describe, expect, it } from "vitest";
import { countSimulatedTokens, cutToTokens, tokenPrefixEnd, tokenSuffixStart } from "./simulator-tokenizer.ts";

describe("countSimulatedTokens", () => {
  it("counts words by 4-character pieces, punctuation singly, whitespace not at all", () => {
    expect(countSimulatedTokens("")).toBe(0);
    expect(countSimulatedTokens("the cat")).toBe(2);
    expect(countSimulatedTokens("reason")).toBe(2);
    expect(countSimulatedTokens("Hello, world!")).toBe(6);
    expect(countSimulatedTokens("  \n\t ")).toBe(0);
    expect(countSimulatedTokens("niño está")).toBe(2);
  });

  it("counts a 1 MB prompt as the sum of its repeats", () => {
    const text = "The quick brown fox jumps over the lazy dog, again and again. ".repeat(17_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const tokens = countSimulatedTokens(text);
    expect(tokens).toBe(17_000 * countSimulatedTokens("The quick brown fox jumps over the lazy dog, again and again."));
  });
});

describe("cutting by tokens", () => {
  const text = "Alpha beta, gamma-delta epsilonic zeta. Eta theta iota!";

  it("keeps exactly the first or last N tokens, agreeing with the counter", () => {
    const total = countSimulatedTokens(text);
    for (let n = 0; n <= total; n++) {
      expect(countSimulatedTokens(text.slice(0, tokenPrefixEnd(text, n)))).toBe(n);
      expect(countSimulatedTokens(text.slice(tokenSuffixStart(text, n)))).toBe(n);
    }
    expect(tokenPrefixEnd(text, total + 5)).toBe(text.length);
    expect(tokenSuffixStart(text, total + 5)).toBe(0);
  });

  it("says whether it cut", () => {
    expect(cutToTokens("one two three", 2)).toEqual({ text: "one two", cut: true });
    expect(cutToTokens("one two three", 4)).toEqual({ text: "one two three", cut: false });
  });
});
