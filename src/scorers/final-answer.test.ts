import { describe, expect, it } from "vitest";
import { answerCandidate, findFinalAnswer } from "./final-answer.ts";

describe("findFinalAnswer", () => {
  it("reads the last labelled line, whatever its case and markdown", () => {
    expect(findFinalAnswer("Reasoning...\nANSWER: B")).toBe("B");
    expect(findFinalAnswer("Answer: first guess\nthinking more\nFinal Answer: 42")).toBe("42");
    expect(findFinalAnswer("**Answer:** Paris")).toBe("Paris");
    expect(findFinalAnswer("**ANSWER: Paris**")).toBe("Paris");
    expect(findFinalAnswer("### Final answer: 7 apples")).toBe("7 apples");
    expect(findFinalAnswer("- answer: yes")).toBe("yes");
  });

  it("takes the next line when the label stands alone", () => {
    expect(findFinalAnswer("Final answer:\n\n  **(D)**\n")).toBe("(D)");
    expect(findFinalAnswer("ANSWER:")).toBeUndefined();
  });

  it("knows the labels of the battery languages", () => {
    expect(findFinalAnswer("Pensemos...\nRespuesta final: 12")).toBe("12");
    expect(findFinalAnswer("Réponse : C")).toBe("C");
    expect(findFinalAnswer("Antwort: Berlin")).toBe("Berlin");
    expect(findFinalAnswer("答案：B")).toBe("B");
  });

  it("falls back to the last \\boxed{} and ignores labels that are not at a line start", () => {
    expect(findFinalAnswer("so $\\boxed{1}$ or rather $\\boxed{\\frac{3}{4}}$")).toBe("\\frac{3}{4}");
    expect(findFinalAnswer("The answer: it depends.")).toBeUndefined();
    expect(findFinalAnswer("Answer the question below")).toBeUndefined();
  });
});

describe("answerCandidate", () => {
  it("prefers the final answer and otherwise returns the whole trimmed response", () => {
    expect(answerCandidate("long text\nANSWER: Lyon")).toEqual({ text: "Lyon", fromFinalAnswer: true });
    expect(answerCandidate("  Lyon \n")).toEqual({ text: "Lyon", fromFinalAnswer: false });
  });
});
