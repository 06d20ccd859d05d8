// The run page's per-sample aggregates (core's StoredOverview), tallied task by task and target by target while a run
// is summarised, so they are stored with its summary instead of being scanned on every open. Each number is the one
// the store's sampleStats and scoreStats give on the same samples (tested on both backends).

import type { LatencyPercentiles, ScoreStats, StoredOverview, TaskTargetCounts } from "../core/run-overview.ts";
import type { ScoredSample } from "../core/task.ts";
import { percentile } from "./summarize-samples.ts";

type Tallied = ScoreStats & { graded: number };

export class OverviewTally {
  private readonly counts: TaskTargetCounts[] = [];
  private readonly errors = new Map<string, StoredOverview["errorSamples"][number]>();
  /** Per target over all its tasks: percentiles do not combine, so the values are kept until the end. */
  private readonly timings = new Map<string, { latencies: number[]; ttfts: number[] }>();
  private readonly scores = new Map<string, Tallied>();

  /** One task and target's finished samples (none: nothing to count, as the store lists no row for it). */
  add(taskId: string, targetId: string, samples: readonly ScoredSample[]): void {
    if (samples.length === 0) return;
    const c: TaskTargetCounts = { taskId, targetId, done: 0, errors: 0, fromCache: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMsMean: null };
    let latencySum = 0;
    let latencyN = 0;
    for (const sample of samples) {
      if (sample.status === "error") {
        c.errors++;
        this.errorSample(targetId, sample.errorKind ?? null);
      } else c.done++;
      c.inputTokens += sample.result?.usage.inputTokens ?? 0;
      c.outputTokens += sample.result?.usage.outputTokens ?? 0;
      c.costUsd += sample.costUsd;
      for (const score of sample.scores) this.score(taskId, targetId, score.scorer, score.value, score.label);
      if (sample.fromCache) {
        c.fromCache++;
        continue;
      }
      let t = this.timings.get(targetId);
      if (!t) this.timings.set(targetId, (t = { latencies: [], ttfts: [] }));
      if (sample.result) {
        latencySum += sample.result.latencyMs;
        latencyN++;
        t.latencies.push(sample.result.latencyMs);
        if (sample.result.timeToFirstTokenMs !== undefined) t.ttfts.push(sample.result.timeToFirstTokenMs);
      }
    }
    this.counts.push({ ...c, latencyMsMean: latencyN === 0 ? null : latencySum / latencyN });
  }

  /** In the stores' orders: by target, then task (then error kind, or scorer). */
  result(): StoredOverview {
    const percentiles = [...this.timings].map(([targetId, t]): LatencyPercentiles => ({
      targetId,
      latencyMsP50: percentile(t.latencies, 0.5) ?? null,
      latencyMsP95: percentile(t.latencies, 0.95) ?? null,
      ttftMsP50: percentile(t.ttfts, 0.5) ?? null,
    }));
    return {
      counts: [...this.counts].sort((a, b) => a.targetId.localeCompare(b.targetId) || a.taskId.localeCompare(b.taskId)),
      errorSamples: [...this.errors.values()].sort((a, b) => a.targetId.localeCompare(b.targetId) || (a.errorKind ?? "").localeCompare(b.errorKind ?? "")),
      percentiles: percentiles.sort((a, b) => a.targetId.localeCompare(b.targetId)),
      scores: [...this.scores.values()]
        .map(({ graded, ...s }) => ({ ...s, mean: s.scored === 0 ? null : s.sum / s.scored, passFail: s.scored > 0 && graded === 0 }))
        .sort((a, b) => a.targetId.localeCompare(b.targetId) || a.taskId.localeCompare(b.taskId) || a.scorer.localeCompare(b.scorer)),
    };
  }

  private errorSample(targetId: string, errorKind: string | null): void {
    const key = `${targetId}\u0000${errorKind}`;
    const e = this.errors.get(key);
    if (e) e.samples++;
    else this.errors.set(key, { targetId, errorKind, samples: 1 });
  }

  private score(taskId: string, targetId: string, scorer: string, value: number | null, label: string): void {
    const key = `${targetId}\u0000${taskId}\u0000${scorer}`;
    let s = this.scores.get(key);
    if (!s) this.scores.set(key, (s = { taskId, targetId, scorer, samples: 0, scored: 0, mean: null, sum: 0, passFail: false, labels: {}, graded: 0 }));
    s.samples++;
    s.labels[label] = (s.labels[label] ?? 0) + 1;
    if (value === null) return;
    s.scored++;
    s.sum += value;
    if (value !== 0 && value !== 1) s.graded++;
  }
}
