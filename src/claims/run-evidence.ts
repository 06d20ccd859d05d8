// Evidence from the results database: each target's tasks in a stored run (summarised as reports do, plus the loop
// rate, raw speeds and style over all its answers) and its newest context probe.

import { z } from "zod";
import { collect } from "../core/collect.ts";
import { ConfigError } from "../core/errors.ts";
import type { MetricValue } from "../core/metric.ts";
import { outputTokensPerSecond } from "../core/model-adapter.ts";
import type { ProbeRecords, SampleRecords } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import type { ScoredSample, Task } from "../core/task.ts";
import { summarizeSamples } from "../metrics/summarize-run.ts";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { sampleStyleProfile } from "../style/sample-style-profile.ts";
import { STYLE_MEASURES } from "../style/style-measures.ts";
import type { Evidence, ProbeEvidence, TargetEvidence, TaskEvidence } from "./evidence.ts";
import { loopRateMetric } from "../metrics/loop-rate.ts";

/** What a caller has after loading a stored run (runner/load-stored-run.ts): its rebuilt tasks, targets and trials. */
export interface RunParts {
  tasks: readonly Task[];
  targets: readonly TargetSpec[];
  trials: number;
}

/** How many stored probes to look through for a target's newest: bounded so the lookup stays instant. */
const PROBES_SEARCHED = 200;

/** `probes`, when given, adds each target's newest context probe. */
export async function evidenceFromRun(store: Pick<SampleRecords, "samples">, runId: string, run: RunParts, probes?: ProbeRecords): Promise<Evidence> {
  const targets: TargetEvidence[] = [];
  for (const target of run.targets) targets.push(await targetEvidence(store, runId, run, target, probes));
  return { targets };
}

async function targetEvidence(store: Pick<SampleRecords, "samples">, runId: string, run: RunParts, target: TargetSpec, probes?: ProbeRecords): Promise<TargetEvidence> {
  const styleValues = STYLE_MEASURES.map((): number[] => []);
  const tasks: TaskEvidence[] = [];
  for (const task of run.tasks) {
    const samples: ScoredSample[] = await collect(store.samples(runId, { targetId: target.id, taskId: task.id }));
    const summary = summarizeSamples(task, target, samples, task.items.length * run.trials);
    const ttftMs: number[] = [];
    const speeds: number[] = [];
    const cachedTimings = { ttftMs: 0, outputTokensPerSecond: 0 };
    for (const sample of samples) {
      const profile = sampleStyleProfile(sample);
      if (profile) STYLE_MEASURES.forEach((measure, index) => pushDefined(styleValues[index] as number[], measure.value(profile)));
      const result = sample.result;
      if (!result) continue;
      // A cached answer carries the timing measured live when it was first asked, never the cache lookup's.
      const cached = sample.fromCache ? 1 : 0;
      if (pushDefined(ttftMs, result.timeToFirstTokenMs)) cachedTimings.ttftMs += cached;
      if (pushDefined(speeds, outputTokensPerSecond(result))) cachedTimings.outputTokensPerSecond += cached;
    }
    const metrics = [...summary.metrics, ...loopRateMetric.reduce(samples)];
    tasks.push({ taskId: task.id, family: task.family, params: task.params, trials: run.trials, metrics, style: summary.style, ttftMs, outputTokensPerSecond: speeds, cachedTimings });
  }
  const style = STYLE_MEASURES.map((measure, index) => styleMetric(measure.name, measure.kind, styleValues[index] as number[]));
  const probe = probes && (await probeEvidence(probes, target));
  return { targetId: target.id, provider: target.provider, model: target.model, simulated: target.simulated, runId, tasks, style, probe };
}

const storedProbeSchema = z.object({
  acceptedTokens: z.number(),
  rejectedAboveTokens: z.number().optional(),
  maxLocalTokens: z.number(),
  tokenRatio: z.number().optional(),
  truncation: z.object({ side: z.enum(["none", "front", "middle", "back", "unknown"]), keptTokens: z.number().optional() }),
  calls: z.number(),
});

/** The newest stored probe of this target (by id, else by provider and model), read in host tokens. */
export async function probeEvidence(probes: ProbeRecords, target: Pick<TargetSpec, "id" | "provider" | "model">): Promise<ProbeEvidence | undefined> {
  const stored = (await probes.listProbes(PROBES_SEARCHED)).find((probe) => probe.targetId === target.id || (probe.provider === target.provider && probe.model === target.model));
  if (!stored) return undefined;
  const parsed = storedProbeSchema.safeParse(stored.result);
  if (!parsed.success) throw new ConfigError(`context probe ${stored.id} was stored by an incompatible version of realitycheck`);
  const result = parsed.data;
  return {
    id: stored.id,
    acceptedTokens: result.acceptedTokens,
    rejectedAboveTokens: result.rejectedAboveTokens,
    largestAskedTokens: Math.round(result.maxLocalTokens * (result.tokenRatio ?? 1)),
    truncationSide: result.truncation.side,
    keptTokens: result.truncation.keptTokens,
    calls: result.calls,
  };
}

/** A style measure over every answer of a target, the way style metrics summarise one task's. */
function styleMetric(name: string, kind: "mean" | "rate", values: number[]): MetricValue {
  const n = values.length;
  if (n === 0) return { name, value: null, n: 0 };
  const sum = values.reduce((a, b) => a + b, 0);
  return { name, value: sum / n, n, interval: kind === "rate" ? wilsonInterval(sum, n) : bootstrapMeanInterval(values) };
}

/** True when a value was pushed. */
function pushDefined(values: number[], value: number | undefined): boolean {
  if (value === undefined) return false;
  values.push(value);
  return true;
}
