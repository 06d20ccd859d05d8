// Pairwise ratings as the terminal shows them: per judge, plain and length-controlled ratings with intervals, each
// judge's position consistency, and how the panel's judges agree. `judge`, `article` and `show` print the same table.

import { shortenMiddle } from "../core/shorten-middle.ts";
import type { RatingInterval, StoredPairwiseRatings, TargetRating } from "../core/stored-findings.ts";
import { fitLines } from "./fit-lines.ts";

const INDENT = "  ";
const GAP = "  ";
/** A target column never narrower than this, however narrow the terminal: ids are cut, not the ratings. */
const MIN_TARGET = 12;

/** "[940, 1120]", or "[≥ 1113]" / "[≤ 887]" when a model won or lost every comparison and that side is open. */
export function describeRatingInterval(interval: RatingInterval): string {
  if (interval.upper === null && interval.lower === null) return "[not bounded]";
  if (interval.upper === null) return `[≥ ${Math.round(interval.lower!)}]`;
  if (interval.lower === null) return `[≤ ${Math.round(interval.upper)}]`;
  return `[${Math.round(interval.lower)}, ${Math.round(interval.upper)}]`;
}

/** Lines of at most `width` characters: prose wraps, a target id too long for the table is cut in the middle. */
export function renderRatings(stored: StoredPairwiseRatings, width: number): string {
  const lines = ["", `pairwise ratings for ${stored.taskId} in run ${stored.runId} (a win counts only if it holds in both orders)`];
  for (const judge of stored.judges) {
    const consistency = judge.positionConsistency;
    const stopped = judge.stopped ? ` (judging stopped early: ${judge.stopped === "budget" ? "the budget was reached" : "interrupted"}; pairs not asked count as unreadable)` : "";
    lines.push("", `judge ${judge.judgeId}: ${judge.comparisons} pairs, ${judge.unscored} unreadable${stopped}; position consistency ${consistency.value === null ? "n/a" : `${Math.round(consistency.value * 100)}% [${Math.round((consistency.interval?.lower ?? 0) * 100)}%, ${Math.round((consistency.interval?.upper ?? 0) * 100)}%]`}`);
    if (judge.ratings.length === 0) {
      lines.push("  no pair got a readable verdict in both orders: no ratings");
      continue;
    }
    const rows = [["target", "rating [95%]", "length-controlled [95%]"]];
    const cell = (rating: TargetRating | undefined) => (rating === undefined ? "n/a" : `${Math.round(rating.rating)} ${rating.interval ? describeRatingInterval(rating.interval) : "(baseline)"}`);
    for (const rating of judge.ratings) rows.push([rating.targetId, cell(rating), cell(judge.lengthControlled.find((r) => r.targetId === rating.targetId))]);
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    widths[0] = Math.min(widths[0]!, Math.max(MIN_TARGET, width - INDENT.length - widths[1]! - widths[2]! - 2 * GAP.length));
    for (const row of rows) row[0] = shortenMiddle(row[0]!, widths[0]);
    lines.push(...rows.map((row) => `${INDENT}${row.map((cell, c) => cell.padEnd(widths[c]!)).join(GAP).trimEnd()}`));
  }
  for (const { first, second, kappa } of stored.agreements) {
    const value = kappa.value === null ? "n/a (no pairing read by both)" : `${kappa.value.toFixed(2)}${kappa.interval ? ` [${kappa.interval.lower.toFixed(2)}, ${kappa.interval.upper.toFixed(2)}]` : ""} over ${kappa.n} pairings`;
    lines.push("", `agreement of ${first} and ${second} (Cohen's kappa on who won): ${value}`);
  }
  if (stored.simulated) lines.push("", "note: [simulated] targets or judges are the provider simulator, a test double: not any model's results");
  return fitLines(lines, width).join("\n") + "\n";
}
