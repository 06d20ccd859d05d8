// Interval for the difference of two proportions measured on the same pairs (left vs right side of a mirror pair):
// Newcombe's hybrid score method for paired data, built from each side's Wilson interval (Newcombe 1998, method 10).
// Unlike a bootstrap it stays honest when every pair agrees, and unlike an unpaired interval it credits the pairing.

import type { Interval } from "../core/metric.ts";
import { wilsonInterval } from "./wilson-interval.ts";

export interface PairedCounts {
  /** Pairs where both sides had the outcome. */
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
}

/** Interval for p(first) − p(second); method "wilson" because it is assembled from Wilson intervals. */
export function pairedDifferenceInterval(counts: PairedCounts, level = 0.95): Interval {
  const { both: a, firstOnly: b, secondOnly: c, neither: d } = counts;
  const n = a + b + c + d;
  if (n === 0) return { lower: -1, upper: 1, level, method: "wilson" };
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const first = wilsonInterval(a + b, n, level);
  const second = wilsonInterval(a + c, n, level);
  const phi = correlation(a, b, c, d);
  const difference = p1 - p2;
  const lowerSpread = Math.sqrt(Math.max(0, (p1 - first.lower) ** 2 - 2 * phi * (p1 - first.lower) * (second.upper - p2) + (second.upper - p2) ** 2));
  const upperSpread = Math.sqrt(Math.max(0, (first.upper - p1) ** 2 - 2 * phi * (first.upper - p1) * (p2 - second.lower) + (p2 - second.lower) ** 2));
  return { lower: Math.max(-1, difference - lowerSpread), upper: Math.min(1, difference + upperSpread), level, method: "wilson" };
}

/** The phi coefficient of the 2×2 table, with Newcombe's continuity correction on a positive association. */
function correlation(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const product = (a + b) * (c + d) * (a + c) * (b + d);
  if (product === 0) return 0;
  let association = a * d - b * c;
  if (association > 0) association = Math.max(association - n / 2, 0);
  return association / Math.sqrt(product);
}
