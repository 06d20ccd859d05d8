import { describe, expect, it } from "vitest";
import { rubricSchema } from "./rubric.ts";
import { parseRubricVerdict } from "./rubric-verdict.ts";

const rubric = rubricSchema.parse({
  name: "story",
  criteria: [
    { name: "coherence", description: "The plot holds together.", weight: 2 },
    { name: "prose style", description: "Sentences read well.", min: 0, max: 5 },
  ],
  overall: { min: 1, max: 10 },
});
const noOverall = rubricSchema.parse({ ...rubric, overall: undefined });

// coherence 7 on 1..10 → 6/9; prose 4 on 0..5 → 4/5; weights 2 and 1.
const WEIGHTED = (2 * (6 / 9) + 0.8) / 3;

const READABLE: [string, string][] = [
  ["bare JSON", '{"scores": {"coherence": 7, "prose style": 4}, "overall": 8}'],
  ["a json fence amid prose", 'The story works.\n```json\n{\n  "scores": { "Coherence": 7, "prose_style": 4 },\n  "overall": 8\n}\n```\nThat is all.'],
  ["extra keys and braces in strings", '{"reasoning": "uses {curly} words", "scores": {"coherence": 7, "Prose-Style": 4}, "overall": 8}'],
  ["numbers as text", '{"scores": {"coherence": "7/10", "prose style": "4"}, "overall": "8"}'],
  ["an earlier draft object", 'Draft: {"scores": {"coherence": 2}}\nFinal:\n{"scores": {"coherence": 7, "prose style": 4}, "overall": 8}'],
  ["stray braces before the object", 'Note { unbalanced.\n{"scores": {"coherence": 7, "prose style": 4}, "overall": 8}'],
];

const LINES: [string, string][] = [
  ["plain lines", "COHERENCE: 7/10\nPROSE STYLE: 4/5\nOVERALL: 8/10"],
  ["markdown lines", "- **Coherence**: 7\n- **Prose style:** 4 / 5\n\n**Overall** = 8"],
  ["numbered lines, the last one counting", "1. coherence: 3\n2. prose_style: 4\nOn reflection:\ncoherence: 7\noverall: 8"],
];

describe("parseRubricVerdict", () => {
  it.each(READABLE)("reads %s", (_, reply) => {
    expect(parseRubricVerdict(reply, rubric)).toEqual({ status: "scored", scores: { coherence: 7, "prose style": 4 }, overall: 8, weighted: expect.closeTo(WEIGHTED, 12), format: "json" });
  });

  it.each(LINES)("reads %s", (_, reply) => {
    expect(parseRubricVerdict(reply, rubric)).toEqual({ status: "scored", scores: { coherence: 7, "prose style": 4 }, overall: 8, weighted: expect.closeTo(WEIGHTED, 12), format: "lines" });
  });

  it("weights to 0 and 1 at the ends of every range", () => {
    expect(parseRubricVerdict('{"scores": {"coherence": 1, "prose style": 0}}', noOverall)).toMatchObject({ weighted: 0 });
    expect(parseRubricVerdict('{"scores": {"coherence": 10, "prose style": 5}}', noOverall)).toMatchObject({ weighted: 1 });
  });

  it("ignores an overall score the rubric does not ask for", () => {
    const verdict = parseRubricVerdict('{"scores": {"coherence": 7, "prose style": 4}, "overall": 99}', noOverall);
    expect(verdict).toMatchObject({ status: "scored" });
    expect(verdict).not.toHaveProperty("overall");
  });

  const UNSCORED: [string, string, string][] = [
    ["nothing readable", "A lovely story, 8 out of 10.", "no JSON scores object and no criterion score lines"],
    ["out of range", '{"scores": {"coherence": 11, "prose style": 4}, "overall": 8}', 'criterion "coherence" 11 is above the maximum 10'],
    ["below range", '{"scores": {"coherence": 7, "prose style": -1}, "overall": 8}', 'criterion "prose style" -1 is below the minimum 0'],
    ["a missing criterion", '{"scores": {"coherence": 7}, "overall": 8}', 'criterion "prose style" is missing'],
    ["a missing overall", '{"scores": {"coherence": 7, "prose style": 4}}', "overall score is missing"],
    ["an unknown criterion", '{"scores": {"coherence": 7, "prose style": 4, "humour": 9}, "overall": 8}', "unknown criteria: humour"],
    ["a criterion scored twice", '{"scores": {"coherence": 7, "Coherence": 8, "prose style": 4}, "overall": 8}', 'criterion "Coherence" is scored twice'],
    ["a score on another scale", '{"scores": {"coherence": "7/5", "prose style": 4}, "overall": 8}', 'criterion "coherence" "7/5" is not a score from 1 to 10'],
    ["a word for a score", '{"scores": {"coherence": "high", "prose style": 4}, "overall": 8}', 'criterion "coherence" "high" is not a score from 1 to 10'],
    ["scores that are not an object", '{"scores": [7, 4], "overall": 8}', '"scores" is not an object of criterion scores'],
    ["lines missing a criterion", "coherence: 7\noverall: 8", 'criterion "prose style" is missing'],
    ["a line on another scale", "coherence: 7/100\nprose style: 4\noverall: 8", 'criterion "coherence" "7/100" is not a score from 1 to 10'],
    ["truncated JSON", '{"scores": {"coherence": 7, "prose style": 4}', "no JSON scores object"],
  ];

  it.each(UNSCORED)("is unscored for %s, saying why", (_, reply, reason) => {
    const verdict = parseRubricVerdict(reply, rubric);
    expect(verdict.status).toBe("unscored");
    if (verdict.status === "unscored") expect(verdict.reason).toContain(reason);
  });
});
