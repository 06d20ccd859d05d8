import { describe, expect, it } from "vitest";
import { MemoCounter, type MemoCounterOptions } from "./memo-counter.ts";
import { createPreTokenizer } from "./pre-tokenizer.ts";

/** A stand-in library: one token per char of a piece, recording each piece it is asked about. */
function counterWithLog(options: Partial<MemoCounterOptions> = {}) {
  const asked: string[] = [];
  const counter = new MemoCounter({
    preTokenizer: createPreTokenizer("llama3"),
    countPiece: (piece) => {
      asked.push(piece);
      return [...piece].length;
    },
    ...options,
  });
  return { counter, asked };
}

describe("MemoCounter", () => {
  it("sums piece counts and asks the library once per distinct piece", () => {
    const { counter, asked } = counterWithLog();
    expect(counter.count("the cat and the cat")).toBe(19);
    expect(asked).toEqual(["the", " cat", " and", " the"]);
    expect(counter.count("the cat")).toBe(7);
    expect(asked).toHaveLength(4);
    expect(counter.count("")).toBe(0);
  });

  it("clears the memo once it passes its bound, and still counts right", () => {
    const { counter, asked } = counterWithLog({ maxEntries: 2 });
    expect(counter.count("a b c a")).toBe(7);
    // "a", " b" fill the memo; " c" clears it; " a" is new to the cleared memo.
    expect(asked).toEqual(["a", " b", " c", " a"]);
    expect(counter.count("a b c a")).toBe(7);
    expect(asked).toEqual(["a", " b", " c", " a", "a", " b", " c", " a"]);
  });

  it("counts very long pieces each time instead of keeping them", () => {
    const { counter, asked } = counterWithLog();
    const long = "x".repeat(1000);
    expect(counter.count(`${long} ${long}`)).toBe(2001);
    expect(counter.count(long)).toBe(1000);
    expect(asked).toEqual([long, ` ${long}`, long]);
  });

  it("counts added tokens as one token, longest first, and never splits or normalizes them", () => {
    const upperCase = (text: string) => text.toUpperCase();
    const { counter, asked } = counterWithLog({ addedTokens: ["<|a|>", "<|a|>x", "<s>"], normalize: upperCase });
    expect(counter.count("hi<|a|>x there<s><|a|>")).toBe(2 + 1 + 6 + 1 + 1);
    expect(asked).toEqual(["HI", " THERE"]);
  });

  it("normalizes before splitting", () => {
    const { counter, asked } = counterWithLog({ normalize: (text) => text.normalize("NFC") });
    expect(counter.count("Cafe\u0301 ole\u0301")).toBe(8);
    expect(asked).toEqual(["Café", " olé"]);
  });
});
