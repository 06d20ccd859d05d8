import { describe, expect, it } from "vitest";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";
import { proceduralProse, proseChunk } from "./procedural-prose.ts";

/** As in prose-sentences.test.ts, which checks the word lists and templates themselves. */
const NEEDLE_WORDS = /\b(secret|special|magic|codes?|passwords?|passcodes?|passphrases?|keys?|pins?|numbers?|ids?|tokens?)\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.?!]"?)\s+(?=["A-Z])/);
}

describe("proceduralProse", () => {
  it("gives the same chunk for the same seed and index, in any order", () => {
    const source = proceduralProse(7);
    const later = source.chunk(5_000_000);
    expect(source.chunk(0)).toBe(proseChunk(7, 0));
    expect(proceduralProse(7).chunk(5_000_000)).toBe(later);
    expect(proceduralProse(8).chunk(0)).not.toBe(source.chunk(0));
    expect(source.id).toBe(proceduralProse(7).id);
    expect(source.id).not.toBe(proceduralProse(8).id);
    expect(source.description).toBe("generated prose (seed 7)");
  });

  it("makes chunks of a few paragraphs, about 300 to 600 tokens", () => {
    const sizes: number[] = [];
    for (let i = 0; i < 200; i++) {
      const chunk = proseChunk(1, i);
      expect(chunk).toBe(chunk.trim());
      expect(chunk.split("\n\n").length).toBeGreaterThanOrEqual(1);
      sizes.push(countSimulatedTokens(chunk));
    }
    sizes.sort((a, b) => a - b);
    // The simulator counts about 20% more than o200k on this prose (o200k: 306 / 465 / 662 over these chunks).
    expect(sizes[0]).toBeGreaterThan(300);
    expect(sizes[100]).toBeGreaterThan(450);
    expect(sizes[100]).toBeLessThan(700);
    expect(sizes[199]).toBeLessThan(950);
  });

  it("does not repeat itself across a 10M-token span: >99% of sentences unique, no chunk twice", () => {
    // 25,000 chunks make 10M tokens; sample runs of chunks spread across them and far beyond.
    const starts = [0, 3_000, 9_000, 17_000, 24_900, 1_000_000, 123_456_789];
    const chunks = starts.flatMap((start) => Array.from({ length: 60 }, (_, i) => proseChunk(42, start + i)));
    expect(new Set(chunks).size).toBe(chunks.length);
    const all = chunks.flatMap(sentences);
    expect(all.length).toBeGreaterThan(5000);
    expect(new Set(all).size / all.length).toBeGreaterThan(0.99);
  });

  it("writes nothing that reads like a needle, and no digit-heavy codes", () => {
    for (let i = 0; i < 400; i++) {
      const chunk = proseChunk(9, i * 997);
      expect(chunk).not.toMatch(NEEDLE_WORDS);
      expect(chunk).not.toMatch(/\d{5}|[A-Za-z]\d|\d[A-Za-z]/);
      expect(chunk).not.toMatch(/\b(is|was|are|were|:)\s+\d/);
    }
  });
});
