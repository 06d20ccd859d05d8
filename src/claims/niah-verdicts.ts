// Long-context claims against niah results: retrieval accuracy at a length, and the effective context length, both
// read from the per-length accuracies (with their Wilson intervals) a niah task reports as `accuracy@<length>`.

import type { Claim } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { EFFECTIVE_SHARE, effectiveContextLength, emptyCell, type CellStats } from "../families/niah/niah-grid.ts";
import { formatTokens, parseTokenCount } from "./claim-values.ts";
import { type Finding, notTested, type TargetEvidence, type TaskEvidence } from "./evidence.ts";
import { describeValue, formatNumber, judgeInterval } from "./interval-verdict.ts";
import { samplesToDecideRate } from "../stats/samples-to-decide-rate.ts";
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

export function effectiveContextFinding(claim: Claim, target: TargetEvidence): Finding {
  const claimed = claim.threshold as number;
  const candidates = niahTasks(target).map((task) => ({ task, cells: lengthAccuracies(task) })).filter((c) => c.cells.length > 0);
  if (candidates.length === 0) return notTested("no niah result for this target");
  // The sweep that reached furthest says most about a window.
  const { task, cells } = candidates.reduce((a, b) => (longest(b.cells) > longest(a.cells) ? b : a));
  const byLength = cells.map((cell) => toCell(cell.metric));
  const found = effectiveContextLength({ lengths: cells.map((cell) => cell.length), byLength });
  const n = cells.reduce((sum, cell) => sum + cell.metric.n, 0);
  const measured: MetricValue = { name: "effective_context_length", value: found.tokens ?? null, n };
  const shortest = cells[0] as LengthAccuracy;
  if (found.baseline === null) return notTested("niah scored no retrieval for this target");
  if (found.baseline === 0) {
    return { status: "contradicted", measured, evidence: `retrieval failed even at ${formatTokens(shortest.length)}: ${describeValue(shortest.metric)}` };
  }
  const bar = found.threshold as number;
  const barText = `${formatNumber(bar)} (${Math.round(EFFECTIVE_SHARE * 100)}% of ${formatNumber(found.baseline)} at ${formatTokens(shortest.length)})`;
  // Every length up to the claim must keep retrieval: one whose whole interval is under the bar contradicts it.
  const upToClaim = cells.filter((cell) => cell.length <= claimed * (1 + NEAR_LENGTH));
  const failed = upToClaim.find((cell) => (cell.metric.interval?.upper ?? 1) < bar);
  if (failed) {
    return { status: "contradicted", measured, evidence: `${accuracyAt(failed)} < ${barText}, below claimed ${formatTokens(claimed)}` };
  }
  const holds = found.tokens === undefined ? "no length cleared the bar yet" : `retrieval holds to ${formatTokens(found.tokens)}`;
  if (found.tokens !== undefined && found.tokens >= claimed * (1 - NEAR_LENGTH)) {
    return { status: "supported", measured, evidence: `${holds} ≥ claimed ${formatTokens(claimed)}: every length's lower bound ≥ ${barText}` };
  }
  const pending = upToClaim.filter((cell) => (cell.metric.interval?.lower ?? 0) < bar);
  const first = pending[0];
  if (!first) {
    return { status: "inconclusive", measured, evidence: `${holds}, but no length near claimed ${formatTokens(claimed)} was tested` };
  }
  return { status: "inconclusive", measured, evidence: `${holds}; ${accuracyAt(first)} straddles ${barText}`, trialsToDecide: trialsToDecide(pending, bar, task.trials) };
}

/**
 * Trials per cell that would likely decide the pending lengths: the fewest that would show one under the bar when
 * any lies under it, else the most that every one needs to clear it.
 */
function trialsToDecide(pending: LengthAccuracy[], bar: number, runTrials: number): number | undefined {
  const trialsFor = (cell: LengthAccuracy) => {
    const samples = samplesToDecideRate(cell.metric.value, bar, ">=", cell.metric.n);
    return samples === undefined ? undefined : trialsPerCell(samples, cell.metric.n, runTrials);
  };
  const under = pending.filter((cell) => cell.metric.value < bar);
  if (under.length > 0) {
    const known = under.map(trialsFor).filter((trials) => trials !== undefined);
    return known.length > 0 ? Math.min(...known) : undefined;
  }
  const needed = pending.map(trialsFor);
  return needed.every((trials) => trials !== undefined) ? Math.max(...(needed as number[])) : undefined;
}

function accuracyAt(cell: LengthAccuracy): string {
  return `accuracy@${formatTokens(cell.length)} ${describeValue(cell.metric)}`;
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

/** A grid cell rebuilt from its metric: what effectiveContextLength reads (accuracy and interval). */
function toCell(metric: MetricValue & { value: number }): CellStats {
  const correct = Math.round(metric.value * metric.n);
  return { ...emptyCell(), samples: metric.n, asked: metric.n, answered: metric.n, correct, accuracy: metric.value, interval: metric.interval };
}
