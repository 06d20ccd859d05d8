import { describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import { includesScorer, type IncludesOptions } from "./includes.ts";

function score(expected: Item["expected"], text: string, options?: IncludesOptions): Score {
  const item: Item = { id: "q1", input: "?", expected, metadata: {} };
  return includesScorer(options).score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 } }) as Score;
}

describe("includesScorer", () => {
  it("finds the answer in the middle of chatty, formatted text", () => {
    const text = "Great question! 😊 After thinking it over, the capital of France is **Paris**, famous for the Eiffel Tower.";
    expect(score("Paris", text)).toMatchObject({ value: 1, answer: "Paris" });
    expect(score("la tour eiffel", "Sans doute *La Tour Eiffel*.")).toMatchObject({ value: 1 });
  });

  it("looks only at the final answer line when there is one", () => {
    expect(score("Paris", "Some say Paris.\nANSWER: Lyon")).toMatchObject({ value: 0 });
    const result = score("Paris", "Some say Paris.\nANSWER: Lyon");
    expect(result.explanation).toContain("not found in the final answer");
  });

  it("respects word boundaries when asked, in any script", () => {
    expect(score("cat", "I would concatenate them")).toMatchObject({ value: 1 });
    expect(score("cat", "I would concatenate them", { wholeWord: true })).toMatchObject({ value: 0 });
    expect(score("cat", "The cat.", { wholeWord: true })).toMatchObject({ value: 1 });
    expect(score("año", "Feliz año nuevo", { wholeWord: true })).toMatchObject({ value: 1 });
    expect(score("año", "Los años", { wholeWord: true })).toMatchObject({ value: 0 });
  });

  it("is unscored for an empty response", () => {
    expect(score("Paris", "")).toMatchObject({ value: null, label: "unscored" });
  });
});
