import { describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import { extractFinalNumber, numericScorer, type NumericOptions } from "./numeric.ts";

function score(expected: Item["expected"], text: string, options?: NumericOptions): Score {
  const item: Item = { id: "q1", input: "How many?", expected, metadata: {} };
  return numericScorer(options).score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 } }) as Score;
}

describe("extractFinalNumber", () => {
  it("prefers the final answer line, then an answer statement, then the last number", () => {
    expect(extractFinalNumber("3 + 4 = 7, times 6...\nANSWER: 6 × 7 = 42")).toMatchObject({ number: { value: 42 }, source: "final answer" });
    expect(extractFinalNumber("The answer is 42 apples, costing $3 in total.")).toMatchObject({ number: { value: 42 }, source: "answer statement" });
    expect(extractFinalNumber("First 12, then 15, so 27")).toMatchObject({ number: { value: 27 }, source: "last number" });
  });

  it("explains why there is no number", () => {
    expect(extractFinalNumber("ANSWER: forty-two")).toBe('the final answer "forty-two" holds no number');
    expect(extractFinalNumber("I cannot say.")).toBe("found no number in the response");
  });
});

describe("numericScorer", () => {
  it("scores messy real-looking outputs", () => {
    expect(score("1234.5", "After adding everything up, the total comes to **1,234.5 USD**.")).toMatchObject({ value: 1, answer: "1,234.5" });
    expect(score("1234.5", "El total es 1.234,5 euros.")).toMatchObject({ value: 1 });
    expect(score("-3", "La température minimale était de −3 °C.")).toMatchObject({ value: 1 });
    expect(score("0.75", "Three quarters: $\\boxed{\\frac{3}{4}}$")).toMatchObject({ value: 1 });
    expect(score("0.0015", "That is 1.5e-3 mol")).toMatchObject({ value: 1 });
    expect(score("42", "答案是 ４２ 个")).toMatchObject({ value: 1 });
    expect(score("42", "ANSWER: 41")).toMatchObject({ value: 0, label: "incorrect", answer: "41" });
  });

  it("treats 45% and 0.45 as the same quantity", () => {
    expect(score("0.45", "About 45% of voters.")).toMatchObject({ value: 1 });
    expect(score("45", "About 45% of voters.")).toMatchObject({ value: 1 });
    expect(score("45%", "ANSWER: 0.45")).toMatchObject({ value: 1 });
    expect(score("45%", "ANSWER: 45 %")).toMatchObject({ value: 1 });
    expect(score("45%", "ANSWER: 0.46")).toMatchObject({ value: 0 });
  });

  it("applies absolute and relative tolerances", () => {
    expect(score("3.14159", "pi is about 3.14")).toMatchObject({ value: 0 });
    expect(score("3.14159", "pi is about 3.14", { absTolerance: 0.01 })).toMatchObject({ value: 1 });
    expect(score("1000", "ANSWER: 1,009", { relTolerance: 0.01 })).toMatchObject({ value: 1 });
    expect(score("1000", "ANSWER: 1,011", { relTolerance: 0.01 })).toMatchObject({ value: 0 });
    expect(score("0.3", "ANSWER: 0.30000000000000004")).toMatchObject({ value: 1 });
  });

  it("reads the ambiguous 1.234 by the decimalComma option", () => {
    expect(score("1234", "Son 1.234 personas.")).toMatchObject({ value: 0 });
    expect(score("1234", "Son 1.234 personas.", { decimalComma: true })).toMatchObject({ value: 1 });
  });

  it("is unscored, with a reason, when there is no number or the expectation is not one", () => {
    expect(score("42", "I'd rather not guess.")).toMatchObject({ value: null, label: "unscored", explanation: "found no number in the response" });
    expect(score("42", "ANSWER: forty-two")).toMatchObject({ value: null });
    expect(score("forty", "40")).toMatchObject({ value: null });
    expect(numericScorer().itemProblem({ id: "9", input: "?", expected: "3 or 4", metadata: {} })).toBe('item "9": expected answer "3 or 4" is not a single number');
  });
});
