import { describe, expect, it } from "vitest";
import { ROLES } from "./case-catalog.ts";
import { caseShapeFor, generateCase } from "./generate-case.ts";
import { fullName, type Fact } from "./mystery-case.ts";
import { randomPicker } from "./random-picker.ts";
import { renderStory } from "./render-story.ts";
import type { AnswerMode } from "./story-language.ts";
import { allStoryLanguages } from "./story-languages.ts";
import { foldText, mentions } from "./text-mentions.ts";

const LENGTHS = [1000, 4000, 16000, 32000];

describe("renderStory", () => {
  it("lands within 15% of the target length (4 characters a token) at every length, language and mode", () => {
    for (const language of allStoryLanguages()) {
      for (const targetTokens of LENGTHS) {
        for (let seed = 0; seed < 4; seed++) {
          const mystery = generateCase(seed, caseShapeFor(targetTokens));
          for (const mode of ["options", "free"] as AnswerMode[]) {
            const story = renderStory({ mystery, language, targetTokens, mode, options: mystery.suspects });
            expect(story.approxTokens).toBe(Math.ceil(story.text.length / 4));
            expect(Math.abs(story.approxTokens - targetTokens) / targetTokens).toBeLessThanOrEqual(0.15);
          }
        }
      }
    }
  });

  it("states every fact and names every suspect, with the decisive clue where its depth says", () => {
    for (const language of allStoryLanguages()) {
      const mystery = generateCase(11, caseShapeFor(16000));
      const { text, decisiveDepth } = renderStory({ mystery, language, targetTokens: 16000, mode: "free", options: mystery.suspects });
      for (const fact of mystery.facts) {
        if (fact.kind !== "suspect") expect(text).toContain(language.fact(fact, mystery));
      }
      for (const suspect of mystery.suspects) expect(text).toContain(fullName(suspect));
      const decisive = language.fact(mystery.facts.find((f) => f.id === mystery.decisive) as Fact, mystery);
      const at = text.indexOf(decisive) / text.length;
      expect(decisiveDepth).toBeGreaterThanOrEqual(0);
      expect(decisiveDepth).toBeLessThanOrEqual(1);
      expect(Math.abs(at - decisiveDepth)).toBeLessThan(0.1);
    }
  });

  it("tells the same story every time, and only the options block differs between modes", () => {
    const mystery = generateCase(3, caseShapeFor(4000));
    const [english] = allStoryLanguages();
    const ask = (mode: AnswerMode) => renderStory({ mystery, language: english!, targetTokens: 4000, mode, options: mystery.suspects }).text;
    expect(ask("options")).toBe(ask("options"));
    expect(ask("options")).toMatch(/Suspects:\nA\) .+\nB\) /);
    expect(ask("free")).not.toMatch(/\nA\) /);
    expect(ask("free")).toMatch(/CULPRIT: <the full name of the culprit>\nCLUE: /);
  });

  it("lists the options in the order given", () => {
    const mystery = generateCase(5, caseShapeFor(1000));
    const reversed = [...mystery.suspects].reverse();
    for (const language of allStoryLanguages()) {
      const { text } = renderStory({ mystery, language, targetTokens: 1000, mode: "options", options: reversed });
      reversed.forEach((suspect, i) => expect(text).toContain(`${String.fromCharCode(65 + i)}) ${fullName(suspect)}\n`));
    }
  });

  it("writes filler that states no time, no staff and no key, so it never changes the answer", () => {
    const mystery = generateCase(9, caseShapeFor(32000));
    for (const language of allStoryLanguages()) {
      const rng = randomPicker(1);
      const forbidden = [...allStoryLanguages().flatMap((l) => [...ROLES.flatMap((role) => l.roleTerms(role)), ...l.keyTerms])];
      for (let i = 0; i < 300; i++) {
        const paragraph = language.fillerParagraph(mystery, rng);
        expect(paragraph).not.toMatch(/\d/);
        const folded = foldText(paragraph);
        expect(forbidden.filter((term) => mentions(folded, term))).toEqual([]);
        for (const witness of mystery.witnesses) expect(paragraph).not.toContain(witness.last);
      }
    }
  });
});
