import { describe, expect, it } from "vitest";
import { detectAnswerLanguage, languageMatches } from "./answer-language.ts";

describe("detectAnswerLanguage", () => {
  it.each([
    ["en", "The answer is the bridge, because it was built first."],
    ["es", "La respuesta es el puente, porque se construyó primero."],
    ["fr", "La réponse est le pont, parce qu'il a été construit en premier."],
    ["de", "Die Antwort ist die Brücke, weil sie zuerst gebaut wurde."],
    ["pt", "A resposta é a ponte, porque foi construída primeiro."],
    ["it", "La risposta è il ponte, perché è stato costruito per primo."],
    ["en", "I think it's the surgeon's mother."],
    ["es", "¡Sí! Es su madre."],
    ["fr", "Oui, c'est sa mère."],
    ["de", "Ja, das ist seine Mutter."],
    ["pt", "Sim, é a mãe dele."],
    ["it", "Sì, è sua madre."],
  ])("reads %s in a short answer", (language, text) => {
    expect(detectAnswerLanguage(text)).toBe(language);
  });

  it("does not guess when nothing points anywhere", () => {
    expect(detectAnswerLanguage("")).toBeUndefined();
    expect(detectAnswerLanguage("42")).toBeUndefined();
    expect(detectAnswerLanguage("ANSWER: Paris")).toBeUndefined();
    expect(detectAnswerLanguage("東京です。")).toBeUndefined();
  });

  it("reads only the start of a long answer", () => {
    const text = `${"Die Antwort ist die Brücke. ".repeat(200)}${"The answer is the bridge. ".repeat(2000)}`;
    expect(detectAnswerLanguage(text)).toBe("de");
  });
});

describe("languageMatches", () => {
  it("compares primary subtags", () => {
    expect(languageMatches("es", "es-MX")).toBe(true);
    expect(languageMatches("en", "ES")).toBe(false);
    expect(languageMatches("pt", "pt_BR")).toBe(true);
  });

  it("is undefined when either side is unknown or the question's language is one we cannot detect", () => {
    expect(languageMatches(undefined, "es")).toBeUndefined();
    expect(languageMatches("en", undefined)).toBeUndefined();
    expect(languageMatches("en", "ja")).toBeUndefined();
  });
});
