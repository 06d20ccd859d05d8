// Whole `compare` runs on simulated pairs of deployments: 8 tasks, each with accuracy, error and refusal rates and 11
// style measures, answers correlated within items (a shared difficulty; half the time an item is answered the same way
// on every trial; errors, refusals and style all with item effects). Identical deployments should be called different
// in at most 5% of compares; a real accuracy gap (0.80 vs 0.70 over 300 items, on one task of the 8) should be found.

import { summarizeDifferences, type TaskDiff } from "../../src/reports/deployment-diff.ts";
import { type PairedItemData, taskDifferences } from "../../src/reports/task-differences.ts";
import { mcnemarTest } from "../../src/stats/mcnemar.ts";
import { fixed, formatTable } from "../format-table.ts";
import { itemOutcomes, logitShiftForMean, normal, random, type Random, sigmoid } from "./simulated-data.ts";

/** Identical pairs are run more than the 200 asked for, so the false-positive share is known to about ±0.7%. */
const NULL_COMPARES = 1000;
const COMPARES = 200;
const TASKS = 8;
const TRIALS = 3;
const SPREAD = 1.5;
const STICKY = 0.5;
const STYLE_MEASURES = 11;

interface Simulated {
  data: PairedItemData;
  /** Trial pairs where only A, or only B, passed: what McNemar on samples counts. */
  samplePairs: { b: number; c: number };
  pairs: number;
}

export function compareRuns(): string {
  const rng = random(404);
  const same = logitShiftForMean(0.7, SPREAD);
  const better = logitShiftForMean(0.8, SPREAD);
  let nullDifferent = 0;
  let nullAccuracyRows = 0;
  let nullSecondaryRows = 0;
  let samplesTasks = 0;
  let samplesCompares = 0;
  let found = 0;
  let spurious = 0;
  for (let run = 0; run < NULL_COMPARES; run++) {
    const identical = Array.from({ length: TASKS }, () => simulateTask(rng, 100, same, same));
    const decided = summarizeDifferences(identical.map((task, i) => taskDiff(`task${i}`, task)));
    if (decided.differences.length > 0) nullDifferent++;
    nullAccuracyRows += decided.tasks.filter((task) => task.accuracy?.differs).length;
    nullSecondaryRows += decided.tasks.reduce((sum, task) => sum + [task.errors, task.refusals, ...task.style].filter((row) => row.differs).length, 0);
    const flagged = identical.filter((task) => mcnemarTest(task.samplePairs.b, task.samplePairs.c).pValue < 0.01).length;
    samplesTasks += flagged;
    if (flagged > 0) samplesCompares++;
  }
  for (let run = 0; run < COMPARES; run++) {
    const gap = [simulateTask(rng, 300, better, same), ...Array.from({ length: TASKS - 1 }, () => simulateTask(rng, 100, same, same))];
    const withGap = summarizeDifferences(gap.map((task, i) => taskDiff(`task${i}`, task)));
    if (withGap.tasks[0]?.accuracy?.differs) found++;
    if (withGap.tasks.slice(1).some((task) => task.accuracy?.differs || [task.errors, task.refusals, ...task.style].some((row) => row.differs))) spurious++;
  }
  const rows = [
    ["identical (1,000 compares), this rule", fixed(nullDifferent / NULL_COMPARES, 3), fixed(nullAccuracyRows / (NULL_COMPARES * TASKS), 4), fixed(nullSecondaryRows / (NULL_COMPARES * TASKS * (2 + STYLE_MEASURES)), 4)],
    ["identical, McNemar on samples p<0.01 (old)", fixed(samplesCompares / NULL_COMPARES, 3), fixed(samplesTasks / (NULL_COMPARES * TASKS), 4), "-"],
    ["0.80 vs 0.70 over 300 items (200 compares): found", fixed(found / COMPARES, 3), "-", "-"],
    ["0.80 vs 0.70: one of the 7 identical tasks flagged", fixed(spurious / COMPARES, 3), "-", "-"],
  ];
  return formatTable(["scenario (8 tasks, 100 items, 3 trials per item)", "share of compares", "accuracy rows", "secondary rows"], rows);
}

function taskDiff(taskId: string, simulated: Simulated): TaskDiff {
  // The decision reads p-values only; a few resamples keep the intervals it does not read cheap.
  const tested = taskDifferences(simulated.data, { resamples: 10 });
  const items = simulated.data.errors.length;
  return { taskId, pairs: simulated.pairs, items, accuracy: tested.accuracy && { ...tested.accuracy, scoredPairs: simulated.pairs }, errors: tested.errors, refusals: tested.refusals, style: tested.style, groups: [] };
}

function simulateTask(rng: Random, items: number, shiftA: number, shiftB: number): Simulated {
  const data: PairedItemData = { accuracy: [], errors: [], refusals: [], style: Array.from({ length: STYLE_MEASURES }, (_, m) => ({ name: `style:m${m}`, items: [] })) };
  const samplePairs = { b: 0, c: 0 };
  let pairs = 0;
  for (let i = 0; i < items; i++) {
    const difficulty = normal(rng);
    const errorRate = rng() < 0.05 ? 0.2 : 0.01;
    const refusalRate = rng() < 0.1 ? 0.3 : 0;
    const errorsA = itemOutcomes(rng, errorRate, TRIALS, 0);
    const errorsB = itemOutcomes(rng, errorRate, TRIALS, 0);
    data.errors.push({ a: count(errorsA), b: count(errorsB), trials: TRIALS });
    const answered = errorsA.map((error, t) => !error && !errorsB[t]);
    const both = count(answered);
    pairs += TRIALS;
    if (both === 0) continue;
    const passA = itemOutcomes(rng, sigmoid(shiftA + SPREAD * difficulty), TRIALS, STICKY).filter((_, t) => answered[t]);
    const passB = itemOutcomes(rng, sigmoid(shiftB + SPREAD * difficulty), TRIALS, STICKY).filter((_, t) => answered[t]);
    passA.forEach((x, t) => {
      if (x && !passB[t]) samplePairs.b++;
      if (!x && passB[t]) samplePairs.c++;
    });
    data.accuracy.push({ a: count(passA), b: count(passB), trials: both });
    data.refusals.push({ a: count(itemOutcomes(rng, refusalRate, both, STICKY)), b: count(itemOutcomes(rng, refusalRate, both, STICKY)), trials: both });
    data.style.forEach((measure, m) => {
      const effect = 0.5 * normal(rng);
      // Three measures are mostly zero (emoji, exclamations, headers): most items never get any.
      const present = m < 3 ? (rng() < 0.3 ? 0.5 : 0) : 1;
      const side = () => {
        let sum = 0;
        for (let t = 0; t < both; t++) sum += rng() < present ? Math.exp(effect + 0.7 * normal(rng)) : 0;
        return sum / both;
      };
      measure.items.push([side(), side()]);
    });
  }
  return { data, samplePairs, pairs };
}

function count(values: readonly boolean[]): number {
  return values.filter(Boolean).length;
}
