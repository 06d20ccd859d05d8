import { describe, expect, it } from "vitest";
import { countWords } from "../families/writing/length-scorer.ts";
import { loopGuard } from "../loop-guard/loop-guard.ts";
import { composeAnswer } from "./compose-solver.ts";

describe("compose solver", () => {
  it("writes the number of words asked, in any of the supported languages and number styles", () => {
    expect(countWords(composeAnswer("Write chapter 2, about 1,000 words.", "a")!)).toBe(1000);
    expect(countWords(composeAnswer("Escribe unas 1.000 palabras.", "b")!)).toBe(1000);
    expect(countWords(composeAnswer("Écris environ 250 mots.", "c")!)).toBe(250);
    expect(composeAnswer("Write a story.", "d")).toBeUndefined();
  });

  it("is the same for the same conversation, different for another, and never loops", () => {
    const text = composeAnswer("about 3000 words", "x")!;
    expect(composeAnswer("about 3000 words", "x")).toBe(text);
    expect(composeAnswer("about 3000 words", "y")).not.toBe(text);
    const guard = loopGuard()({ messages: [] });
    for (let i = 0; i < text.length; i += 16) expect(guard.push(text.slice(i, i + 16))).toBeUndefined();
  });
});
