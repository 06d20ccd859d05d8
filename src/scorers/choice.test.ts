import { describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import { choiceScorer } from "./choice.ts";

const choices = ["Paris", "Lyon", "Marseille", "Paris, Texas"];

function score(text: string, expected: Item["expected"] = "B", itemChoices: string[] | null = choices): Score {
  const item: Item = { id: "q1", input: "Which city?", expected, choices: itemChoices ?? undefined, metadata: {} };
  return choiceScorer().score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 } }) as Score;
}

describe("choiceScorer", () => {
  it("reads the chosen letter from many real-looking shapes", () => {
    const outputs = [
      "ANSWER: B",
      "Let me reason step by step. Paris is the capital, Marseille is a port...\n\nANSWER: B",
      "The answer is (B).",
      "The correct answer is **B) Lyon**.",
      "I think **B** fits best.",
      "B) Lyon",
      "Hmm.\n\nB\n",
      "b",
      "Lyon",
      "The answer is: Lyon, because of the silk industry.",
      "Options:\nA) Paris\nB) Lyon\nC) Marseille\n\nThe answer is **B**.",
      "Final answer:\n\n**(B)**",
      "Ａｎｓｗｅｒ：Ｂ",
      "ANSWER: The correct option is B.",
    ];
    for (const text of outputs) expect(score(text), text).toMatchObject({ value: 1, answer: "B" });
  });

  it("reads answers written in other languages", () => {
    expect(score("La respuesta correcta es la B.")).toMatchObject({ value: 1 });
    expect(score("La bonne réponse est (B), évidemment.")).toMatchObject({ value: 1 });
    expect(score("Die richtige Antwort ist B.")).toMatchObject({ value: 1 });
    expect(score("A resposta correta é a alternativa B.")).toMatchObject({ value: 1 });
    expect(score("答案是 B")).toMatchObject({ value: 1 });
    expect(score("Respuesta: C")).toMatchObject({ value: 0, answer: "C" });
  });

  it("does not read the article 'a' as choice A", () => {
    expect(score("The answer is a bit subtle: Lyon.")).toMatchObject({ value: 1, answer: "B" });
  });

  it("scores a wrong pick incorrect, naming both choices", () => {
    const result = score("ANSWER: C", "B");
    expect(result).toMatchObject({ value: 0, label: "incorrect", answer: "C" });
    expect(result.explanation).toBe('chose C ("Marseille") from the final answer line, expected B ("Lyon")');
  });

  it("accepts the expected answer as a choice's text and prefers the longer of overlapping choices", () => {
    expect(score("It's Paris, Texas, of course.", "Paris, Texas")).toMatchObject({ value: 1, answer: "D" });
    expect(score("D", ["d", "Paris"])).toMatchObject({ value: 1 });
  });

  it("refuses to guess between several letters", () => {
    for (const text of ["The answer is B or C.", "ANSWER: B, C", "**A)** Paris\n**B)** Lyon", "A) Paris\nB) Lyon", "Either Lyon or Marseille."]) {
      const result = score(text);
      expect(result, text).toMatchObject({ value: null, label: "unscored" });
      expect(result.explanation, text).toMatch(/several different choices \([A-D], [A-D]\)/);
    }
  });

  it("is unscored when no choice can be found or the item cannot be scored", () => {
    expect(score("I am not sure, sorry.")).toMatchObject({ value: null, explanation: "found no chosen letter or choice text in the response" });
    expect(score("ANSWER: none of these")).toMatchObject({ value: null, explanation: 'the final answer "none of these" names no choice' });
    expect(score("ANSWER: E")).toMatchObject({ value: null });
    expect(score("")).toMatchObject({ value: null, explanation: "empty response" });
    expect(score("B", "Z")).toMatchObject({ value: null });
    expect(score("B", "B", null)).toMatchObject({ value: null });
    expect(choiceScorer().itemProblem({ id: "3", input: "?", expected: "Nice", choices, metadata: {} })).toContain(
      'expected answer "Nice" is neither a choice letter (A-D) nor the text of a choice',
    );
  });
});
