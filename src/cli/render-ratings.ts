// Pairwise ratings as the terminal shows them: per judge, plain and length-controlled ratings with intervals, each
// judge's position consistency, and how the panel's judges agree.

import { panelAgreement, type JudgeRatings } from "../runner/pairwise-judging.ts";

/** "[940, 1120]", or "[≥ 1113]" / "[≤ 887]" when a model won or lost every comparison and that side is open. */
export function describeRatingInterval(interval: { lower: number; upper: number }): string {
  if (interval.upper === Infinity && interval.lower === -Infinity) return "[not bounded]";
  if (interval.upper === Infinity) return `[≥ ${Math.round(interval.lower)}]`;
  if (interval.lower === -Infinity) return `[≤ ${Math.round(interval.upper)}]`;
  return `[${Math.round(interval.lower)}, ${Math.round(interval.upper)}]`;
}

export function renderRatings(runId: string, taskId: string, results: readonly JudgeRatings[], simulated: boolean): string {
  const lines = ["", `pairwise ratings for ${taskId} in run ${runId} (a win counts only if it holds in both orders)`];
  for (const result of results) {
    const consistency = result.positionConsistency;
    const stopped = result.stopped ? ` (judging stopped early: ${result.stopped === "budget" ? "the budget was reached" : "interrupted"}; pairs not asked count as unreadable)` : "";
    lines.push("", `judge ${result.judgeId}: ${result.comparisons} pairs, ${result.unscored} unreadable${stopped}; position consistency ${consistency.value === null ? "n/a" : `${Math.round(consistency.value * 100)}% [${Math.round((consistency.interval?.lower ?? 0) * 100)}%, ${Math.round((consistency.interval?.upper ?? 0) * 100)}%]`}`);
    const { ratings, lengthControlled } = result;
    if (!ratings || !lengthControlled) {
      lines.push("  no pair got a readable verdict in both orders: no ratings");
      continue;
    }
    const models = Object.keys(ratings.ratings).sort((a, b) => ratings.ratings[b]! - ratings.ratings[a]!);
    const rows = [["target", "rating [95%]", "length-controlled [95%]"]];
    const cell = (value: number | undefined, interval: { lower: number; upper: number } | undefined) =>
      value === undefined ? "n/a" : `${Math.round(value)} ${interval ? describeRatingInterval(interval) : "(baseline)"}`;
    for (const model of models) {
      rows.push([model, cell(ratings.ratings[model], ratings.intervals[model]), cell(lengthControlled.ratings[model], lengthControlled.intervals[model])]);
    }
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    lines.push(...rows.map((row) => `  ${row.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd()}`));
  }
  for (const { first, second, kappa } of panelAgreement(results)) {
    const value = kappa.value === null ? "n/a (no pairing read by both)" : `${kappa.value.toFixed(2)}${kappa.interval ? ` [${kappa.interval.lower.toFixed(2)}, ${kappa.interval.upper.toFixed(2)}]` : ""} over ${kappa.n} pairings`;
    lines.push("", `agreement of ${first} and ${second} (Cohen's kappa on who won): ${value}`);
  }
  if (simulated) lines.push("", "note: [simulated] targets or judges are the provider simulator, a test double: not any model's results");
  return lines.join("\n") + "\n";
}
