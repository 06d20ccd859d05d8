// A vendor's benchmark score held against a target's benchmark run: supported when the interval of the measured
// headline score (benchmark-score.ts) lies wholly at or above the score less the claim's tolerance, contradicted
// when it lies wholly below. An inconclusive verdict says how many questions (--limit) or, past the whole set, how
// many trials would likely decide it.

import type { Claim } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { BENCHMARKS } from "../families/benchmark/benchmarks.ts";
import type { BenchmarkName } from "../families/benchmark/benchmark-definition.ts";
import { samplesToDecideRate } from "../stats/samples-to-decide-rate.ts";
import { type Finding, notTested, type TargetEvidence } from "./evidence.ts";
import { describeValue, formatNumber, judgeInterval } from "./interval-verdict.ts";
import { samplesToDecideMean } from "./trials-to-decide.ts";

export function benchmarkFinding(claim: Claim, target: TargetEvidence): Finding {
  const name = claim.benchmark as BenchmarkName;
  const protocol = claim.protocol ?? { shots: 0, cot: true };
  if (protocol.shots !== 0) return notTested(`the claim's score is ${protocol.shots}-shot; realitycheck asks benchmarks 0-shot`);
  const runs = target.tasks.filter((task) => task.family === "benchmark" && task.params?.benchmark === name);
  const found = runs.flatMap((task) => {
    const metric = task.metrics.find((m) => m.name === String(task.params?.headline));
    return metric && metric.value !== null && metric.n > 0 ? [{ task, metric: { ...metric, value: metric.value } }] : [];
  });
  if (found.length === 0) return notTested(runs.length === 0 ? `no ${name} run for this target` : `${name}: no scored answers`);
  const { task, metric } = found.reduce((a, b) => (b.metric.n > a.metric.n ? b : a));
  const threshold = claim.threshold as number;
  const { status } = judgeInterval(metric, ">=", threshold, task.trials);
  const relation = status === "supported" ? "≥" : status === "contradicted" ? "<" : "straddles";
  const asked = task.params?.protocol === undefined ? "" : `; asked ${String(task.params.protocol)}`;
  const evidence = `${name} ${metric.name} ${describeValue(metric)} ${relation} ${formatNumber(threshold)} (${formatNumber(claim.score as number)} − ${formatNumber(claim.tolerance as number)} points)${asked}`;
  if (status !== "inconclusive") return { status, evidence, measured: metric };
  const more = questionsToDecide(metric, threshold, BENCHMARKS[name].knownItems);
  return { status, evidence: `${evidence}${more.text}`, measured: metric, trialsToDecide: more.trials };
}

/**
 * What would likely decide an inconclusive benchmark claim at the observed score: a larger subset (--limit N) while
 * the published set is big enough, else every question over several trials.
 */
export function questionsToDecide(measured: MetricValue & { value: number }, threshold: number, setSize: number): { text: string; trials?: number } {
  const samples = measured.interval?.method === "wilson" ? samplesToDecideRate(measured.value, threshold, ">=", measured.n) : samplesToDecideMean(measured, threshold);
  if (samples === undefined) return { text: "; no affordable number of questions would decide it at this score" };
  if (samples <= setSize) return { text: `; about ${samples} questions (--limit ${samples}) would likely decide it` };
  const trials = Math.ceil(samples / setSize);
  return { text: `; all ${setSize} questions × ${trials} trials would likely decide it`, trials };
}
