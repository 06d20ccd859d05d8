// The same model on two hosts (or in two runs), compared on identical samples, with items as the unit: accuracy by the
// item-level McNemar test (each task's one pre-declared primary test), errors, refusals and style measures as
// secondary tests, every difference A − B. Whether the two "behave like different models" is decided from the
// adjusted p-values of stats/compare-decision.ts, so two identical deployments are called different in at most 5% of
// whole compares, however many tasks and rows there are; a style row counts only when its shift is also more than
// the measure's negligible size (style/style-measures.ts). A task that reports groups (subjects, languages) gets its
// accuracy per group too, named only when the task's accuracy itself differs.

import type { Interval } from "../core/metric.ts";
import { sampleKeyString } from "../core/sample.ts";
import type { ScoredSample } from "../core/task.ts";
import { refusalLabel } from "../scorers/refusal-label.ts";
import { compareDecision } from "../stats/compare-decision.ts";
import type { PairedItem } from "../stats/item-mcnemar-test.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { sampleStyleProfile } from "../style/sample-style-profile.ts";
import { STYLE_MEASURES } from "../style/style-measures.ts";
import { type GroupDifference, groupDifferences } from "./group-differences.ts";
import { type PairedItemData, taskDifferences, type TestedDifference } from "./task-differences.ts";

/** A tested difference with its place in the whole compare's multiple-testing adjustment. */
export interface ComparedRow extends TestedDifference {
  /** Holm-adjusted over its family and scaled to the compare's alpha (see compare-decision.ts); set by summarizeDifferences. */
  adjustedP?: number;
  differs?: boolean;
}

export interface TaskDiff {
  taskId: string;
  /** Samples answered (or failed) on both sides: same item, same trial. */
  pairs: number;
  /** Items with at least one such pair. */
  items: number;
  /** Pass/fail on pairs both sides answered and were scored correct or incorrect; absent for tasks without them. */
  accuracy?: ComparedRow & { scoredPairs: number };
  /** Share of answered pairs given the same label and answer by the task's first scorer. */
  agreement?: { rate: number; n: number; interval: Interval };
  errors: ComparedRow;
  refusals: ComparedRow;
  style: ComparedRow[];
  /** Accuracy per group of the task (subject, language...), Holm-adjusted over its groups. */
  groups: (GroupDifference & { differs?: boolean })[];
}

export interface DeploymentDiff {
  tasks: TaskDiff[];
  /** Why the two behave like different models; empty when nothing measured tells them apart. */
  differences: string[];
  /** The compare's level: the chance that two identical deployments are called different anywhere. */
  alpha: number;
}

/** `groupBy`: the task's metadata keys (subject, language) to compare accuracy within. */
export function diffTask(taskId: string, a: readonly ScoredSample[], b: readonly ScoredSample[], groupBy: readonly string[] = []): TaskDiff {
  const byKey = new Map(b.map((sample) => [pairKey(sample), sample]));
  const byItem = new Map<string, [ScoredSample, ScoredSample][]>();
  for (const sample of a) {
    const other = byKey.get(pairKey(sample));
    if (!other) continue;
    const pairs = byItem.get(sample.itemId) ?? [];
    pairs.push([sample, other]);
    byItem.set(sample.itemId, pairs);
  }
  const items = [...byItem.values()];
  const all = items.flat();
  const answered = all.filter(([x, y]) => x.status === "done" && y.status === "done");
  const agreed = answered.filter(([x, y]) => verdictOf(x) === verdictOf(y)).length;
  const data = pairedItemData(items);
  const tested = taskDifferences(data);
  const scoredPairs = all.filter(([x, y]) => passOf(x) !== undefined && passOf(y) !== undefined).length;
  return {
    taskId,
    pairs: all.length,
    items: items.length,
    accuracy: tested.accuracy && { ...tested.accuracy, scoredPairs },
    agreement: answered.length === 0 ? undefined : { rate: agreed / answered.length, n: answered.length, interval: wilsonInterval(agreed, answered.length) },
    errors: tested.errors,
    refusals: tested.refusals,
    style: tested.style,
    groups: groupDifferences(items.map((pairs, i) => ({ metadata: pairs[0]![0].item.metadata, accuracy: data.accuracy[i]! })), groupBy),
  };
}

/** Decides, over every task at once, which differences stand after adjustment, and says so in plain lines. */
export function summarizeDifferences(tasks: readonly TaskDiff[], extra: readonly string[] = []): DeploymentDiff {
  const primary = tasks.flatMap((task) => (task.accuracy ? [{ id: `${task.taskId}\u0000accuracy`, pValue: task.accuracy.pValue }] : []));
  const secondary = tasks.flatMap((task) => secondaryRows(task).map((row) => ({ id: `${task.taskId}\u0000${row.name}`, pValue: row.pValue })));
  const decision = compareDecision(primary, secondary);
  const adjusted = new Map(decision.tests.map((test) => [test.id, test]));
  // Rows with nothing to test (a style measure no item had on both sides) stay out of the family and unannotated.
  const annotate = <T extends ComparedRow>(taskId: string, row: T): T => {
    const test = adjusted.get(`${taskId}\u0000${row.name}`);
    return test ? { ...row, adjustedP: test.adjustedP, differs: test.differs && !negligible(row) } : row;
  };
  // A task's groups are read only once its accuracy differs, so no group alone calls identical deployments different.
  const annotated = tasks.map((task) => {
    const accuracy = task.accuracy && annotate(task.taskId, task.accuracy);
    return {
      ...task,
      accuracy,
      errors: annotate(task.taskId, task.errors),
      refusals: annotate(task.taskId, task.refusals),
      style: task.style.map((row) => annotate(task.taskId, row)),
      groups: task.groups.map((group) => ({ ...group, differs: accuracy?.differs === true && group.adjustedP <= decision.alpha })),
    };
  });
  const differences: string[] = [];
  for (const task of annotated) {
    const accuracy = task.accuracy;
    if (accuracy?.differs) {
      differences.push(`${task.taskId}: accuracy ${pct(accuracy.a)} vs ${pct(accuracy.b)} on the same ${accuracy.items} items (${accuracy.scoredPairs} samples; adjusted p = ${p(accuracy.adjustedP)})`);
    }
    for (const row of secondaryRows(task)) {
      if (!row.differs) continue;
      const show = row.name.endsWith("rate") && !row.name.startsWith("style:") ? pct : num;
      differences.push(`${task.taskId}: ${row.name} ${show(row.a)} vs ${show(row.b)} (adjusted p = ${p(row.adjustedP)})`);
    }
    const groups = task.groups.filter((group) => group.differs);
    for (const key of new Set(groups.map((group) => group.key))) {
      const named = groups.filter((group) => group.key === key).map((group) => `${group.value} ${pct(group.a)} vs ${pct(group.b)}`);
      differences.push(`${task.taskId}: accuracy differs by ${key} on ${named.join(", ")} (McNemar over items per ${key}, Holm-adjusted)`);
    }
  }
  return { tasks: annotated, differences: [...differences, ...extra], alpha: decision.alpha };
}

/**
 * A style shift within the measure's negligible size tells no model from another however many items make it
 * significant: a 0.017 change in compression excess (negligible up to 0.05) is not a different model.
 */
function negligible(row: ComparedRow): boolean {
  const measure = STYLE_MEASURES.find((candidate) => candidate.name === row.name);
  return measure !== undefined && row.difference !== null && Math.abs(row.difference) <= measure.negligible;
}

function secondaryRows(task: TaskDiff): ComparedRow[] {
  return [task.errors, task.refusals, ...task.style.filter((row) => row.items > 0)];
}

/** Each item's paired trials, reduced to what the item-level tests read. */
function pairedItemData(items: readonly (readonly [ScoredSample, ScoredSample][])[]): PairedItemData {
  const count = (pairs: readonly [ScoredSample, ScoredSample][], has: (s: ScoredSample) => boolean): PairedItem => ({
    a: pairs.filter(([x]) => has(x)).length,
    b: pairs.filter(([, y]) => has(y)).length,
    trials: pairs.length,
  });
  const scored = items.map((pairs) => pairs.filter(([x, y]) => passOf(x) !== undefined && passOf(y) !== undefined));
  const answered = items.map((pairs) => pairs.filter(([x, y]) => x.status === "done" && y.status === "done"));
  const profiles = answered.map((pairs) => pairs.map(([x, y]) => [sampleStyleProfile(x), sampleStyleProfile(y)] as const));
  const style = STYLE_MEASURES.map((measure) => ({
    name: measure.name,
    items: profiles.flatMap((pairs): [number, number][] => {
      const valuesOf = (side: 0 | 1) => pairs.flatMap((pair) => {
        const profile = pair[side];
        const value = profile && measure.value(profile);
        return value === undefined ? [] : [value];
      });
      const [a, b] = [valuesOf(0), valuesOf(1)];
      return a.length > 0 && b.length > 0 ? [[mean(a), mean(b)]] : [];
    }),
  }));
  return {
    accuracy: scored.map((pairs) => count(pairs, (s) => passOf(s) === true)),
    errors: items.map((pairs) => count(pairs, (s) => s.status === "error")),
    refusals: answered.map((pairs) => count(pairs, (s) => refusalLabel(s.result?.text ?? "").label === "refused")),
    style,
  };
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

function mean(values: readonly number[]): number {
  return values.reduce((x, y) => x + y, 0) / values.length;
}

function num(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(value >= 10 ? 1 : 3);
}

function pct(value: number | null): string {
  return value === null ? "n/a" : `${(value * 100).toFixed(1)}%`;
}

function p(value: number | undefined): string {
  return value === undefined ? "n/a" : value.toPrecision(2);
}
