// What verdicts are decided from, whatever stored it: per target, the metrics of every task it ran and its newest
// context probe. evidence-from-metrics.ts builds it from a run's summary (gathered by runner/run-evidence.ts); tests
// and other callers may build it by hand.

import type { ClaimSubject, VerdictStatus } from "../core/claim.ts";
import type { Metadata } from "../core/item.ts";
import type { MetricValue } from "../core/metric.ts";
import type { TruncationSide } from "../probes/context/silent-truncation.ts";

export interface TaskEvidence {
  taskId: string;
  family: string;
  /** The task's params as stored (a benchmark's name, dataset commit and protocol). */
  params?: Metadata;
  /** The run's trials per item: turns a sample count into the trials per cell that would decide a claim. */
  trials: number;
  /** The family's metrics, plus loop_rate (answers stopped by the loop guard or ending in a repeating tail). */
  metrics: MetricValue[];
  /** Style and pathology of this task's answers. */
  style: MetricValue[];
  /**
   * Per answer, timings measured live: time to first token in ms (streamed answers only) and output speed. An answer
   * served from the cache keeps the timing measured when it was first asked; `cachedTimings` counts those.
   */
  ttftMs: number[];
  outputTokensPerSecond: number[];
  /** How many of the timings above belong to cached answers (measured when first asked, in an earlier run). */
  cachedTimings?: { ttftMs: number; outputTokensPerSecond: number };
}

/** What probe-context found for the target (probes/context ContextProbeResult, in host tokens). */
export interface ProbeEvidence {
  id: string;
  acceptedTokens: number;
  /** The smallest prompt rejected; undefined when none was, so acceptedTokens is a lower bound. */
  rejectedAboveTokens?: number;
  /** The largest prompt the probe was allowed to ask. */
  largestAskedTokens: number;
  truncationSide: TruncationSide;
  /** The largest prompt kept whole, when the host was found cutting longer ones silently. */
  keptTokens?: number;
  calls: number;
}

export interface TargetEvidence {
  targetId: string;
  provider: string;
  model: string;
  /** True for the provider simulator: its verdicts show the tool, never a model. */
  simulated: boolean;
  /** The run the task measurements come from. */
  runId?: string;
  tasks: TaskEvidence[];
  /** Style over every answer of the target, for style claims that name no family. */
  style: MetricValue[];
  probe?: ProbeEvidence;
}

export interface Evidence {
  targets: TargetEvidence[];
}

/**
 * A claim is about a target when its model names the target's model id or target id, ignoring case and punctuation
 * ("Llama 4 Scout" and "llama-4-scout" both name meta-llama/Llama-4-Scout-17B-16E-Instruct), and its host, when given,
 * is the target's provider.
 */
export function matchesSubject(subject: ClaimSubject, target: Pick<TargetEvidence, "targetId" | "provider" | "model">): boolean {
  const wanted = squash(subject.model);
  if (wanted === "" || !(squash(target.model).includes(wanted) || squash(target.targetId).includes(wanted))) return false;
  return subject.host === undefined || subject.host.toLowerCase() === target.provider.toLowerCase();
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** What one decider concludes for one claim and target; verdict.ts adds the claim, target and simulated flag. */
export interface Finding {
  status: VerdictStatus;
  evidence: string;
  measured?: MetricValue;
  trialsToDecide?: number;
  /** The run or probe the measurement came from, when not the target's run. */
  source?: string;
}

export function notTested(reason: string): Finding {
  return { status: "not-tested", evidence: reason };
}
