import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../core/random.ts";
import { makeNeedleSet } from "./make-needle-set.ts";
import { niahPrompt } from "./niah-prompt.ts";

describe("niahPrompt", () => {
  it("puts the document first and the question last, asking for an ANSWER line", () => {
    const set = makeNeedleSet("single", { random: seededRandom(1), language: "en" });
    const { user, system } = niahPrompt("Some text. More text.", set);
    expect(system).toBeUndefined();
    expect(user.startsWith("<document>\nSome text. More text.\n</document>\n\n")).toBe(true);
    expect(user.endsWith(`Question: ${set.question}`)).toBe(true);
    expect(user).toContain("`ANSWER: <value>`");
    expect(user).toContain("`ANSWER: NOT FOUND`");
    expect(user).not.toContain("commas");
  });

  it("asks for every value, comma-separated, on multi questions", () => {
    const set = makeNeedleSet("multi", { random: seededRandom(1), language: "en" });
    expect(niahPrompt("Text.", set).user).toContain("separated by commas");
  });

  it("speaks the needle's language", () => {
    const cases = [
      ["es", "Responde a la pregunta", "Pregunta:"],
      ["fr", "Réponds à la question", "Question :"],
      ["de", "Beantworte die Frage", "Frage:"],
      ["pt", "Responda à pergunta", "Pergunta:"],
    ] as const;
    for (const [language, opening, label] of cases) {
      const set = makeNeedleSet("nonliteral", { random: seededRandom(2), language });
      const { user } = niahPrompt("Texto.", set);
      expect(user).toContain(opening);
      expect(user).toContain(`${label} ${set.question}`);
      expect(user).toContain("ANSWER: NOT FOUND");
    }
  });
});
