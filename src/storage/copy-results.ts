// Copies every run (targets, tasks, items, preparations, samples with all their attempts, scores and turns, the judge,
// probe and calibration requests, status, stored summary, verdicts and ratings) and every context probe from one RunStore to another,
// through the contract alone: a laptop's SQLite file into a team's PostgreSQL server. Resumable: what the target
// already holds is skipped, so a stopped copy is run again.

import type { RunStore } from "../core/run-store.ts";
import { sampleKeyString } from "../core/sample.ts";
import type { StoreWrite } from "../core/store-write.ts";

/** Samples per batch written to the target. */
const BATCH_SAMPLES = 200;
const ALL = Number.MAX_SAFE_INTEGER;

export interface CopiedRun {
  runId: string;
  /** Samples, attempts and other requests (judges, probes, calibration) written now (0 when the target had them all). */
  samples: number;
  attempts: number;
  requests: number;
}

export interface CopySummary {
  runs: CopiedRun[];
  probes: number;
}

export async function copyResults(from: RunStore, to: RunStore, onRun: (copied: CopiedRun) => void = () => undefined): Promise<CopySummary> {
  const runs: CopiedRun[] = [];
  // Oldest first, so "last" means the same run in both stores.
  for (const summary of (await from.listRuns(ALL)).reverse()) {
    const copied = await copyRun(from, to, summary.id);
    runs.push(copied);
    onRun(copied);
  }
  let probes = 0;
  for (const probe of (await from.listProbes(ALL)).reverse()) {
    if (await to.getProbe(probe.id)) continue;
    await to.recordProbe(probe);
    probes++;
  }
  return { runs, probes };
}

async function copyRun(from: RunStore, to: RunStore, runId: string): Promise<CopiedRun> {
  const run = (await from.getRun(runId))!;
  if (!(await to.getRun(runId))) {
    const items = [];
    for (const task of run.tasks) for (const item of await from.loadItems(runId, task.id)) items.push({ taskId: task.id, item });
    await to.createRun({ id: run.id, createdAt: run.createdAt, origin: run.origin, seed: run.seed, spec: run.spec, targets: run.targets, tasks: run.tasks, items });
  }
  const copied: CopiedRun = { runId, samples: 0, attempts: 0, requests: 0 };
  let writes: StoreWrite[] = [];
  let pendingSamples = 0;
  const flush = async () => {
    await to.writeBatch(writes);
    writes = [];
    pendingSamples = 0;
  };
  for (const target of run.targets) {
    for (const task of run.tasks) {
      const data = await from.getPreparation(runId, target.id, task.id);
      if (data !== undefined && (await to.getPreparation(runId, target.id, task.id)) === undefined) {
        writes.push({ kind: "preparation", runId, targetId: target.id, taskId: task.id, data, createdAt: run.createdAt });
      }
    }
  }
  const finishedThere = await to.finishedSampleKeys(runId);
  const lastThere = await to.lastAttemptNumbers(runId);
  const finishedHere = new Set<string>();
  for await (const sample of from.samples(runId)) {
    const key = sampleKeyString(sample);
    finishedHere.add(key);
    if (finishedThere.has(key)) continue;
    const attempts = (await from.attemptsFor(runId, sample)).filter((a) => a.attempt > (lastThere.get(key) ?? 0));
    const final = attempts.pop();
    if (!final) throw new Error(`run ${runId}: sample ${sample.targetId}/${sample.taskId}/${sample.itemId}#${sample.trial} has no attempt to copy`);
    for (const attempt of attempts) writes.push({ kind: "attempt", runId, attempt });
    const { finishedAt: _finishedAt, item: _item, ...outcome } = sample;
    writes.push({ kind: "sample", runId, outcome, finalAttempt: final });
    copied.samples++;
    copied.attempts += attempts.length + 1;
    if (++pendingSamples >= BATCH_SAMPLES) await flush();
  }
  // Attempts of samples that never finished (a stopped run): resume reads them to keep numbering.
  for (const [key, last] of await from.lastAttemptNumbers(runId)) {
    if (finishedHere.has(key) || (lastThere.get(key) ?? 0) >= last) continue;
    const [targetId, taskId, itemId, trial] = key.split("\u0000");
    const attempts = (await from.attemptsFor(runId, { targetId: targetId!, taskId: taskId!, itemId: itemId!, trial: Number(trial) })).filter((a) => a.attempt > (lastThere.get(key) ?? 0));
    for (const attempt of attempts) writes.push({ kind: "attempt", runId, attempt });
    copied.attempts += attempts.length;
  }
  // Judge, probe and calibration attempts: append only and written in order, so those past the target's count are new.
  const missing = (await from.requestRecords(runId)).slice((await to.requestRecords(runId)).length);
  for (const record of missing) writes.push({ kind: "request", runId, record });
  copied.requests = missing.length;
  await flush();
  await to.setRunStatus(runId, run.status, run.updatedAt);
  // Its stored summary, so both stores show the very same numbers without computing them again.
  const summary = await from.getRunMetrics(runId);
  if (summary && !(await to.getRunMetrics(runId))) await to.saveRunMetrics(summary);
  // Its verdicts and pairwise ratings: each save replaces the same claim set's or task's, so copying again is harmless.
  for (const verdicts of await from.listVerdicts(runId)) await to.saveVerdicts(verdicts);
  for (const ratings of await from.listPairwiseRatings(runId)) await to.savePairwiseRatings(ratings);
  return copied;
}
