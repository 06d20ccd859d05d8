import { describe, expect, it } from "vitest";
import { lowerCase, phrasePattern } from "./phrase-pattern.ts";

describe("phrasePattern", () => {
  it("matches a phrase only from the start of a word, and to its end unless told otherwise", () => {
    expect(phrasePattern(["no"]).test("i know")).toBe(false);
    expect(phrasePattern(["no"]).test("no, thanks")).toBe(true);
    expect(phrasePattern(["help"]).test("helpful")).toBe(false);
    expect(phrasePattern(["help"], { wholeWord: false }).test("helpful")).toBe(true);
  });

  it("finds every match when asked for all of them", () => {
    expect([..."no. no.".matchAll(phrasePattern(["no"], { all: true }))].map((m) => m.index)).toEqual([0, 4]);
  });
});

describe("lowerCase", () => {
  it("lower-cases letters in every language the rules know", () => {
    expect(lowerCase("I CAN'T · NO PUEDO · JE NE PEUX PAS · ICH KANN NICHT · NÃO POSSO")).toBe("i can't · no puedo · je ne peux pas · ich kann nicht · não posso");
  });

  it("keeps every character where it was, even one whose lower case is longer", () => {
    const text = "İstanbul: I can't help.";
    const lower = lowerCase(text);
    expect(lower).toHaveLength(text.length);
    expect(lower.indexOf("i can't")).toBe(text.indexOf("I can't"));
  });
});
