// Metric reducers for niah: accuracy and needle recall, the effective context length, accuracy per length and
// depth, how often each failure happened, and how close prompts came to their nominal size by the host's count.

import type { MetricValue } from "../../core/metric.ts";
import type { EffectiveBars, MetricReducer, ScoredSample } from "../../core/task.ts";
import { meanMetric } from "../../metrics/mean-metric.ts";
import { buildGrid, effectiveContextLength, sampleOutcome, type CellStats } from "../../metrics/niah-grid.ts";
import { rateMetric } from "../../metrics/rate-metric.ts";
import type { EffectiveLength } from "../../stats/effective-length.ts";
import { lengthLabel } from "./grid-spec.ts";
import { needleHits } from "./needles/needle-hits.ts";
import { NIAH_SCORER } from "./needles/niah-scorer.ts";

/** The failure classes reported as rates, in the order a reader wants them. */
export const FAILURE_OUTCOMES = ["rejected", "not_found", "wrong_value", "partial", "made_up", "general_knowledge", "refused", "truncated_output", "unscored"] as const;

function cellMetric(name: string, cell: CellStats): MetricValue {
  return { name, value: cell.accuracy, n: cell.asked, items: cell.items, interval: cell.interval };
}

const accuracy: MetricReducer = {
  name: "accuracy",
  reduce: (samples) => {
    const grid = buildGrid(samples, NIAH_SCORER);
    return [
      cellMetric("accuracy", grid.overall),
      ...grid.lengths.map((length, i) => cellMetric(`accuracy@${lengthLabel(length)}`, grid.byLength[i]!)),
      ...grid.depths.map((depth, i) => cellMetric(`accuracy@d${depth}`, grid.byDepth[i]!)),
    ];
  },
};

const recall: MetricReducer = {
  name: "needle_recall",
  reduce: (samples) => {
    const values = samples.flatMap((sample) => {
      const value = sample.scores.find((s) => s.scorer === NIAH_SCORER)?.value;
      return sample.status === "done" && typeof value === "number" ? [{ itemId: sample.itemId, value }] : [];
    });
    return [meanMetric("needle_recall", values)];
  },
};

/** Recall of each hidden sentence by its position (the review hid three and found none at 300K). */
const perNeedle: MetricReducer = {
  name: "needle_recall_by_position",
  reduce: (samples) => {
    const byPosition: { itemId: string; hit: boolean }[][] = [];
    for (const sample of samples) {
      const score = sample.scores.find((s) => s.scorer === NIAH_SCORER);
      const hits = sample.status === "done" && score ? needleHits(score) : undefined;
      if (!hits || hits.length < 2) continue;
      hits.forEach((hit, i) => (byPosition[i] ??= []).push({ itemId: sample.itemId, hit }));
    }
    return byPosition.map((outcomes, i) => rateMetric(`needle_recall[${i + 1}]`, outcomes));
  },
};

/**
 * The effective context length in both readings (absolute, RULER's; relative to the model's own short-context score)
 * against the task's bars, as the length up to which every length held: 0 when the shortest failed, null while it is
 * undecided.
 */
function effective(bars: EffectiveBars): MetricReducer {
  return {
    name: "effective_context_length",
    reduce: (samples) => {
      const grid = { ...buildGrid(samples, NIAH_SCORER), effective: bars };
      const value = (found: EffectiveLength | undefined) => (found === undefined ? null : found.none ? 0 : (found.atLeast ?? null));
      return [
        { name: "effective_context_length", value: value(effectiveContextLength(grid)), n: grid.overall.asked },
        { name: "effective_context_length_relative", value: value(effectiveContextLength(grid, { reading: "relative" })), n: grid.overall.asked },
      ];
    },
  };
}

const outcomes: MetricReducer = {
  name: "outcome_rates",
  reduce: (samples) => {
    const outcomes = samples.map((sample) => ({ itemId: sample.itemId, outcome: sampleOutcome(sample, NIAH_SCORER) }));
    const seen = new Set(outcomes.map((o) => o.outcome));
    return FAILURE_OUTCOMES.filter((label) => seen.has(label)).map((label) =>
      rateMetric(`rate:${label}`, outcomes.map((o) => ({ itemId: o.itemId, hit: o.outcome === label }))),
    );
  },
};

/** Mean |host prompt tokens / nominal length - 1|: how well sizing hit the grid's lengths by the host's own count. */
const sizing: MetricReducer = {
  name: "prompt_size_error",
  reduce: (samples: readonly ScoredSample[]) => {
    const errors: number[] = [];
    for (const sample of samples) {
      const reported = sample.result?.usage.inputTokens;
      const nominal = Number(sample.item.metadata.length);
      if (sample.status === "done" && reported !== undefined && nominal > 0) errors.push(Math.abs(reported / nominal - 1));
    }
    if (errors.length === 0) return [];
    return [{ name: "prompt_size_error", value: errors.reduce((a, b) => a + b, 0) / errors.length, n: errors.length }];
  },
};

/** A niah task's reducers: the effective length is read against the task's own bars. */
export function niahMetrics(bars: EffectiveBars): MetricReducer[] {
  return [accuracy, recall, perNeedle, effective(bars), outcomes, sizing];
}
