// McNemar's test at the item level, for two targets answering the same items, each item possibly several times.
// Each item reduces to dᵢ = (A's successes) − (B's successes) over its paired trials. If the two targets behave the
// same, A and B are exchangeable within every item, so each dᵢ is as likely as −dᵢ whatever the items' difficulty and
// however correlated an item's trials are: the sign-flip distribution of Σ dᵢ is the exact null. With one trial per
// item this is exactly the exact McNemar test (Σ dᵢ = b − c, discordant signs fair coins). Counting trials as
// independent pairs instead calls identical hosts different far too often when trials of an item agree.

import { normalCdf } from "./normal-cdf.ts";

export interface PairedItem {
  /** Successes of each target over the item's paired trials (the same trials on both sides). */
  a: number;
  b: number;
  trials: number;
}

export interface ItemMcNemarResult {
  /** Σ (aᵢ − bᵢ): how many more trials A passed than B, summed over items; > 0 favours A. */
  statistic: number;
  pValue: number;
  items: number;
  /** Items whose two success counts differ (the only ones the test reads). */
  discordantItems: number;
  /** "exact" enumerates the sign-flip distribution; "normal" approximates it when that would cost too much. */
  method: "exact" | "normal";
}

/** Beyond this many steps (discordant items × largest reachable sum) the normal approximation is used. */
export const EXACT_WORK_LIMIT = 20_000_000;

export function itemMcNemarTest(items: readonly PairedItem[]): ItemMcNemarResult {
  const weights: number[] = [];
  let statistic = 0;
  for (const { a, b, trials } of items) {
    for (const count of [a, b]) {
      if (!Number.isInteger(count) || count < 0 || count > trials) throw new RangeError(`itemMcNemarTest: successes must be integers in [0, ${trials}], got ${count}`);
    }
    statistic += a - b;
    if (a !== b) weights.push(Math.abs(a - b));
  }
  const base = { statistic, items: items.length, discordantItems: weights.length };
  if (weights.length === 0) return { ...base, pValue: 1, method: "exact" };
  const reach = weights.reduce((sum, w) => sum + w, 0);
  if (weights.length * reach <= EXACT_WORK_LIMIT) return { ...base, pValue: exactSignFlip(weights, Math.abs(statistic)), method: "exact" };
  // Σ sᵢwᵢ has mean 0 and variance Σ wᵢ²; steps of the statistic are even, so the continuity correction is one unit.
  const sd = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
  return { ...base, pValue: Math.min(1, 2 * normalCdf(-Math.max(0, Math.abs(statistic) - 1) / sd)), method: "normal" };
}

/** P(|Σ sᵢwᵢ| >= observed) for independent fair signs sᵢ, by convolution over the reachable sums. */
function exactSignFlip(weights: readonly number[], observed: number): number {
  const reach = weights.reduce((sum, w) => sum + w, 0);
  let current = new Float64Array(2 * reach + 1);
  let next = new Float64Array(2 * reach + 1);
  current[reach] = 1;
  let span = 0;
  for (const w of weights) {
    next.fill(0, reach - span - w, reach + span + w + 1);
    for (let x = reach - span; x <= reach + span; x++) {
      const p = current[x] as number;
      if (p === 0) continue;
      next[x - w] = (next[x - w] as number) + p / 2;
      next[x + w] = (next[x + w] as number) + p / 2;
    }
    span += w;
    [current, next] = [next, current];
  }
  let tail = 0;
  for (let x = observed; x <= reach; x++) tail += (current[reach + x] as number) + (x === 0 ? 0 : (current[reach - x] as number));
  return Math.min(1, tail);
}
