// Long-context claims against niah results: retrieval accuracy at a length, and the effective context length, both
// read from the per-length accuracies (with their intervals) a niah task reports as `accuracy@<length>`.

import type { Claim } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { DEFAULT_EFFECTIVE_THRESHOLD, describeEffectiveLength, effectiveLength, type LengthReading } from "../stats/effective-length.ts";
import type { RateEstimate } from "../stats/item-rate-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { formatTokens, parseTokenCount } from "./claim-values.ts";
import { type Finding, notTested, type TargetEvidence, type TaskEvidence } from "./evidence.ts";
import { describeValue, formatNumber, judgeInterval } from "./interval-verdict.ts";
import { trialsPerCell } from "./trials-to-decide.ts";

/** A tested length this close to the claimed one stands for it (128ki for 128k, a calibrated 1.02M for 1M). */
const NEAR_LENGTH = 0.03;
const ACCURACY_AT = "accuracy@";

interface LengthAccuracy {
  length: number;
  metric: MetricValue & { value: number };
}

export function retrievalFinding(claim: Claim, target: TargetEvidence): Finding {
  const claimedLength = claim.length as number;
  const tasks = niahTasks(target);
  if (tasks.length === 0) return notTested("no niah task in the run for this target");
  let best: { task: TaskEvidence; cell: LengthAccuracy } | undefined;
  for (const task of tasks) {
    const cell = nearest(lengthAccuracies(task), claimedLength);
    if (cell && (!best || cell.metric.n > best.cell.metric.n)) best = { task, cell };
  }
  if (!best) {
    const tested = [...new Set(tasks.flatMap((task) => lengthAccuracies(task).map((cell) => formatTokens(cell.length))))];
    return notTested(`niah did not test ${formatTokens(claimedLength)} tokens (tested: ${tested.join(", ") || "none"})`);
  }
  const judgement = judgeInterval(best.cell.metric, ">=", claim.threshold as number, best.task.trials);
  const near = best.cell.length === claimedLength ? "" : ` (nearest tested length to ${formatTokens(claimedLength)})`;
  return { ...judgement, evidence: `${judgement.evidence}${near}`, measured: best.cell.metric };
}

/**
 * The effective-context claim in the absolute reading (RULER's: every length up to the claimed one has accuracy at
 * least 0.85, read as not rising with length, lengths that do not decidedly fall pooled): supported once every length
 * up to the claim held, contradicted once one of them failed, otherwise inconclusive with the trials per cell that
 * would decide the undecided ones.
 */
export function effectiveContextFinding(claim: Claim, target: TargetEvidence): Finding {
  const claimed = claim.threshold as number;
  const candidates = niahTasks(target).map((task) => ({ task, cells: lengthAccuracies(task) })).filter((c) => c.cells.length > 0);
  if (candidates.length === 0) return notTested("no niah result for this target");
  // The sweep that reached furthest says most about a window.
  const { task, cells } = candidates.reduce((a, b) => (longest(b.cells) > longest(a.cells) ? b : a));
  // The claim's own bar, not the run's --effective-threshold: a claim states what it tests, whatever the run read.
  const found = effectiveLength(cells.map((cell) => ({ length: cell.length, accuracy: estimateOf(cell.metric) })), { reading: "absolute", threshold: DEFAULT_EFFECTIVE_THRESHOLD });
  const n = cells.reduce((sum, cell) => sum + cell.metric.n, 0);
  const measured: MetricValue = { name: "effective_context_length", value: found.atLeast ?? null, n };
  const reading = `${describeEffectiveLength(found, formatTokens)} (absolute reading, RULER's: every length's accuracy ≥ ${formatNumber(found.bar)}, pooled where it does not fall)`;
  const failed = found.lengths.find((entry) => entry.status === "failed");
  if (found.none || (found.atMost !== undefined && found.atMost < claimed * (1 - NEAR_LENGTH))) {
    return { status: "contradicted", measured, evidence: `effective context ${reading} < claimed ${formatTokens(claimed)}: ${failed ? accuracyOf(failed, cells) : "a length"} is below the bar` };
  }
  if (found.atLeast !== undefined && found.atLeast >= claimed * (1 - NEAR_LENGTH)) {
    return { status: "supported", measured, evidence: `effective context ${reading} ≥ claimed ${formatTokens(claimed)}` };
  }
  const pending = found.lengths.filter((entry) => entry.status === "undecided" && entry.length <= claimed * (1 + NEAR_LENGTH));
  if (pending.length === 0) return { status: "inconclusive", measured, evidence: `effective context ${reading}, but no length near claimed ${formatTokens(claimed)} was tested` };
  const first = cells.find((cell) => cell.length === pending[0]?.length) as LengthAccuracy;
  const needs = pending.map((entry) => entry.samplesToDecide);
  const samples = needs.every((need) => need !== undefined) ? Math.max(...(needs as number[])) : undefined;
  const evidence = `effective context ${reading}; ${accuracyOf(pending[0]!, cells)} straddles ${formatNumber(found.bar)}`;
  return { status: "inconclusive", measured, evidence, trialsToDecide: samples === undefined ? undefined : trialsPerCell(samples, first.metric.n, task.trials) };
}

/** What decided a length: its own accuracy, or its block's when the fit pooled it with others. */
function accuracyOf(entry: LengthReading, cells: readonly LengthAccuracy[]): string {
  const { lengths, value, interval } = entry.pooled;
  const cell = cells.find((candidate) => candidate.length === entry.length);
  if (lengths.length === 1 && cell) return `accuracy@${formatTokens(cell.length)} ${describeValue(cell.metric)}`;
  const span = `${formatTokens(lengths[0]!)}-${formatTokens(lengths.at(-1)!)}`;
  return `accuracy over ${span} pooled ${formatNumber(value)} [${formatNumber(interval.lower)}, ${formatNumber(interval.upper)}]`;
}

function niahTasks(target: TargetEvidence): TaskEvidence[] {
  return target.tasks.filter((task) => task.family === "niah");
}

/** The per-length accuracies, shortest first (`accuracy@d50` and kin are per depth and left out). */
function lengthAccuracies(task: TaskEvidence): LengthAccuracy[] {
  const cells: LengthAccuracy[] = [];
  for (const metric of task.metrics) {
    if (!metric.name.startsWith(ACCURACY_AT) || metric.value === null) continue;
    const parsed = parseTokenCount(metric.name.slice(ACCURACY_AT.length));
    if (parsed.ok) cells.push({ length: parsed.value, metric: { ...metric, value: metric.value } });
  }
  return cells.sort((a, b) => a.length - b.length);
}

function nearest(cells: LengthAccuracy[], length: number): LengthAccuracy | undefined {
  const distance = (cell: LengthAccuracy) => Math.abs(cell.length - length) / length;
  const closest = cells.reduce<LengthAccuracy | undefined>((best, cell) => (!best || distance(cell) < distance(best) ? cell : best), undefined);
  return closest && distance(closest) <= NEAR_LENGTH ? closest : undefined;
}

function longest(cells: LengthAccuracy[]): number {
  return cells.at(-1)?.length ?? 0;
}

/** A length's accuracy as the effective-length rule reads it, from its metric's own (item-level) interval. */
function estimateOf(metric: MetricValue & { value: number }): RateEstimate {
  const interval = metric.interval ?? wilsonInterval(Math.round(metric.value * metric.n), metric.n);
  const effectiveSamples = interval.effectiveSamples ?? metric.n;
  return { value: metric.value, samples: metric.n, items: metric.items ?? metric.n, effectiveSamples, designEffect: metric.n / effectiveSamples, interval };
}
