// Writing metrics: each judge's mean rubric score, the panel's agreement (weighted Cohen's
// kappa over the samples both judges scored), length compliance and the failure rate (refusals and short pieces).

import type { MetricValue } from "../../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import { RUBRIC_SCORER_PREFIX } from "../../judging/rubric-judge-scorer.ts";
import { meanMetric } from "../../metrics/mean-metric.ts";
import { rateMetric } from "../../metrics/rate-metric.ts";
import { cohenKappa, cohenKappaInterval } from "../../stats/cohen-kappa.ts";
import { LENGTH_SCORER } from "./length-scorer.ts";

/** A scorer's values by sample (item and trial), each with its item. */
function valuesOf(samples: readonly ScoredSample[], scorer: string): Map<string, { itemId: string; value: number }> {
  const values = new Map<string, { itemId: string; value: number }>();
  for (const sample of samples) {
    const value = sample.scores.find((s) => s.scorer === scorer)?.value;
    if (sample.status === "done" && typeof value === "number") values.set(`${sample.itemId}#${sample.trial}`, { itemId: sample.itemId, value });
  }
  return values;
}

export function rubricMetrics(judgeIds: readonly string[]): MetricReducer {
  return {
    name: "rubric",
    reduce(samples) {
      const metrics: MetricValue[] = [];
      const byJudge = judgeIds.map((id) => valuesOf(samples, `${RUBRIC_SCORER_PREFIX}${id}`));
      const answered = samples.filter((s) => s.status === "done");
      judgeIds.forEach((id, i) => {
        const values = byJudge[i]!;
        metrics.push(meanMetric(`rubric[${id}]`, [...values.values()]));
        // Replies the judge gave that could not be read: counted and shown, never turned into a zero.
        const unread = answered.map((s) => ({ itemId: s.itemId, hit: !values.has(`${s.itemId}#${s.trial}`) }));
        if (answered.length > 0) metrics.push(rateMetric(`unscored[${id}]`, unread));
      });
      // Agreement on a 0-10 scale so close scores count as close (quadratic weights): the first two judges as
      // `judge_agreement`, and with a larger panel every pair as well.
      const [first, second] = byJudge;
      if (first && second) metrics.push(agreementMetric("judge_agreement", first, second));
      for (let i = 0; byJudge.length >= 3 && i < byJudge.length; i++) {
        for (let j = i + 1; j < byJudge.length; j++) metrics.push(agreementMetric(`judge_agreement[${judgeIds[i]}~${judgeIds[j]}]`, byJudge[i]!, byJudge[j]!));
      }
      return metrics;
    },
  };
}

function agreementMetric(name: string, first: Map<string, { value: number }>, second: Map<string, { value: number }>): MetricValue {
  const keys = [...first.keys()].filter((key) => second.has(key));
  const a = keys.map((key) => Math.round(first.get(key)!.value * 10));
  const b = keys.map((key) => Math.round(second.get(key)!.value * 10));
  const kappa = keys.length > 0 ? cohenKappa(a, b, { weights: "quadratic" }).kappa : null;
  return { name, value: kappa, n: keys.length, interval: kappa === null ? undefined : cohenKappaInterval(a, b, { weights: "quadratic", seed: 1 }) };
}

export const lengthMetrics: MetricReducer = {
  name: "length",
  reduce(samples) {
    const labels = samples.filter((s) => s.status === "done").map((s) => ({ itemId: s.itemId, label: s.scores.find((score) => score.scorer === LENGTH_SCORER)?.label }));
    if (labels.length === 0) return [{ name: "length_compliance", value: null, n: 0 }];
    return [
      rateMetric("length_compliance", labels.map(({ itemId, label }) => ({ itemId, hit: label === "correct" }))),
      rateMetric("failure_rate", labels.map(({ itemId, label }) => ({ itemId, hit: label === "refused" || label === "short" }))),
    ];
  },
};
