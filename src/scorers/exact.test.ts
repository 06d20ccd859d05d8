import { describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import { exactScorer, type ExactOptions } from "./exact.ts";

function score(expected: Item["expected"], text: string, options?: ExactOptions): Score {
  const item: Item = { id: "q1", input: "Capital of France?", expected, metadata: {} };
  return exactScorer(options).score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 } }) as Score;
}

describe("exactScorer", () => {
  it("accepts formatting noise around the right answer", () => {
    for (const text of ["Paris", "paris.", "**Paris**", '"Paris"', "  Paris!\n", "ＰＡＲＩＳ", "```\nParis\n```"]) {
      expect(score("Paris", text)).toMatchObject({ value: 1, label: "correct" });
    }
  });

  it("decides on the final answer line when there is one", () => {
    const result = score("Paris", "Lyon is large, but the capital is different.\n\n**ANSWER: Paris.**");
    expect(result).toMatchObject({ value: 1, answer: "Paris." });
    expect(score("Paris", "It is Paris, I think.\nANSWER: Lyon")).toMatchObject({ value: 0, answer: "Lyon" });
  });

  it("accepts any of a list of expected answers", () => {
    expect(score(["NYC", "New York"], "new york")).toMatchObject({ value: 1 });
  });

  it("marks a longer sentence incorrect, with the expectation in the explanation", () => {
    const result = score("Paris", "The capital is Paris.");
    expect(result).toMatchObject({ value: 0, label: "incorrect", answer: "The capital is Paris." });
    expect(result.explanation).toContain('expected "Paris"');
  });

  it("ignores accents only when asked", () => {
    expect(score("Bogota", "Bogotá")).toMatchObject({ value: 0 });
    expect(score("Bogota", "Bogotá", { ignoreAccents: true })).toMatchObject({ value: 1 });
    expect(score("Paris", "paris", { ignoreCase: false })).toMatchObject({ value: 0 });
  });

  it("is unscored for an empty response or an item without an expected answer", () => {
    expect(score("Paris", "  \n")).toMatchObject({ value: null, label: "unscored", explanation: "empty response" });
    expect(score(undefined, "Paris")).toMatchObject({ value: null, label: "unscored" });
    expect(exactScorer().itemProblem({ id: "7", input: "x", metadata: {} })).toContain('item "7" has no expected answer');
  });
});
