// Claims about a family metric, a style measure or speed, held against the tasks a target ran. A metric several
// tasks report is pooled when it is a plain rate (Wilson counts add up); otherwise the largest sample speaks.

import type { Claim } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { medianInterval, minMedianSamples, nearestRankMedian } from "../stats/median-interval.ts";
import { wilsonBounds } from "../stats/wilson-interval.ts";
import { type Finding, notTested, type TargetEvidence, type TaskEvidence } from "./evidence.ts";
import { formatNumber, judgeInterval, tooFew } from "./interval-verdict.ts";

const LISTED_METRICS = 8;

interface Picked {
  measured: MetricValue & { value: number };
  trials: number;
  note: string;
}

export function metricFinding(claim: Claim, target: TargetEvidence): Finding {
  const tasks = tasksFor(claim, target);
  if (tasks.length === 0) return notTested(claim.family ? `no ${claim.family} task in the run for this target` : "no task measured this target");
  const name = claim.metric as string;
  const picked = pickMetric(tasks, name, (task) => task.metrics);
  if (!picked) {
    if (tasks.some((task) => task.metrics.some((metric) => metric.name === name))) return notTested(`${name}: no scored samples`);
    const reported = [...new Set(tasks.flatMap((task) => task.metrics.map((metric) => metric.name)))];
    const listed = reported.slice(0, LISTED_METRICS).join(", ") + (reported.length > LISTED_METRICS ? ", ..." : "");
    return notTested(`no task reports ${name} (reported: ${listed || "none"})`);
  }
  return judged(claim, picked);
}

export function styleFinding(claim: Claim, target: TargetEvidence): Finding {
  const name = claim.metric as string;
  const whole = claim.family === undefined ? target.style.find((metric) => metric.name === name) : undefined;
  const picked =
    whole && whole.value !== null
      ? { measured: { ...whole, value: whole.value }, trials: target.tasks[0]?.trials ?? 1, note: "" }
      : pickMetric(tasksFor(claim, target), name, (task) => task.style);
  if (!picked) return notTested(`${name}: no answers to measure${claim.family ? ` in ${claim.family} tasks` : ""}`);
  return judged(claim, picked);
}

export function speedFinding(claim: Claim, target: TargetEvidence): Finding {
  const tasks = tasksFor(claim, target);
  const ttft = claim.metric === "ttft_ms";
  const values = tasks.flatMap((task) => (ttft ? task.ttftMs : task.outputTokensPerSecond));
  if (values.length === 0) {
    return notTested(ttft ? "no streamed answers, so no time to first token (speed claims need streaming)" : "no answers with a measurable output speed");
  }
  const name = `${claim.metric} p50`;
  const median = nearestRankMedian([...values].sort((a, b) => a - b));
  const trials = tasks[0]?.trials ?? 1;
  const cached = tasks.reduce((sum, task) => sum + (ttft ? (task.cachedTimings?.ttftMs ?? 0) : (task.cachedTimings?.outputTokensPerSecond ?? 0)), 0);
  const note = `; ${values.length} timings measured live${cached > 0 ? `, ${cached} of them when their answers were first asked (served from the cache since)` : ""}`;
  const interval = medianInterval(values);
  if (interval === undefined) {
    const measured = { name, value: median, n: values.length };
    const finding = tooFew(`${name} ${formatNumber(median)} (n=${values.length})`, minMedianSamples(), values.length, trials);
    return { ...finding, evidence: finding.evidence + note, measured };
  }
  return judged(claim, { measured: { name, value: median, n: values.length, interval }, trials, note });
}

function judged(claim: Claim, picked: Picked): Finding {
  const judgement = judgeInterval(picked.measured, claim.comparison, claim.threshold as number, picked.trials);
  return { ...judgement, evidence: judgement.evidence + picked.note, measured: picked.measured };
}

function tasksFor(claim: Claim, target: TargetEvidence): TaskEvidence[] {
  return claim.family === undefined ? target.tasks : target.tasks.filter((task) => task.family === claim.family);
}

function pickMetric(tasks: readonly TaskEvidence[], name: string, read: (task: TaskEvidence) => MetricValue[]): Picked | undefined {
  const found = tasks.flatMap((task) => {
    const metric = read(task).find((m) => m.name === name);
    return metric && metric.value !== null && metric.n > 0 ? [{ task, metric: { ...metric, value: metric.value } }] : [];
  });
  const first = found[0];
  if (!first) return undefined;
  if (found.length === 1) return { measured: first.metric, trials: first.task.trials, note: "" };
  const ids = found.map((f) => f.task.taskId).join(", ");
  if (found.every((f) => f.metric.interval?.method === "wilson")) {
    // Tasks ask different items: pooled, each counts at the size its own (item-level) interval is worth.
    const successes = found.reduce((sum, f) => sum + Math.round(f.metric.value * f.metric.n), 0);
    const n = found.reduce((sum, f) => sum + f.metric.n, 0);
    const effective = found.reduce((sum, f) => sum + (f.metric.interval?.effectiveSamples ?? f.metric.n), 0);
    const items = found.every((f) => f.metric.items !== undefined) ? found.reduce((sum, f) => sum + f.metric.items!, 0) : undefined;
    const bounds = wilsonBounds(successes / n, effective);
    const interval = effective < n ? { ...bounds, effectiveSamples: effective } : bounds;
    return { measured: { name, value: successes / n, n, ...(items === undefined ? {} : { items }), interval }, trials: first.task.trials, note: ` (pooled over ${ids})` };
  }
  const largest = found.reduce((a, b) => (b.metric.n > a.metric.n ? b : a));
  return { measured: largest.metric, trials: largest.task.trials, note: ` (from ${largest.task.taskId}, the largest of ${ids})` };
}
