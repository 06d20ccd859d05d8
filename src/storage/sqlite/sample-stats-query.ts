// A run's sample statistics (RunOverviewQueries.sampleStats) in one read of its sample rows: counts, tokens, cost and
// mean latency per task and target, error samples per kind, and latency percentiles per target (sorting the numbers
// here costs less than one SQL pass per percentile).

import type { Database } from "better-sqlite3";
import type { SampleStats, TaskTargetCounts } from "../../core/run-overview.ts";

type Row = [target: string, task: string, status: string, errorKind: string | null, fromCache: number, input: number | null, output: number | null, cost: number, latency: number | null, ttft: number | null];

const SQL = "SELECT target_id, task_id, status, error_kind, from_cache, input_tokens, output_tokens, cost_usd, latency_ms, ttft_ms FROM samples WHERE run_id = ?";

export function sampleStats(db: Database, runId: string): SampleStats {
  const counts = new Map<string, TaskTargetCounts & { latencySum: number; latencyN: number }>();
  const errors = new Map<string, { targetId: string; errorKind: string | null; samples: number }>();
  const timings = new Map<string, { latencies: number[]; ttfts: number[] }>();
  for (const [targetId, taskId, status, errorKind, fromCache, input, output, cost, latency, ttft] of db.prepare<[string], Row>(SQL).raw().iterate(runId)) {
    const key = `${targetId}\u0000${taskId}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { taskId, targetId, done: 0, errors: 0, fromCache: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMsMean: null, latencySum: 0, latencyN: 0 }));
    if (status === "error") {
      c.errors++;
      const errorKey = `${targetId}\u0000${errorKind}`;
      const e = errors.get(errorKey);
      if (e) e.samples++;
      else errors.set(errorKey, { targetId, errorKind, samples: 1 });
    } else c.done++;
    c.inputTokens += input ?? 0;
    c.outputTokens += output ?? 0;
    c.costUsd += cost;
    if (fromCache === 1) {
      c.fromCache++;
      continue;
    }
    let t = timings.get(targetId);
    if (!t) timings.set(targetId, (t = { latencies: [], ttfts: [] }));
    if (latency !== null) {
      c.latencySum += latency;
      c.latencyN++;
      t.latencies.push(latency);
    }
    if (ttft !== null) t.ttfts.push(ttft);
  }
  const rows = [...counts.values()].map(({ latencySum, latencyN, ...c }) => ({ ...c, latencyMsMean: latencyN === 0 ? null : latencySum / latencyN }));
  const percentiles = new Map(
    [...timings.entries()].map(([targetId, t]) => {
      const latencies = Float64Array.from(t.latencies).sort();
      return [targetId, { targetId, latencyMsP50: at(latencies, 0.5), latencyMsP95: at(latencies, 0.95), ttftMsP50: at(Float64Array.from(t.ttfts).sort(), 0.5) }];
    }),
  );
  return {
    counts: rows.sort((a, b) => a.targetId.localeCompare(b.targetId) || a.taskId.localeCompare(b.taskId)),
    errorSamples: [...errors.values()],
    percentiles,
  };
}

function at(sorted: Float64Array, q: number): number | null {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
