// Aggregates a stored run into metrics per task and target (and per group), with counts, errors, tokens, cost and speed.

import { collect } from "../core/collect.ts";
import type { ErrorKind } from "../core/errors.ts";
import type { MetricValue } from "../core/metric.ts";
import { outputTokensPerSecond } from "../core/model-adapter.ts";
import type { SampleRecords } from "../core/run-store.ts";
import { guardKindOf } from "../core/stream-guard.ts";
import type { ScoredSample, Task } from "../core/task.ts";
import type { TargetSpec } from "../core/target.ts";
import { STYLE_METRICS } from "./style-metrics.ts";

export interface GroupSummary {
  key: string;
  value: string;
  samples: number;
  metrics: MetricValue[];
}

export interface TaskTargetSummary {
  taskId: string;
  family: string;
  targetId: string;
  simulated: boolean;
  expected: number;
  finished: number;
  errors: number;
  errorKinds: Partial<Record<ErrorKind, number>>;
  fromCache: number;
  metrics: MetricValue[];
  groups: GroupSummary[];
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMsP50?: number;
  latencyMsP95?: number;
  timeToFirstTokenMsP50?: number;
  outputTokensPerSecondP50?: number;
  /** Answers the stream guard stopped (degenerate loops). */
  guardStops: number;
  /** The same by kind of loop ("exact", "counter", "near"), as the guard's score records it. */
  guardStopKinds: Record<string, number>;
  /** Style and pathology of every answer (length, markdown, emoji, exclamations, slop, repetition, language). */
  style: MetricValue[];
  /** The task's adaptive sampling rule, when it samples adaptively (samples it skipped are expected - finished). */
  adaptiveRule?: string;
}

/** One task and target's samples in memory at a time. */
export async function summarizeRun(store: Pick<SampleRecords, "samples">, runId: string, tasks: readonly Task[], targets: readonly TargetSpec[], trials: number): Promise<TaskTargetSummary[]> {
  const summaries: TaskTargetSummary[] = [];
  for (const task of tasks) {
    for (const target of targets) {
      const samples: ScoredSample[] = await collect(store.samples(runId, { targetId: target.id, taskId: task.id }));
      summaries.push(summarizeSamples(task, target, samples, task.items.length * trials));
    }
  }
  return summaries;
}

export function summarizeSamples(task: Task, target: TargetSpec, samples: ScoredSample[], expected: number): TaskTargetSummary {
  const errorKinds: Partial<Record<ErrorKind, number>> = {};
  let inputTokens = 0;
  let outputTokens = 0;
  let costUsd = 0;
  let fromCache = 0;
  let guardStops = 0;
  const guardStopKinds: Record<string, number> = {};
  const latencies: number[] = [];
  const ttfts: number[] = [];
  const speeds: number[] = [];
  for (const sample of samples) {
    if (sample.status === "error" && sample.errorKind) errorKinds[sample.errorKind] = (errorKinds[sample.errorKind] ?? 0) + 1;
    if (sample.fromCache) fromCache++;
    if (sample.result?.finishReason === "guard") {
      guardStops++;
      const kind = sample.scores.map(guardKindOf).find((k) => k !== undefined);
      if (kind) guardStopKinds[kind] = (guardStopKinds[kind] ?? 0) + 1;
    }
    const result = sample.result;
    if (!result) continue;
    inputTokens += result.usage.inputTokens ?? 0;
    outputTokens += result.usage.outputTokens ?? 0;
    costUsd += sample.costUsd;
    if (sample.fromCache) continue;
    latencies.push(result.latencyMs);
    if (result.timeToFirstTokenMs !== undefined) ttfts.push(result.timeToFirstTokenMs);
    const speed = outputTokensPerSecond(result);
    if (speed !== undefined) speeds.push(speed);
  }
  const metrics = task.metrics.flatMap((metric) => metric.reduce(samples));
  const groups: GroupSummary[] = [];
  for (const key of task.groupBy) {
    const byValue = new Map<string, ScoredSample[]>();
    for (const sample of samples) {
      const value = String(sample.item.metadata[key] ?? "(none)");
      let list = byValue.get(value);
      if (!list) byValue.set(value, (list = []));
      list.push(sample);
    }
    for (const [value, group] of [...byValue.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      groups.push({ key, value, samples: group.length, metrics: task.metrics.flatMap((metric) => metric.reduce(group)) });
    }
  }
  return {
    taskId: task.id,
    family: task.family,
    targetId: target.id,
    simulated: target.simulated,
    expected,
    finished: samples.length,
    errors: samples.filter((s) => s.status === "error").length,
    errorKinds,
    fromCache,
    metrics,
    groups,
    inputTokens,
    outputTokens,
    costUsd,
    latencyMsP50: percentile(latencies, 0.5),
    latencyMsP95: percentile(latencies, 0.95),
    timeToFirstTokenMsP50: percentile(ttfts, 0.5),
    outputTokensPerSecondP50: percentile(speeds, 0.5),
    guardStops,
    guardStopKinds,
    style: STYLE_METRICS.flatMap((metric) => metric.reduce(samples)),
    adaptiveRule: task.adaptive?.rule,
  };
}

export function percentile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
