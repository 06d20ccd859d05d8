import { describe, expect, it } from "vitest";
import { asPuzzleLanguage, cue, numberAfter, numberBefore, numbersIn, stem } from "./puzzle-words.ts";

describe("puzzle words", () => {
  it("matches cues as whole words and stems as word starts, in any case", () => {
    expect(cue("kill").test("a skill")).toBe(false);
    expect(cue("same area", "même surface").test("Covers the SAME AREA")).toBe(true);
    expect(stem("doubl").test("it doubles daily")).toBe(true);
    expect(stem("doubl").test("redoubled")).toBe(false);
  });

  it("picks numbers by the words around them", () => {
    expect(numberBefore("In 48 days, 30 days later", "days")).toBe(48);
    expect(numberAfter("all but 9 die", "all but")).toBe(9);
    expect(numberAfter("cuando yo tenía 12 años", "cuando yo tenía")).toBe(12);
    expect(numbersIn("It costs 1.10 at 10:30, then 7 and 12.")).toEqual([7, 12]);
  });

  it("answers in English when the language is not one it reads", () => {
    expect(asPuzzleLanguage("es")).toBe("es");
    expect(asPuzzleLanguage("it")).toBe("en");
  });
});
