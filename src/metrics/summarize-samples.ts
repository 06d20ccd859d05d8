// Summarises one task and target's finished samples: its metrics (and per group), counts, errors, tokens, cost,
// latency and speed, style, the loop rate and, for grid tasks, the grid.

import type { ErrorKind } from "../core/errors.ts";
import { outputTokensPerSecond } from "../core/model-adapter.ts";
import { guardKindOf } from "../core/stream-guard.ts";
import type { EffectiveBars, ScoredSample, Task } from "../core/task.ts";
import type { TargetSpec } from "../core/target.ts";
import { groupSamples } from "./group-samples.ts";
import { loopRateMetric } from "./loop-rate.ts";
import { buildGrid, type NiahGrid } from "./niah-grid.ts";
import type { GroupSummary, TaskTargetSummary } from "./run-metrics.ts";
import { STYLE_METRICS } from "./style-metrics.ts";
import { taskMetrics } from "./task-metrics.ts";

export function summarizeSamples(task: Task, target: TargetSpec, samples: readonly ScoredSample[], expected: number): TaskTargetSummary {
  const errorKinds: Partial<Record<ErrorKind, number>> = {};
  let inputTokens = 0;
  let outputTokens = 0;
  let costUsd = 0;
  let fromCache = 0;
  let guardStops = 0;
  const guardStopKinds: Record<string, number> = {};
  const latencies: number[] = [];
  const speeds: TaskTargetSummary["speeds"] = { ttftMs: [], outputTokensPerSecond: [], cached: { ttftMs: 0, outputTokensPerSecond: 0 } };
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
    // A cached answer carries the timing measured live when it was first asked, never the cache lookup's: speed
    // claims read it (and how many were cached), the run's own latency percentiles do not.
    const cached = sample.fromCache ? 1 : 0;
    if (pushDefined(speeds.ttftMs, result.timeToFirstTokenMs)) speeds.cached.ttftMs += cached;
    if (pushDefined(speeds.outputTokensPerSecond, outputTokensPerSecond(result))) speeds.cached.outputTokensPerSecond += cached;
    if (sample.fromCache) continue;
    latencies.push(result.latencyMs);
  }
  const fresh = samples.filter((sample) => sample.result && !sample.fromCache).map((sample) => sample.result!);
  const reducers = taskMetrics(task);
  const groups: GroupSummary[] = task.groupBy.flatMap((key) =>
    [...groupSamples(samples, key)]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([value, group]) => ({ key, value, samples: group.length, metrics: reducers.flatMap((metric) => metric.reduce(group)) })),
  );
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
    metrics: reducers.flatMap((metric) => metric.reduce(samples)),
    groups,
    inputTokens,
    outputTokens,
    costUsd,
    latencyMsP50: percentile(latencies, 0.5),
    latencyMsP95: percentile(latencies, 0.95),
    timeToFirstTokenMsP50: percentile(fresh.flatMap((result) => (result.timeToFirstTokenMs === undefined ? [] : [result.timeToFirstTokenMs])), 0.5),
    outputTokensPerSecondP50: percentile(fresh.flatMap((result) => outputTokensPerSecond(result) ?? []), 0.5),
    guardStops,
    guardStopKinds,
    style: STYLE_METRICS.flatMap((metric) => metric.reduce(samples)),
    adaptiveRule: task.adaptive?.rule,
    loopRate: loopRateMetric.reduce(samples)[0]!,
    speeds,
    ...(task.grid && samples.length > 0 ? { grid: withBars(buildGrid(samples, task.grid.scorer), task.grid.effective) } : {}),
  };
}

/** The grid carries its task's effective-length bars, so every view of the stored summary reads the same ones. */
function withBars(grid: NiahGrid, effective: EffectiveBars | undefined): NiahGrid {
  return effective === undefined ? grid : { ...grid, effective };
}

/** True when a value was pushed. */
function pushDefined(values: number[], value: number | undefined): boolean {
  if (value === undefined) return false;
  values.push(value);
  return true;
}

/** Nearest rank: the smallest value with at least q of the values at or below it. */
export function percentile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
