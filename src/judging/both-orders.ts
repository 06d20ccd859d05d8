// Pairwise judging in both orders: X shown first, then Y shown first. A win counts only when the judge names the same
// answer both ways; any verdict that changes with position is a tie, and counts against the judge's position consistency.

import type { MetricValue } from "../core/metric.ts";
import type { PairwiseOutcome } from "../stats/bradley-terry.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import type { PairwiseVerdict } from "./pairwise-verdict.ts";

export interface BothOrdersVerdicts {
  /** The verdict with X shown as A and Y as B; undefined when the reply was unreadable. */
  xFirst: PairwiseVerdict | undefined;
  /** The verdict with Y shown as A and X as B. */
  yFirst: PairwiseVerdict | undefined;
}

export type BothOrdersResult =
  | { status: "unscored"; missing: ("xFirst" | "yFirst")[] }
  /** positionConsistent: the judge preferred the same answer (or tied) in both orders. */
  | { status: "scored"; winner: "x" | "y" | "tie"; positionConsistent: boolean };

export function combineBothOrders(verdicts: BothOrdersVerdicts): BothOrdersResult {
  const { xFirst, yFirst } = verdicts;
  if (xFirst === undefined || yFirst === undefined) {
    return { status: "unscored", missing: [...(xFirst === undefined ? ["xFirst" as const] : []), ...(yFirst === undefined ? ["yFirst" as const] : [])] };
  }
  const first = xFirst === "A" ? "x" : xFirst === "B" ? "y" : "tie";
  const second = yFirst === "A" ? "y" : yFirst === "B" ? "x" : "tie";
  return first === second ? { status: "scored", winner: first, positionConsistent: true } : { status: "scored", winner: "tie", positionConsistent: false };
}

/** The combined verdict as a Bradley-Terry outcome between models x and y; undefined when unscored. */
export function bothOrdersOutcome(x: string, y: string, verdicts: BothOrdersVerdicts): PairwiseOutcome | undefined {
  const result = combineBothOrders(verdicts);
  if (result.status === "unscored") return undefined;
  return { a: x, b: y, winner: result.winner === "x" ? "a" : result.winner === "y" ? "b" : "tie" };
}

/**
 * Share of pairs, among those read in both orders, where swapping the answers left the judge's verdict unchanged
 * (MT-Bench found about 65% for a strong judge), with a Wilson interval. Unscored pairs are left out of n.
 */
export function positionConsistency(pairs: readonly BothOrdersVerdicts[], level = 0.95): MetricValue {
  const name = "position_consistency";
  let consistent = 0;
  let n = 0;
  for (const pair of pairs) {
    const result = combineBothOrders(pair);
    if (result.status === "unscored") continue;
    n++;
    if (result.positionConsistent) consistent++;
  }
  if (n === 0) return { name, value: null, n: 0 };
  return { name, value: consistent / n, n, interval: wilsonInterval(consistent, n, level) };
}
