import { describe, expect, it } from "vitest";
import { filledLine, formatLines } from "./format-lines.ts";

describe("format lines", () => {
  it("reads every closing line a prompt asks for, with its label as written", () => {
    const prompt = "Who did it?\n\nEnd with exactly these two lines:\nCULPRIT: <the letter of the culprit>\nCLUE: <the decisive clue>";
    expect(formatLines(prompt)).toEqual([
      { label: "CULPRIT: ", placeholder: "the letter of the culprit" },
      { label: "CLUE: ", placeholder: "the decisive clue" },
    ]);
    const [french] = formatLines("Raisonne, puis termine par :\nRÉPONSE : <ta réponse>");
    expect(filledLine(french!, "oui")).toBe("RÉPONSE : oui");
  });

  it("finds nothing in prose, lower-case labels or lines without a placeholder", () => {
    expect(formatLines("Answer: <x> in a sentence.\nanswer: <your answer>\nANSWER: 42")).toEqual([]);
  });
});
