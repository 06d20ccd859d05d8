import { describe, expect, it } from "vitest";
import { answerStatements } from "./answer-phrases.ts";

describe("answerStatements", () => {
  it("returns what follows each answer statement, to the end of its line", () => {
    expect(answerStatements("Hmm. The correct answer is (B) because...\nSo the answer would be: 42.")).toEqual(["(B) because...", "42."]);
  });

  it("reads statements in several languages", () => {
    expect(answerStatements("La respuesta correcta es la B.")).toEqual(["la B."]);
    expect(answerStatements("La bonne réponse est C")).toEqual(["C"]);
    expect(answerStatements("Die Antwort lautet 12")).toEqual(["12"]);
    expect(answerStatements("A resposta é 7")).toEqual(["7"]);
    expect(answerStatements("La risposta è D")).toEqual(["D"]);
    expect(answerStatements("答案是 42")).toEqual(["42"]);
    expect(answerStatements("I'd go with option C")).toEqual(["option C"]);
  });

  it("finds nothing in text without one", () => {
    expect(answerStatements("Option A is wrong and B is a trap.")).toEqual([]);
  });
});
