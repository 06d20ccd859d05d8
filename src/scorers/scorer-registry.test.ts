import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import type { Score } from "../core/score.ts";
import { createScorer, isScorerName, SCORER_NAMES } from "./scorer-registry.ts";

describe("createScorer", () => {
  it("builds every named scorer with its options", () => {
    for (const name of SCORER_NAMES) expect(createScorer(name).name).toBe(name);
    const scorer = createScorer("numeric", { absTolerance: 0.5 });
    const result = scorer.score({
      item: { id: "1", input: "?", expected: "10", metadata: {} },
      messages: [],
      result: { text: "about 10.4", finishReason: "stop", usage: {}, latencyMs: 1 },
    }) as Score;
    expect(result.value).toBe(1);
  });

  it("rejects an unknown name, listing the valid ones", () => {
    expect(() => createScorer("fuzzy")).toThrow(ConfigError);
    expect(() => createScorer("fuzzy")).toThrow('unknown scorer "fuzzy" (valid: exact, includes, regex, choice, numeric, refusal)');
    expect(isScorerName("exact")).toBe(true);
    expect(isScorerName("fuzzy")).toBe(false);
  });

  it("rejects unknown and mistyped options in one line naming the scorer", () => {
    expect(() => createScorer("exact", { ignorecase: true })).toThrow('scorer "exact": unknown option "ignorecase"');
    expect(() => createScorer("numeric", { absTolerance: -1 })).toThrow(/^scorer "numeric": option "absTolerance": /);
    expect(() => createScorer("includes", { wholeWord: "yes" })).toThrow(ConfigError);
    expect(() => createScorer("choice", { letters: 4 })).toThrow(ConfigError);
    expect(() => createScorer("regex", { pattern: "[" })).toThrow(ConfigError);
  });
});
