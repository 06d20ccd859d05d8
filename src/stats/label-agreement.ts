// How far a grader's labels agree with reference (human) labels on the same items: the confusion matrix, accuracy
// with a Wilson interval, and Cohen's kappa with a percentile bootstrap interval over items (cohen-kappa.ts).

import type { Interval } from "../core/metric.ts";
import { cohenKappa, cohenKappaInterval } from "./cohen-kappa.ts";
import { wilsonInterval } from "./wilson-interval.ts";

export interface LabelAgreement {
  n: number;
  /** Row and column order of the matrix: the given labels, then any others seen, in order of first appearance. */
  labels: string[];
  /** confusion[i][j]: items the reference labelled labels[i] and the grader labelled labels[j]. */
  confusion: number[][];
  accuracy: number;
  accuracyInterval: Interval;
  /** null when both raters used one and the same label throughout (nothing to agree on beyond chance). */
  kappa: number | null;
  kappaInterval?: Interval;
}

export interface LabelAgreementOptions {
  /** Labels to show first, in this order, even when absent. */
  labels?: readonly string[];
  /** Bootstrap resamples for kappa's interval (default 2000) and their seed (default fixed). */
  resamples?: number;
  seed?: number;
}

/** Agreement of `graded` with `reference`, item by item; both lists are in the same item order. */
export function labelAgreement(reference: readonly string[], graded: readonly string[], options: LabelAgreementOptions = {}): LabelAgreement {
  if (reference.length !== graded.length) throw new RangeError(`labelAgreement: ${reference.length} reference labels and ${graded.length} graded`);
  if (reference.length === 0) throw new RangeError("labelAgreement: no items");
  const labels = [...new Set([...(options.labels ?? []), ...reference, ...graded])];
  const index = new Map(labels.map((label, i) => [label, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let agreed = 0;
  reference.forEach((label, i) => {
    const row = confusion[index.get(label)!]!;
    row[index.get(graded[i]!)!]!++;
    if (label === graded[i]) agreed++;
  });
  const n = reference.length;
  const { kappa } = cohenKappa(reference, graded);
  const kappaInterval = cohenKappaInterval(reference, graded, { resamples: options.resamples, seed: options.seed });
  return { n, labels, confusion, accuracy: agreed / n, accuracyInterval: wilsonInterval(agreed, n), kappa, kappaInterval };
}

export interface LabelRate {
  value: number;
  n: number;
  interval: Interval;
}

/** Share of items whose label is one of `counted`, with a Wilson interval; undefined for no items. */
export function labelRate(labels: readonly string[], counted: readonly string[]): LabelRate | undefined {
  if (labels.length === 0) return undefined;
  const hits = labels.filter((label) => counted.includes(label)).length;
  return { value: hits / labels.length, n: labels.length, interval: wilsonInterval(hits, labels.length) };
}
