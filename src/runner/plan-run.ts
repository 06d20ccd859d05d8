// A dry run: how many requests each target would get, how many tokens and how much money, before anything is sent.

import type { Config } from "../config/config-schema.ts";
import { isRealitycheckError } from "../core/errors.ts";
import type { Item } from "../core/item.ts";
import type { RunSpec } from "../core/run-spec.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { DEFAULT_OUTPUT_TOKEN_ESTIMATE, estimatePromptTokens } from "./estimate-tokens.ts";
import { costOf, priceLookup } from "./pricing.ts";
import { buildRuntimes } from "./target-runtime.ts";

export interface TargetPlan {
  targetId: string;
  simulated: boolean;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  /** Undefined when no price is known for this target. */
  costUsd?: number;
  /** Why this target could not run as configured (missing key, unknown provider), if so. */
  problem?: string;
}

export function planRun(spec: RunSpec, tasks: readonly Task[], config: Config, env: Record<string, string | undefined>): TargetPlan[] {
  const prices = priceLookup(config.pricing);
  let inputPerTrial = 0;
  let outputPerTrial = 0;
  let samplesPerTrial = 0;
  const first = spec.targets[0] as TargetSpec | undefined;
  for (const task of tasks) {
    for (const item of task.items) {
      inputPerTrial += task.estimatePromptTokens?.(item) ?? estimatePromptTokens(item.messages ?? promptOf(task, item, first));
      samplesPerTrial++;
    }
    outputPerTrial += task.items.length * (task.settings?.maxOutputTokens ?? DEFAULT_OUTPUT_TOKEN_ESTIMATE);
  }
  return (spec.targets as TargetSpec[]).map((target) => {
    const outputCap = target.settings.maxOutputTokens;
    const inputTokens = inputPerTrial * spec.trials;
    const outputTokens = outputCap !== undefined ? outputCap * samplesPerTrial * spec.trials : outputPerTrial * spec.trials;
    const price = prices(target);
    return {
      targetId: target.id,
      simulated: target.simulated,
      requests: samplesPerTrial * spec.trials,
      inputTokens,
      outputTokens,
      costUsd: price ? costOf(price, { inputTokens, outputTokens }) : undefined,
      problem: targetProblem(target, config, env),
    };
  });
}

function targetProblem(target: TargetSpec, config: Config, env: Record<string, string | undefined>): string | undefined {
  try {
    buildRuntimes([target], config, env);
    return undefined;
  } catch (error) {
    if (isRealitycheckError(error)) return error.message;
    throw error;
  }
}

function promptOf(task: Task, item: Item, target: TargetSpec | undefined) {
  return target ? task.prompt(item, { target, trial: 1 }) : [];
}
