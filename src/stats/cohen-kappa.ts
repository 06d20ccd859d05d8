// Cohen's kappa: how far two raters (two judges of a panel) agree beyond what their label frequencies alone would
// give. Weighted kappa credits near misses on ordinal scores; a seeded bootstrap over items gives its interval.

import type { Interval } from "../core/metric.ts";
import { seededRandom } from "../core/random.ts";
import { percentileOfSorted } from "./percentile.ts";

export type RatingLabel = string | number;

/** "none": any disagreement counts fully. "linear" / "quadratic": disagreement grows with |x − y| or (x − y)² of numeric scores. */
export type KappaWeights = "none" | "linear" | "quadratic";

export interface KappaOptions {
  weights?: KappaWeights;
}

export interface KappaResult {
  /**
   * (po − pe) / (1 − pe); 1 for perfect agreement, 0 for chance level, negative below it. null when pe = 1: both raters
   * gave every item one and the same label, so there is no variation to agree on beyond chance (po is then 1 and says
   * so). When only one rater is constant, kappa is 0: its labels carry no information about the other's.
   */
  kappa: number | null;
  /** Share of items agreed on (weighted kappa: 1 − mean disagreement / largest possible disagreement). */
  observedAgreement: number;
  /** The same share expected if the raters labelled independently with their own frequencies. */
  expectedAgreement: number;
  n: number;
}

export interface KappaIntervalOptions extends KappaOptions {
  /** Resamples drawn (default 2000). */
  resamples?: number;
  /** RNG seed (default fixed), so reports reproduce exactly. */
  seed?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

const DEFAULT_SEED = 0x5eed;

export function cohenKappa(first: readonly RatingLabel[], second: readonly RatingLabel[], options: KappaOptions = {}): KappaResult {
  const table = tableOf(first, second, options.weights ?? "none");
  const all = Array.from({ length: first.length }, (_, i) => i);
  return kappaOf(table, all);
}

/**
 * Percentile bootstrap interval for kappa, resampling items (default 2000 resamples, fixed seed). Undefined when kappa
 * itself is undefined; resamples where it is undefined (every drawn item got one shared label) are left out.
 */
export function cohenKappaInterval(first: readonly RatingLabel[], second: readonly RatingLabel[], options: KappaIntervalOptions = {}): Interval | undefined {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`cohenKappaInterval: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`cohenKappaInterval: level must be in (0, 1), got ${level}`);
  const table = tableOf(first, second, options.weights ?? "none");
  const n = first.length;
  if (kappaOf(table, Array.from({ length: n }, (_, i) => i)).kappa === null) return undefined;
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const kappas: number[] = [];
  const drawn = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) drawn[i] = Math.floor(random() * n);
    const { kappa } = kappaOf(table, drawn);
    if (kappa !== null) kappas.push(kappa);
  }
  const sorted = Float64Array.from(kappas).sort();
  const tail = (1 - level) / 2;
  return { lower: percentileOfSorted(sorted, tail), upper: percentileOfSorted(sorted, 1 - tail), level, method: "bootstrap" };
}

/** Labels as category indices, with the pairwise disagreement between categories scaled to at most 1. */
interface LabelTable {
  categories: number;
  first: number[];
  second: number[];
  disagreement: Float64Array[];
}

function tableOf(first: readonly RatingLabel[], second: readonly RatingLabel[], weights: KappaWeights): LabelTable {
  if (first.length !== second.length) throw new RangeError(`cohenKappa: the raters labelled ${first.length} and ${second.length} items`);
  if (first.length === 0) throw new RangeError("cohenKappa: no items");
  const labels = [...new Set([...first, ...second])];
  if (weights !== "none" && !labels.every((label) => typeof label === "number" && Number.isFinite(label))) {
    throw new RangeError(`cohenKappa: ${weights} weights need numeric scores`);
  }
  const index = new Map(labels.map((label, i) => [label, i]));
  const power = weights === "quadratic" ? 2 : 1;
  const distance = (x: RatingLabel, y: RatingLabel) => (weights === "none" ? (x === y ? 0 : 1) : Math.abs((x as number) - (y as number)) ** power);
  const largest = Math.max(...labels.flatMap((x) => labels.map((y) => distance(x, y))));
  const disagreement = labels.map((x) => Float64Array.from(labels, (y) => (largest === 0 ? 0 : distance(x, y) / largest)));
  return {
    categories: labels.length,
    first: first.map((label) => index.get(label) as number),
    second: second.map((label) => index.get(label) as number),
    disagreement,
  };
}

/** Kappa over the items at `rows` (repeats allowed, which is how the bootstrap resamples). */
function kappaOf(table: LabelTable, rows: readonly number[]): KappaResult {
  const k = table.categories;
  const n = rows.length;
  const firstCounts = new Float64Array(k);
  const secondCounts = new Float64Array(k);
  let observed = 0;
  for (const row of rows) {
    const x = table.first[row] as number;
    const y = table.second[row] as number;
    firstCounts[x] = (firstCounts[x] as number) + 1;
    secondCounts[y] = (secondCounts[y] as number) + 1;
    observed += (table.disagreement[x] as Float64Array)[y] as number;
  }
  let expected = 0;
  for (let x = 0; x < k; x++) {
    const line = table.disagreement[x] as Float64Array;
    for (let y = 0; y < k; y++) expected += (firstCounts[x] as number) * (secondCounts[y] as number) * (line[y] as number);
  }
  observed /= n;
  expected /= n * n;
  // Expected disagreement is 0 only when both raters used a single shared label throughout: kappa is 0/0 there.
  const kappa = expected === 0 ? null : 1 - observed / expected;
  return { kappa, observedAgreement: 1 - observed, expectedAgreement: 1 - expected, n };
}
