// A judge model grading each answer against a rubric, as a scorer: one per panel member, so each judge's scores
// are kept apart and their agreement can be measured. A reply that cannot be read is `unscored` (counted, shown,
// never a zero). An answer that addresses its grader is graded with and without those sentences; the lower counts.

import { isRealitycheckError } from "../core/errors.ts";
import type { Item } from "../core/item.ts";
import type { JudgeModel, PlannedJudgeRequest } from "../core/judge.ts";
import { unscored, type Score } from "../core/score.ts";
import type { Scorer } from "../core/scorer.ts";
import { findGraderInjection } from "./grader-injection.ts";
import { rubricJudgePrompt } from "./judge-prompts.ts";
import type { Rubric } from "./rubric.ts";
import { parseRubricVerdict } from "./rubric-verdict.ts";

export const RUBRIC_SCORER_PREFIX = "rubric:";
/** Room for brief reasoning before the JSON verdict. */
const JUDGE_OUTPUT_TOKENS = 800;

export interface RubricJudgeOptions {
  rubric: Rubric;
  /** The question as the judge should read it (default: the item's input). */
  question?: (item: Item) => string;
}

/** One rubric grading as `plan` prices it: the prompt without the graded text, which quotes `answers` of the target's answers. */
export function plannedRubricRequest(judge: JudgeModel, rubric: Rubric, question: string, answers = 1): PlannedJudgeRequest {
  return { judge, messages: rubricJudgePrompt({ rubric, question, answer: "" }), maxOutputTokens: JUDGE_OUTPUT_TOKENS, answers };
}

export function rubricJudgeScorer(judge: JudgeModel, options: RubricJudgeOptions): Scorer {
  const name = `${RUBRIC_SCORER_PREFIX}${judge.id}`;
  const grade = async (question: string, answer: string): Promise<Score> => {
    let reply: string;
    try {
      reply = (await judge.generate(rubricJudgePrompt({ rubric: options.rubric, question, answer }), { temperature: 0, maxOutputTokens: JUDGE_OUTPUT_TOKENS })).text;
    } catch (error) {
      if (!isRealitycheckError(error)) throw error;
      return unscored(name, `judge failed: ${error.kind}: ${error.message}`);
    }
    const verdict = parseRubricVerdict(reply, options.rubric);
    if (verdict.status === "unscored") return unscored(name, `judge reply unreadable: ${verdict.reason}`);
    const parts = options.rubric.criteria.map((c) => `${c.name} ${verdict.scores[c.name] ?? "?"}/${c.max}`);
    return { scorer: name, value: verdict.weighted, label: "scored", explanation: parts.join(", ") + (verdict.overall === undefined ? "" : `; overall ${verdict.overall}`) };
  };
  return {
    name,
    // One grading per answer; an answer that addresses its grader is graded twice, which a plan does not foresee.
    judgeRequests: (item) => [plannedRubricRequest(judge, options.rubric, options.question?.(item) ?? item.input)],
    async score({ item, result }) {
      const answer = result.text;
      if (answer.trim() === "") return unscored(name, "empty answer: nothing to grade");
      const question = options.question?.(item) ?? item.input;
      const graded = await grade(question, answer);
      const injection = findGraderInjection(answer);
      if (!injection || graded.value === null) return graded;
      const without = await grade(question, injection.cleaned);
      const lower = without.value !== null && without.value < graded.value ? without : graded;
      return { ...lower, explanation: `${lower.explanation ?? ""}; addressed the grader (${JSON.stringify(injection.found[0]?.slice(0, 80))}): graded with and without it, the lower kept` };
    },
  };
}
