// What the judges of a run would cost, before anything is sent: every judged scorer's requests for every answer
// (rubric panels, chapter and whole-work judges, a refusal judge), and pairwise judging of two or more targets in both
// orders. Each quoted answer is counted at its output cap, the worst case, as the targets' own plan counts it.

import type { Config } from "../config/config-schema.ts";
import type { JudgeModel } from "../core/judge.ts";
import type { RunSpec } from "../core/run-spec.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { pairwiseJudgePrompt } from "../judging/judge-prompts.ts";
import { DEFAULT_OUTPUT_TOKEN_ESTIMATE, estimatePromptTokens } from "./estimate-tokens.ts";
import { PAIRWISE_OUTPUT_TOKENS } from "./pairwise-judging.ts";
import { costOf, priceLookup } from "./pricing.ts";

export interface JudgePlan {
  judgeId: string;
  simulated: boolean;
  /** What the judge is asked for: scorer names, or "pairwise". */
  uses: string[];
  requests: number;
  inputTokens: number;
  outputTokens: number;
  /** Undefined when no price is known for this judge. */
  costUsd?: number;
}

interface Tally {
  judge: JudgeModel;
  uses: Set<string>;
  requests: number;
  inputTokens: number;
  outputTokens: number;
}

/** The judges of a run's scorers and, when `pairwise` names judges, pairwise judging of `pairwise.taskId`. */
export function planJudges(spec: RunSpec, tasks: readonly Task[], config: Config, pairwise?: { taskId: string; judges: readonly JudgeModel[] }): JudgePlan[] {
  const tallies = new Map<string, Tally>();
  const add = (judge: JudgeModel, use: string, requests: number, inputTokens: number, outputTokens: number) => {
    let tally = tallies.get(judge.id);
    if (!tally) tallies.set(judge.id, (tally = { judge, uses: new Set(), requests: 0, inputTokens: 0, outputTokens: 0 }));
    tally.uses.add(use);
    tally.requests += requests;
    tally.inputTokens += inputTokens;
    tally.outputTokens += outputTokens;
  };
  const targets = spec.targets as TargetSpec[];
  for (const task of tasks) {
    for (const target of targets) {
      const answer = answerCap(task, target);
      for (const item of task.items) {
        for (const scorer of task.scorers) {
          for (const request of scorer.judgeRequests?.(item) ?? []) {
            const prompt = estimatePromptTokens(request.messages) + request.answers * answer;
            add(request.judge, scorer.name, spec.trials, prompt * spec.trials, request.maxOutputTokens * spec.trials);
          }
        }
      }
    }
    if (pairwise?.taskId !== task.id || targets.length < 2) continue;
    // Every pair of targets, every item and trial, asked in both orders.
    const pairs = (targets.length * (targets.length - 1)) / 2;
    for (const judge of pairwise.judges) {
      for (const item of task.items) {
        const answers = Math.max(...targets.map((target) => answerCap(task, target))) * 2;
        const prompt = estimatePromptTokens(pairwiseJudgePrompt({ question: item.input, answerA: "", answerB: "" })) + answers;
        const requests = 2 * pairs * spec.trials;
        add(judge, "pairwise", requests, prompt * requests, PAIRWISE_OUTPUT_TOKENS * requests);
      }
    }
  }
  const prices = priceLookup(config.pricing);
  return [...tallies.values()].map(({ judge, uses, requests, inputTokens, outputTokens }) => {
    const price = prices(judge);
    return {
      judgeId: judge.id,
      simulated: judge.simulated,
      uses: [...uses],
      requests,
      inputTokens,
      outputTokens,
      costUsd: price ? costOf(price, { inputTokens, outputTokens }) : undefined,
    };
  });
}

function answerCap(task: Task, target: TargetSpec): number {
  return target.settings.maxOutputTokens ?? task.settings?.maxOutputTokens ?? DEFAULT_OUTPUT_TOKEN_ESTIMATE;
}
