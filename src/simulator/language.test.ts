import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

describe("detectLanguage", () => {
  it.each([
    ["en", "What is the name of the river that flows through the city?"],
    ["es", "¿Cuál es el nombre del río que pasa por la ciudad?"],
    ["fr", "Quel est le nom de la rivière qui traverse la ville ?"],
    ["de", "Wie heißt der Fluss, der durch die Stadt fließt?"],
    ["it", "Qual è il nome del fiume che attraversa la città? Non lo so."],
    ["pt", "Qual é o nome do rio que atravessa a cidade? Não sei."],
  ])("recognises %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("says undetermined when no stopword appears", () => {
    expect(detectLanguage("2 + 2")).toBe("und");
  });

  it("reads only the start of a huge text", () => {
    const text = "El perro de la casa es muy grande y tiene hambre. ".repeat(100) + "the and of ".repeat(200_000);
    expect(detectLanguage(text)).toBe("es");
  });
});
