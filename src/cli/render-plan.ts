// A plan as the terminal shows it: one row per target (its samples) and per judge (every verdict the run's scorers and
// pairwise judging would ask for), the estimated total, and the judges' share of it.

import type { Task } from "../core/task.ts";
import type { JudgePlan } from "../runner/plan-judges.ts";
import type { TargetPlan } from "../runner/plan-run.ts";
import { shortenMiddle } from "../core/shorten-middle.ts";
import { fitLines } from "./fit-lines.ts";

/** The name column's least width (it grows to the longest name the terminal leaves room for; longer ones are cut in the middle). */
const NAME_WIDTH = 42;
const MIN_NAME = 16;
/** Everything right of the name: requests, input tokens, output tokens and the cost ("unknown price" the longest). */
const NUMBERS_WIDTH = 1 + 8 + 1 + 14 + 1 + 20 + 2 + "unknown price".length;

/** A run's plan: its tasks and trials, then the rows. */
export function renderRunPlan(tasks: readonly Task[], trials: number, targets: readonly TargetPlan[], judges: readonly JudgePlan[], width: number): string {
  const heading = `plan: ${tasks.map((t) => `${t.id} (${t.items.length} items)`).join(", ")} × ${trials} trial(s)`;
  return `${fitLines([heading], width).join("\n")}\n${renderPlanRows(targets, judges, width)}`;
}

/** Lines of at most `width` characters: a name too long for its column is cut in the middle, prose wraps. */
export function renderPlanRows(targets: readonly TargetPlan[], judges: readonly JudgePlan[], width: number): string {
  const targetName = (plan: TargetPlan) => (plan.simulated ? `${plan.targetId} [simulated]` : plan.targetId);
  const judgeName = (plan: JudgePlan) => `judge ${plan.judgeId}${plan.simulated ? " [simulated]" : ""}`;
  const longest = Math.max(...targets.map((plan) => targetName(plan).length), ...judges.map((plan) => judgeName(plan).length));
  const nameWidth = Math.min(Math.max(NAME_WIDTH, longest), Math.max(MIN_NAME, width - NUMBERS_WIDTH));
  const lines = [`${"target".padEnd(nameWidth)} requests   input tokens  output tokens (max)  est. cost`];
  const row = (name: string, plan: { requests: number; inputTokens: number; outputTokens: number; costUsd?: number }) =>
    `${shortenMiddle(name, nameWidth).padEnd(nameWidth)} ${String(plan.requests).padStart(8)} ${String(plan.inputTokens).padStart(14)} ${String(plan.outputTokens).padStart(20)}  ${plan.costUsd === undefined ? "unknown price" : `$${plan.costUsd.toFixed(4)}`}`;
  for (const plan of targets) {
    lines.push(row(targetName(plan), plan));
    if (plan.problem) lines.push(`  ! ${plan.problem}`);
  }
  for (const plan of judges) lines.push(row(judgeName(plan), plan), `  for ${plan.uses.join(", ")}`);
  const all = [...targets, ...judges];
  const sum = (rows: readonly (TargetPlan | JudgePlan)[], value: (row: TargetPlan | JudgePlan) => number) => rows.reduce((total, r) => total + value(r), 0);
  const total = sum(all, (r) => r.costUsd ?? 0);
  const unknown = all.some((r) => r.costUsd === undefined);
  lines.push(`estimated total: $${total.toFixed(4)}${unknown ? " plus targets of unknown price (add them under `pricing:` in the config)" : ""}`);
  if (judges.length > 0) {
    const share = (part: number, whole: number) => `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;
    const tokens = (r: TargetPlan | JudgePlan) => r.inputTokens + r.outputTokens;
    const judgeCost = sum(judges, (r) => r.costUsd ?? 0);
    lines.push(
      `judge share: ${share(sum(judges, (r) => r.requests), sum(all, (r) => r.requests))} of the requests, ${share(sum(judges, tokens), sum(all, tokens))} of the tokens` +
        (total > 0 ? `, $${judgeCost.toFixed(4)} (${share(judgeCost, total)}) of the estimated cost` : ""),
    );
  }
  lines.push("input tokens are estimated at ~4 characters per token; output assumes every answer uses its token cap");
  return `${fitLines(lines, width).join("\n")}\n`;
}

/** A worst case as a plan line ends: a price, or why there is none. The simulator is free unless the config prices it. */
export function worstCaseText(simulated: boolean, costUsd: number | undefined): string {
  if (costUsd === undefined) return "unknown price";
  return simulated && costUsd === 0 ? "simulated, free" : `at most $${costUsd.toFixed(2)}`;
}
