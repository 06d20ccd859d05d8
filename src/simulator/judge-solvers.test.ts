import { describe, expect, it } from "vitest";
import { pairwiseJudgePrompt, rubricJudgePrompt } from "../judging/judge-prompts.ts";
import { parsePairwiseVerdict } from "../judging/pairwise-verdict.ts";
import type { Rubric } from "../judging/rubric.ts";
import { parseRubricVerdict } from "../judging/rubric-verdict.ts";
import { betterAnswer, rubricGrade } from "./judge-solvers.ts";

const CLEAN = "The keeper climbed the stairs one last time and watched the beam sweep the grey water below.";
const DRESSED = "Great question! 🚀 The keeper climbed the stairs one last time! ✨ He watched the beam! 🎉 I hope this helps! 😊";

const pairwise = (a: string, b: string) => {
  const [, user] = pairwiseJudgePrompt({ question: "Write one sentence about a lighthouse keeper.", answerA: a, answerB: b });
  return parsePairwiseVerdict(betterAnswer(user!.content) ?? "");
};

describe("judge solvers", () => {
  it("prefers the better answer whichever side it is shown on, and calls alike answers a tie", () => {
    expect(pairwise(CLEAN, DRESSED)).toBe("A");
    expect(pairwise(DRESSED, CLEAN)).toBe("B");
    expect(pairwise(CLEAN, CLEAN.replace("grey", "dark"))).toBe("tie");
    expect(betterAnswer("Which answer is better?")).toBeUndefined();
  });

  it("grades every criterion of a rubric on its own range, in the verdict the rubric parser reads", () => {
    const rubric: Rubric = {
      name: "scene",
      criteria: [
        { name: "Craft", description: "writing quality", min: 1, max: 10, weight: 1 },
        { name: "Instructions", description: "follows the brief", min: 0, max: 4, weight: 1 },
      ],
      overall: { min: 1, max: 10 },
    };
    const grade = (answer: string) => {
      const [system, user] = rubricJudgePrompt({ rubric, question: "Write one sentence about a lighthouse keeper.", answer });
      return parseRubricVerdict(rubricGrade(system!.content, user!.content) ?? "", rubric);
    };
    expect(grade(CLEAN)).toMatchObject({ status: "scored", scores: { Craft: 10, Instructions: 4 }, overall: 10 });
    const dressed = grade(DRESSED);
    expect(dressed.status).toBe("scored");
    if (dressed.status === "scored") expect(dressed.scores.Craft).toBeLessThan(10);
    expect(rubricGrade("no criteria here", user(CLEAN))).toBeUndefined();
  });
});

function user(answer: string): string {
  return pairwiseJudgePrompt({ question: "q", answerA: answer, answerB: answer })[1]!.content;
}
