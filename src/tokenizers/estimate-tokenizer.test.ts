import { describe, expect, it } from "vitest";
import { estimateTokenizer, estimateTokens } from "./estimate-tokenizer.ts";
import { loadOpenAiTokenizer } from "./openai-tokenizer.ts";
import { englishProse, MULTILINGUAL_SAMPLE } from "../test-support/tokenizer-fixtures.ts";

describe("estimateTokens", () => {
  it("prices words, numbers, punctuation and line breaks", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("the cat sat")).toBe(3);
    expect(estimateTokens("they're")).toBe(2);
    expect(estimateTokens("Hello, world!")).toBe(4);
    expect(estimateTokens("1234567")).toBe(3);
    expect(estimateTokens("one\n\ntwo  three")).toBe(5);
    expect(estimateTokens("antidisestablishmentarianism")).toBe(6);
    expect(estimateTokens("東京")).toBe(2);
    expect(estimateTokens("brújula")).toBe(2);
  });

  it("lands near real tokenizers on English prose and on mixed text", async () => {
    const prose = englishProse(100_000, 21);
    for (const name of ["o200k", "cl100k"] as const) {
      const tokenizer = await loadOpenAiTokenizer(name);
      expect(estimateTokens(prose) / tokenizer.count(prose)).toBeGreaterThan(0.9);
      expect(estimateTokens(prose) / tokenizer.count(prose)).toBeLessThan(1.1);
      expect(estimateTokens(MULTILINGUAL_SAMPLE) / tokenizer.count(MULTILINGUAL_SAMPLE)).toBeGreaterThan(0.8);
      expect(estimateTokens(MULTILINGUAL_SAMPLE) / tokenizer.count(MULTILINGUAL_SAMPLE)).toBeLessThan(1.2);
    }
  });

  it("is named as an estimate", () => {
    expect(estimateTokenizer).toMatchObject({ name: "estimate", exact: false });
  });
});
