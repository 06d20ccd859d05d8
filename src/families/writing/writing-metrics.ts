// Writing metrics: each judge's mean rubric score (bootstrap interval), the panel's agreement (weighted Cohen's
// kappa over the samples both judges scored), length compliance and the failure rate (refusals and short pieces).

import type { MetricValue } from "../../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import { RUBRIC_SCORER_PREFIX } from "../../judging/rubric-judge-scorer.ts";
import { bootstrapMeanInterval } from "../../stats/bootstrap-interval.ts";
import { cohenKappa, cohenKappaInterval } from "../../stats/cohen-kappa.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";
import { LENGTH_SCORER } from "./length-scorer.ts";

function valuesOf(samples: readonly ScoredSample[], scorer: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const sample of samples) {
    const value = sample.scores.find((s) => s.scorer === scorer)?.value;
    if (sample.status === "done" && typeof value === "number") values.set(`${sample.itemId}#${sample.trial}`, value);
  }
  return values;
}

export function rubricMetrics(judgeIds: readonly string[]): MetricReducer {
  return {
    name: "rubric",
    reduce(samples) {
      const metrics: MetricValue[] = [];
      const byJudge = judgeIds.map((id) => valuesOf(samples, `${RUBRIC_SCORER_PREFIX}${id}`));
      const answered = samples.filter((s) => s.status === "done").length;
      judgeIds.forEach((id, i) => {
        const values = [...byJudge[i]!.values()];
        metrics.push(values.length === 0 ? { name: `rubric[${id}]`, value: null, n: 0 } : { name: `rubric[${id}]`, value: mean(values), n: values.length, interval: bootstrapMeanInterval(values) });
        // Replies the judge gave that could not be read: counted and shown, never turned into a zero.
        const unread = answered - values.length;
        if (answered > 0) metrics.push({ name: `unscored[${id}]`, value: unread / answered, n: answered, interval: wilsonInterval(unread, answered) });
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

function agreementMetric(name: string, first: Map<string, number>, second: Map<string, number>): MetricValue {
  const keys = [...first.keys()].filter((key) => second.has(key));
  const a = keys.map((key) => Math.round(first.get(key)! * 10));
  const b = keys.map((key) => Math.round(second.get(key)! * 10));
  const kappa = keys.length > 0 ? cohenKappa(a, b, { weights: "quadratic" }).kappa : null;
  return { name, value: kappa, n: keys.length, interval: kappa === null ? undefined : cohenKappaInterval(a, b, { weights: "quadratic", seed: 1 }) };
}

export const lengthMetrics: MetricReducer = {
  name: "length",
  reduce(samples) {
    const labels = samples.filter((s) => s.status === "done").map((s) => s.scores.find((score) => score.scorer === LENGTH_SCORER)?.label);
    const n = labels.length;
    if (n === 0) return [{ name: "length_compliance", value: null, n: 0 }];
    const complied = labels.filter((label) => label === "correct").length;
    const failed = labels.filter((label) => label === "refused" || label === "short").length;
    return [
      { name: "length_compliance", value: complied / n, n, interval: wilsonInterval(complied, n) },
      { name: "failure_rate", value: failed / n, n, interval: wilsonInterval(failed, n) },
    ];
  },
};

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
