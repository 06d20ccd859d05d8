// What a resumed run still has to send: its plan scaled to the samples each target is missing, the judges' to the
// samples missing over all targets. Shown before a resume that would spend a lot, and held to the spend gate.

import type { Config } from "../config/config-schema.ts";
import type { RunSpec } from "../core/run-spec.ts";
import type { Task } from "../core/task.ts";
import { planJudges, type JudgePlan } from "./plan-judges.ts";
import { planRun, type TargetPlan } from "./plan-run.ts";

export interface ResumePlan {
  targets: TargetPlan[];
  judges: JudgePlan[];
}

export function resumePlan(spec: RunSpec, tasks: readonly Task[], pending: ReadonlyMap<string, number>, config: Config, env: Record<string, string | undefined>): ResumePlan {
  const perTarget = tasks.reduce((sum, task) => sum + task.items.length, 0) * spec.trials;
  const share = (missing: number) => (perTarget === 0 ? 0 : Math.min(1, Math.max(0, missing / perTarget)));
  const targets = planRun(spec, tasks, config, env).map((plan) => scaled(plan, share(pending.get(plan.targetId) ?? 0)));
  const missing = [...pending.values()].reduce((sum, n) => sum + Math.max(0, n), 0);
  const judgeShare = pending.size === 0 ? 0 : share(missing / pending.size);
  return { targets, judges: planJudges(spec, tasks, config).map((plan) => scaled(plan, judgeShare)) };
}

function scaled<T extends { requests: number; inputTokens: number; outputTokens: number; costUsd?: number }>(plan: T, share: number): T {
  return {
    ...plan,
    requests: Math.ceil(plan.requests * share),
    inputTokens: Math.ceil(plan.inputTokens * share),
    outputTokens: Math.ceil(plan.outputTokens * share),
    costUsd: plan.costUsd === undefined ? undefined : plan.costUsd * share,
  };
}
