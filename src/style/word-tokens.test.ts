import { describe, expect, it } from "vitest";
import { wordTokens } from "./word-tokens.ts";

describe("wordTokens", () => {
  it("lower-cases words and keeps inner apostrophes and hyphens", () => {
    expect(wordTokens("In Today’s FAST-paced world, it's 3-4 times -- not 'quoted'.")).toEqual([
      "in", "today's", "fast-paced", "world", "it's", "3-4", "times", "not", "quoted",
    ]);
  });

  it("reads accented letters, combining marks and other scripts as word characters", () => {
    expect(wordTokens("¿Qué pasó? Él dijo: «adiós» 😀 naïve привет")).toEqual(["qué", "pasó", "él", "dijo", "adiós", "naïve", "привет"]);
    expect(wordTokens("")).toEqual([]);
    expect(wordTokens("... !!! 🚀")).toEqual([]);
  });
});
