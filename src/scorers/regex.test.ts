import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import type { Item } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import { regexScorer, type RegexOptions } from "./regex.ts";

function score(options: RegexOptions, text: string, expected?: Item["expected"]): Score {
  const item: Item = { id: "q1", input: "?", expected, metadata: {} };
  return regexScorer(options).score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 } }) as Score;
}

describe("regexScorer", () => {
  it("matches the pattern from the options, case-insensitively by default", () => {
    expect(score({ pattern: "^(?:yes|sí|oui)(?!\\p{L})", flags: "iu" }, "Sí, claro.")).toMatchObject({ value: 1, answer: "Sí" });
    expect(score({ pattern: "^no$", flags: "" }, "No")).toMatchObject({ value: 0, label: "incorrect" });
  });

  it("takes the patterns from the item's expected answers when the options have none", () => {
    expect(score({}, "The year was 1969.", ["19[56]\\d", "nineteen sixty"])).toMatchObject({ value: 1, answer: "1969" });
    expect(score({}, "Probably 1970", "19[56]\\d")).toMatchObject({ value: 0 });
  });

  it("matches the final answer line unless told to look at the whole response", () => {
    const text = "Could it be 1969? No.\nANSWER: 1970";
    expect(score({ pattern: "1969" }, text)).toMatchObject({ value: 0 });
    expect(score({ pattern: "1969", matchOn: "output" }, text)).toMatchObject({ value: 1 });
  });

  it("rejects a bad pattern or stateful flags at construction", () => {
    expect(() => regexScorer({ pattern: "(unclosed" })).toThrow(ConfigError);
    expect(() => regexScorer({ pattern: "x", flags: "g" })).toThrow(ConfigError);
  });

  it("reports a bad pattern in an item, and an item with no pattern at all, as unscorable", () => {
    const scorer = regexScorer();
    expect(scorer.itemProblem({ id: "4", input: "?", expected: "([a-z]", metadata: {} })).toMatch(/^item "4": invalid regular expression/);
    expect(scorer.itemProblem({ id: "5", input: "?", metadata: {} })).toContain("no expected pattern");
    expect(score({}, "text", "([a-z]")).toMatchObject({ value: null, label: "unscored" });
    expect(score({ pattern: "x" }, " ")).toMatchObject({ value: null, explanation: "empty response" });
  });
});
