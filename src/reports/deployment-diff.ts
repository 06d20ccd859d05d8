// The same model on two hosts (or in two runs), compared on identical samples: answers (McNemar on the paired
// pass/fail outcomes, answer agreement), errors and refusals (paired differences), and style (emoji, markdown,
// exclamations, slop, repetition: bootstrap differences). Ends
// with a plain statement of whether the two behave like different models.

import type { Interval } from "../core/metric.ts";
import { sampleKeyString } from "../core/sample.ts";
import type { ScoredSample } from "../core/task.ts";
import { refusalLabel } from "../scorers/refusal-label.ts";
import { mcnemarTest, type McNemarResult } from "../stats/mcnemar.ts";
import { pairedDifferenceInterval } from "../stats/paired-difference-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { sampleStyleProfile } from "../style/sample-style-profile.ts";
import { styleDelta, type StyleDeltaRow } from "../style/style-delta.ts";
import type { StyleProfile } from "../style/style-profile.ts";

export interface RateComparison {
  a: number;
  b: number;
  /** a − b over the pairs, with Newcombe's paired interval. */
  difference: number;
  interval: Interval;
  /** The interval excludes 0. */
  differs: boolean;
}

export interface TaskDiff {
  taskId: string;
  /** Samples answered (or failed) on both sides: same item, same trial. */
  pairs: number;
  /** Pass/fail on pairs both sides answered and were scored correct or incorrect; absent for tasks without them. */
  accuracy?: RateComparison & { mcnemar: McNemarResult; scoredPairs: number };
  /** Share of answered pairs given the same label and answer by the task's first scorer. */
  agreement?: { rate: number; n: number; interval: Interval };
  errors: RateComparison;
  refusals: RateComparison;
  /** Style measures, B − A, with bootstrap intervals over each side's answered samples. */
  style: StyleDeltaRow[];
}

export interface DeploymentDiff {
  tasks: TaskDiff[];
  /** Why the two behave like different models; empty when nothing measured tells them apart. */
  differences: string[];
}

/** A difference this unlikely under "same model" is reported as one. */
export const DIFFERENCE_P_VALUE = 0.01;

export function diffTask(taskId: string, a: readonly ScoredSample[], b: readonly ScoredSample[]): TaskDiff {
  const byKey = new Map(b.map((sample) => [pairKey(sample), sample]));
  const pairs: [ScoredSample, ScoredSample][] = [];
  for (const sample of a) {
    const other = byKey.get(pairKey(sample));
    if (other) pairs.push([sample, other]);
  }
  const scored = pairs.filter(([x, y]) => passOf(x) !== undefined && passOf(y) !== undefined);
  const answered = pairs.filter(([x, y]) => x.status === "done" && y.status === "done");
  const agreed = answered.filter(([x, y]) => verdictOf(x) === verdictOf(y)).length;
  return {
    taskId,
    pairs: pairs.length,
    accuracy: scored.length === 0 ? undefined : accuracyComparison(scored),
    agreement: answered.length === 0 ? undefined : { rate: agreed / answered.length, n: answered.length, interval: wilsonInterval(agreed, answered.length) },
    errors: compareRates(pairs, (s) => s.status === "error"),
    refusals: compareRates(answered, (s) => refusalLabel(s.result?.text ?? "").label === "refused"),
    style: styleDelta(profilesOf(a), profilesOf(b)),
  };
}

function profilesOf(samples: readonly ScoredSample[]): StyleProfile[] {
  return samples.map(sampleStyleProfile).filter((profile): profile is StyleProfile => profile !== undefined);
}

export function summarizeDifferences(tasks: readonly TaskDiff[], extra: readonly string[] = []): DeploymentDiff {
  const differences: string[] = [];
  for (const task of tasks) {
    const accuracy = task.accuracy;
    if (accuracy && accuracy.mcnemar.pValue < DIFFERENCE_P_VALUE) {
      differences.push(`${task.taskId}: accuracy ${pct(accuracy.a)} vs ${pct(accuracy.b)} on the same ${accuracy.scoredPairs} samples (McNemar p = ${accuracy.mcnemar.pValue.toPrecision(2)})`);
    }
    if (task.errors.differs) differences.push(`${task.taskId}: error rate ${pct(task.errors.a)} vs ${pct(task.errors.b)}`);
    if (task.refusals.differs) differences.push(`${task.taskId}: refusal rate ${pct(task.refusals.a)} vs ${pct(task.refusals.b)}`);
    for (const row of task.style) {
      if (row.differs) differences.push(`${task.taskId}: ${row.name} ${num(row.meanA)} vs ${num(row.meanB)}`);
    }
  }
  return { tasks: [...tasks], differences: [...differences, ...extra] };
}

function accuracyComparison(pairs: [ScoredSample, ScoredSample][]): RateComparison & { mcnemar: McNemarResult; scoredPairs: number } {
  const rates = compareRates(pairs, (sample) => passOf(sample) === true);
  let aOnly = 0;
  let bOnly = 0;
  for (const [x, y] of pairs) {
    if (passOf(x) && !passOf(y)) aOnly++;
    if (!passOf(x) && passOf(y)) bOnly++;
  }
  return { ...rates, mcnemar: mcnemarTest(aOnly, bOnly), scoredPairs: pairs.length };
}

function compareRates(pairs: readonly [ScoredSample, ScoredSample][], has: (sample: ScoredSample) => boolean): RateComparison {
  const counts = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
  for (const [x, y] of pairs) {
    const first = has(x);
    const second = has(y);
    if (first && second) counts.both++;
    else if (first) counts.firstOnly++;
    else if (second) counts.secondOnly++;
    else counts.neither++;
  }
  const n = pairs.length;
  const a = n === 0 ? 0 : (counts.both + counts.firstOnly) / n;
  const b = n === 0 ? 0 : (counts.both + counts.secondOnly) / n;
  const interval = pairedDifferenceInterval(counts);
  return { a, b, difference: a - b, interval, differs: n > 0 && (interval.lower > 0 || interval.upper < 0) };
}

/**
 * Pass/fail by the first scorer: "correct" passes, any other label scored 0 fails (wrong value, not found, recited...).
 * Undefined for errors, unscored samples and the refusal labels, which grade behaviour rather than correctness.
 */
function passOf(sample: ScoredSample): boolean | undefined {
  if (sample.status !== "done") return undefined;
  const score = sample.scores[0];
  if (!score || REFUSAL_LABELS.has(score.label)) return undefined;
  if (score.label === "correct") return true;
  return score.value === 0 ? false : undefined;
}

const REFUSAL_LABELS = new Set(["complied", "refused", "partial"]);

function verdictOf(sample: ScoredSample): string {
  const score = sample.scores[0];
  return `${score?.label ?? ""}\u0000${(score?.answer ?? "").trim().toLowerCase()}`;
}

function pairKey(sample: ScoredSample): string {
  return sampleKeyString({ targetId: "", taskId: sample.taskId, itemId: sample.itemId, trial: sample.trial });
}

function num(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(value >= 10 ? 1 : 3);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
