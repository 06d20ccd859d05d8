import { describe, expect, it } from "vitest";
import { sentenceEnds, wordEnds } from "./sentence-ends.ts";

describe("sentenceEnds", () => {
  it("ends after the mark and its closing quotes, only where a space or the end follows", () => {
    const text = 'It rained. "Did it?" she asked. Version 2.5 shipped!';
    const ends = sentenceEnds(text);
    expect(ends.map((end) => text.slice(0, end).split(/\s/).at(-1))).toEqual(["rained.", 'it?"', "asked.", "shipped!"]);
  });

  it("treats runs of marks as one end and full-width marks as ends without a space", () => {
    expect(sentenceEnds("Wait... What?! Yes")).toEqual([7, 14]);
    expect(sentenceEnds("雨が降った。風も吹いた。")).toEqual([6, 12]);
  });
});

describe("wordEnds", () => {
  it("lists offsets where whitespace or the end follows a word", () => {
    expect(wordEnds("one two  three")).toEqual([3, 7, 14]);
    expect(wordEnds("one two  three", 4, 9)).toEqual([7]);
  });
});
