// A dry run: how many requests each target would get, how many tokens and how much money, before anything is sent.

import type { Config } from "../config/config-schema.ts";
import { isRealitycheckError } from "../core/errors.ts";
import type { Item } from "../core/item.ts";
import type { RunSpec } from "../core/run-spec.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { TaskSize } from "../families/task-family.ts";
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

/** One item's shape for costing: its opening prompt and, for conversations, each later user turn's tokens. */
interface PlannedItem {
  prompt: number;
  followUps: number[];
  taskOutputCap: number;
  /** Identical items sized at once (a benchmark sized from metadata). */
  count: number;
}

/** `sizes`: tasks sized without being built (see TaskFamily.size). */
export function planRun(spec: RunSpec, tasks: readonly Task[], config: Config, env: Record<string, string | undefined>, sizes: readonly TaskSize[] = []): TargetPlan[] {
  const prices = priceLookup(config.pricing);
  const first = spec.targets[0] as TargetSpec | undefined;
  const items: PlannedItem[] = [];
  for (const task of tasks) {
    const taskOutputCap = task.settings?.maxOutputTokens ?? DEFAULT_OUTPUT_TOKEN_ESTIMATE;
    for (const item of task.items) {
      const prompt = task.estimatePromptTokens?.(item) ?? estimatePromptTokens(item.messages ?? promptOf(task, item, first));
      const followUps = (item.followUps ?? []).map((content) => estimatePromptTokens([{ role: "user", content }]));
      items.push({ prompt, followUps, taskOutputCap, count: 1 });
    }
  }
  for (const size of sizes) {
    items.push({ prompt: size.promptTokensPerItem, followUps: [], taskOutputCap: size.outputCapTokens, count: size.items });
  }
  return (spec.targets as TargetSpec[]).map((target) => {
    let requests = 0;
    let inputTokens = 0;
    let outputTokens = 0;
    for (const item of items) {
      const output = target.settings.maxOutputTokens ?? item.taskOutputCap;
      // Each turn of a conversation resends everything before it, answers included (at their cap: the worst case).
      let context = item.prompt;
      for (let turn = 0; turn <= item.followUps.length; turn++) {
        if (turn > 0) context += output + item.followUps[turn - 1]!;
        inputTokens += context * item.count;
        outputTokens += output * item.count;
        requests += item.count;
      }
    }
    requests *= spec.trials;
    inputTokens *= spec.trials;
    outputTokens *= spec.trials;
    const price = prices(target);
    return {
      targetId: target.id,
      simulated: target.simulated,
      requests,
      inputTokens,
      outputTokens,
      costUsd: price ? costOf(price, { inputTokens, outputTokens }) : undefined,
      problem: targetProblem(target, config, env),
    };
  });
}

/**
 * For each adaptively sampled task with a cell that gets fewer trials than its sequential test needs to decide a side,
 * one line saying so: with that cap such cells can only end undecided, however clear they are.
 */
export function adaptiveCapNotes(tasks: readonly Task[], trials: number): string[] {
  return tasks.flatMap((task) => {
    if (!task.adaptive) return [];
    const adaptive = task.adaptive;
    const sizes = new Map<string, number>();
    for (const item of task.items) {
      const cell = adaptive.cellOf(item);
      sizes.set(cell, (sizes.get(cell) ?? 0) + 1);
    }
    // The cell furthest from being decidable speaks for the task: its trials against what its own test needs.
    const shortfalls = [...sizes].map(([cell, size]) => {
      const { above, below } = adaptive.fewestTrials(cell);
      const most = size * trials;
      return { most, above, below, short: Math.max(above / most, below / most) };
    });
    const worst = shortfalls.reduce((a, b) => (b.short > a.short ? b : a));
    if (worst.short <= 1) return [];
    const side = worst.most < worst.above ? `above its threshold (it needs ${worst.above})` : `below its threshold (it needs ${worst.below})`;
    return [`${task.id}: a cell gets at most ${worst.most} trials, too few for the sequential test ever to show one ${side}; raise --trials`];
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
