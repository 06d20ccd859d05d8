// Scorers over a longform conversation (turn 0 the plan, turn k chapter k): each chapter's length, each chapter
// graded by each judge with the plan as context, and the whole work graded by each judge. Names carry the chapter
// ("chapter_length#3", "rubric:judge#3") so per-chapter results stay apart and degradation can be read from them.

import type { JudgeModel } from "../../core/judge.ts";
import { unscored } from "../../core/score.ts";
import type { ScoreInput, Scorer } from "../../core/scorer.ts";
import { fencedUntrusted } from "../../judging/judge-prompts.ts";
import { plannedRubricRequest, RUBRIC_SCORER_PREFIX, rubricJudgeScorer } from "../../judging/rubric-judge-scorer.ts";
import type { Rubric } from "../../judging/rubric.ts";
import { lengthScore } from "../writing/length-scorer.ts";

export const CHAPTER_LENGTH_PREFIX = "chapter_length#";

export const chapterJudgeName = (judgeId: string, chapter: number) => `${RUBRIC_SCORER_PREFIX}${judgeId}#${chapter}`;

/** The text of chapter `n`, or undefined when the conversation has no such turn. */
function chapterText(input: ScoreInput, n: number): string | undefined {
  return input.turns?.[n]?.result.text;
}

export function chapterLengthScorer(chapter: number): Scorer {
  const name = `${CHAPTER_LENGTH_PREFIX}${chapter}`;
  return {
    name,
    score(input) {
      const text = chapterText(input, chapter);
      if (text === undefined) return unscored(name, `the conversation has no chapter ${chapter}`);
      return lengthScore(name, text, Number(input.item.metadata.targetWords));
    },
  };
}

/** One judge grading chapter `n` against the chapter rubric; the plan (model output) goes in as fenced context. */
export function chapterJudgeScorer(judge: JudgeModel, rubric: Rubric, chapter: number): Scorer {
  const name = chapterJudgeName(judge.id, chapter);
  const question = (prompt: string, plan: string) => `${prompt}\n\nThe writer's own plan, for context:\n${fencedUntrusted("PLAN", plan)}`;
  return {
    name,
    // The chapter and the plan are both the target's answers.
    judgeRequests: (item) => (item.followUps?.[chapter - 1] === undefined ? [] : [plannedRubricRequest(judge, rubric, question(item.followUps[chapter - 1]!, ""), 2)]),
    async score(input) {
      const text = chapterText(input, chapter);
      const turn = input.turns?.[chapter];
      if (text === undefined || !turn) return unscored(name, `the conversation has no chapter ${chapter}`);
      const plan = input.turns?.[0]?.result.text ?? "";
      const inner = rubricJudgeScorer(judge, { rubric, question: () => question(turn.prompt, plan) });
      const graded = await inner.score({ ...input, result: { ...input.result, text } });
      return { ...graded, scorer: name };
    },
  };
}

/** One judge grading the whole work (every chapter in order, without the plan) against the creative rubric. */
export function wholeWorkJudgeScorer(judge: JudgeModel, rubric: Rubric): Scorer {
  const inner = rubricJudgeScorer(judge, { rubric, question: (item) => `${item.input}\n\n(The writer then wrote the chapters below, one request each.)` });
  return {
    name: inner.name,
    // Every chapter is quoted.
    judgeRequests: (item) => inner.judgeRequests!(item).map((request) => ({ ...request, answers: item.followUps?.length ?? 1 })),
    score(input) {
      const chapters = (input.turns ?? []).slice(1).map((turn, i) => `Chapter ${i + 1}\n\n${turn.result.text}`);
      return inner.score({ ...input, result: { ...input.result, text: chapters.join("\n\n") } });
    },
  };
}
