// A macro average of rates (a benchmark's mean of its subjects' or languages' accuracies) with an item-level interval:
// Wilson at the effective sample size, as item-rate-interval.ts does for one rate. The macro average weighs a sample of
// stratum s by 1 / (S · nₛ); its variance is the linearised (cluster-robust) one over clusters, where a cluster is
// whatever repeats together: an item's trials, or one problem asked in every language (MGSM), whose answers are
// correlated across strata. Unequal strata make the macro noisier than a pooled rate (a design effect above 1); a
// design effect below 1 is taken as 1, as for one rate. bench/statistics.ts shows the coverage.

import { itemRateInterval, type RateEstimate } from "./item-rate-interval.ts";
import { normalQuantile } from "./normal-quantile.ts";
import { studentTQuantile } from "./student-t.ts";
import { wilsonBounds } from "./wilson-interval.ts";

export interface StratifiedCount {
  stratum: string;
  /** Samples of one cluster are correlated (one item's trials; one problem in several languages). */
  cluster: string;
  successes: number;
  trials: number;
}

export interface StratifiedRateEstimate extends RateEstimate {
  /** Strata with at least one trial: the macro average's terms. */
  strata: number;
}

export function stratifiedRateInterval(counts: readonly StratifiedCount[], level = 0.95): StratifiedRateEstimate {
  if (!(level > 0 && level < 1)) throw new RangeError(`stratifiedRateInterval: level must be in (0, 1), got ${level}`);
  const strata = new Map<string, { successes: number; trials: number }>();
  for (const { stratum, successes, trials } of counts) {
    if (!Number.isInteger(trials) || trials < 0 || !Number.isInteger(successes) || successes < 0 || successes > trials) {
      throw new RangeError(`stratifiedRateInterval: a count needs integer 0 <= successes <= trials, got ${successes}/${trials}`);
    }
    if (trials === 0) continue;
    const total = strata.get(stratum) ?? { successes: 0, trials: 0 };
    strata.set(stratum, { successes: total.successes + successes, trials: total.trials + trials });
  }
  if (strata.size === 0) throw new RangeError("stratifiedRateInterval: no trials");
  const asked = counts.filter((count) => count.trials > 0);
  if (strata.size === 1) return { ...itemRateInterval(clusterTotals(asked).map(({ successes, trials }) => ({ successes, trials })), level), strata: 1 };
  const S = strata.size;
  const rate = (stratum: string) => {
    const total = strata.get(stratum) as { successes: number; trials: number };
    return total.successes / total.trials;
  };
  const value = [...strata.keys()].reduce((sum, stratum) => sum + rate(stratum), 0) / S;
  const residuals = new Map<string, { stratum: string; crossed: boolean; sum: number }>();
  for (const { stratum, cluster, successes, trials } of asked) {
    const residual = (successes - rate(stratum) * trials) / (S * (strata.get(stratum) as { trials: number }).trials);
    const entry = residuals.get(cluster);
    if (entry) residuals.set(cluster, { stratum, crossed: entry.crossed || entry.stratum !== stratum, sum: entry.sum + residual });
    else residuals.set(cluster, { stratum, crossed: false, sum: residual });
  }
  const k = residuals.size;
  const samples = asked.reduce((sum, count) => sum + count.trials, 0);
  const crossed = [...residuals.values()].some((entry) => entry.crossed);
  const spread = crossed
    ? { estimated: k < 2 ? 0 : (k / (k - 1)) * [...residuals.values()].reduce((sum, entry) => sum + entry.sum ** 2, 0), assumed: 0, degreesOfFreedom: k - 1 }
    : nestedSpread([...residuals.values()], strata, value);
  // A spread known from few degrees of freedom is widened by (t / z)², as item-rate-interval.ts discounts its excess.
  const tail = 1 - (1 - level) / 2;
  const widen = spread.degreesOfFreedom >= 1 ? (studentTQuantile(tail, spread.degreesOfFreedom) / normalQuantile(tail)) ** 2 : 1;
  const variance = spread.assumed + spread.estimated * widen;
  const binomial = (value * (1 - value)) / samples;
  const designEffect = binomial > 0 ? Math.max(1, variance / binomial) : 1;
  const effectiveSamples = samples / designEffect;
  return { value, samples, items: k, strata: S, effectiveSamples, designEffect, interval: wilsonBounds(value, effectiveSamples, level) };
}

/**
 * Clusters nested in strata (items and their trials): each stratum's spread from its own clusters, with the small-sample
 * factor m/(m − 1) of its m clusters, m − 1 degrees of freedom each. A stratum of one cluster shows no spread; its
 * variance is assumed binomial at the macro value.
 */
function nestedSpread(
  clusters: readonly { stratum: string; sum: number }[],
  strata: ReadonlyMap<string, { trials: number }>,
  value: number,
): { estimated: number; assumed: number; degreesOfFreedom: number } {
  const byStratum = new Map<string, number[]>();
  for (const { stratum, sum } of clusters) {
    const sums = byStratum.get(stratum);
    if (sums) sums.push(sum);
    else byStratum.set(stratum, [sum]);
  }
  const S = strata.size;
  const spread = { estimated: 0, assumed: 0, degreesOfFreedom: 0 };
  for (const [stratum, sums] of byStratum) {
    const m = sums.length;
    if (m >= 2) {
      spread.estimated += (m / (m - 1)) * sums.reduce((total, e) => total + e * e, 0);
      spread.degreesOfFreedom += m - 1;
    } else {
      spread.assumed += (value * (1 - value)) / (S * S * (strata.get(stratum) as { trials: number }).trials);
    }
  }
  return spread;
}

function clusterTotals(counts: readonly StratifiedCount[]): { successes: number; trials: number }[] {
  const totals = new Map<string, { successes: number; trials: number }>();
  for (const { cluster, successes, trials } of counts) {
    const total = totals.get(cluster) ?? { successes: 0, trials: 0 };
    totals.set(cluster, { successes: total.successes + successes, trials: total.trials + trials });
  }
  return [...totals.values()];
}
