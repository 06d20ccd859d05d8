import { describe, expect, it } from "vitest";
import { findVerdictLine } from "./verdict-lines.ts";

describe("findVerdictLine", () => {
  it.each([
    ["Reasoning...\nCULPRIT: B\nCLUE: the cook saw her", "B", "the cook saw her"],
    ["**CULPRIT:** B\n**CLUE:** the cook saw her", "B", "the cook saw her"],
    ["**CULPRIT: B**\n**CLUE: the cook saw her**", "B", "the cook saw her"],
    ["- Culprit: **B**\n- Clue: *the cook saw her*", "B", "the cook saw her"],
    ["### CULPRIT: B\n> CLUE: the cook saw her", "B", "the cook saw her"],
    ["`CULPRIT: B`\n`CLUE: the cook saw her`", "B", "the cook saw her"],
    ["CULPABLE: Nora Navarro\nPISTA: la cocinera la vio", "Nora Navarro", "la cocinera la vio"],
    ["Culprit：B\nclue：the cook", "B", "the cook"],
    ["CULPRIT: A\n...on second thought...\nCULPRIT: C\nCLUE: x", "C", "x"],
    ["CULPRIT:\n\n**C**\nCLUE:\n the key was held", "C", "the key was held"],
  ])("reads %j", (text, culprit, clue) => {
    expect(findVerdictLine(text, "culprit")).toBe(culprit);
    expect(findVerdictLine(text, "clue")).toBe(clue);
  });

  it("finds nothing where the lines are missing or empty", () => {
    expect(findVerdictLine("I think it was Nora.", "culprit")).toBeUndefined();
    expect(findVerdictLine("The culprit: B", "culprit")).toBeUndefined();
    expect(findVerdictLine("CULPRIT:\nCLUE: the cook", "culprit")).toBeUndefined();
    expect(findVerdictLine("CULPRIT: B\nCLUE:", "clue")).toBeUndefined();
  });
});
