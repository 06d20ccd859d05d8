// `verify`'s work: run what a claim set needs (the long-context sweep with adaptive sampling and its own trial cap,
// the benchmarks, then the other families at the ordinary trial count), probe context when a claim is about the
// window, and decide a verdict for every claim and matching target from all of it.

import type { ClaimSet, Verdict } from "../core/claim.ts";
import type { Evidence, TargetEvidence } from "../claims/evidence.ts";
import { evidenceFromRun } from "./run-evidence.ts";
import { judgeClaims } from "../claims/verdict.ts";
import { probeTargets, storeVerdicts, type ArticleDeps, type ProbedTarget } from "./article-session.ts";
import { openRun, type PreparedRun } from "./run-session.ts";

export interface VerifyRuns {
  /** The long-context sweep, when a claim needs one. */
  sweep?: PreparedRun;
  /** Every other family the claims name. */
  battery?: PreparedRun;
  /** The benchmarks benchmark claims name, once per question unless --trials. */
  benchmarks?: PreparedRun;
  probe: boolean;
  /** The largest prompt each probe asks (--probe-ceiling); default 1.25× the target's claimed window. */
  probeCeilingTokens?: number;
}

export interface VerifyResult {
  runIds: string[];
  statuses: string[];
  probes: ProbedTarget[];
  verdicts: Verdict[];
}

export async function runVerify(claims: ClaimSet, runs: VerifyRuns, deps: ArticleDeps): Promise<VerifyResult> {
  const finished: { runId: string; prepared: PreparedRun }[] = [];
  const statuses: string[] = [];
  // The other families run last: their answers are the broader style evidence mergeTarget keeps.
  const toRun = [runs.sweep, runs.benchmarks, runs.battery].filter((prepared) => prepared !== undefined);
  let probes: ProbedTarget[] = [];
  for (const [index, prepared] of toRun.entries()) {
    const run = await openRun(prepared, deps);
    try {
      const outcome = await run.execute();
      finished.push({ runId: run.runId, prepared });
      statuses.push(outcome.status);
      if (outcome.status !== "completed") return { runIds: finished.map((f) => f.runId), statuses, probes: [], verdicts: [] };
      // The probe belongs to the last run: its requests are paced, budgeted and recorded with it.
      if (runs.probe && index === toRun.length - 1) probes = await probeTargets(prepared, run.pipeline, deps, claims, runs.probeCeilingTokens);
    } finally {
      await run.close();
    }
  }
  const first = runs.sweep ?? runs.benchmarks ?? runs.battery;
  // Read after the probe, so each target's evidence carries the probe just made.
  const evidence: Evidence[] = [];
  for (const { runId, prepared } of finished) {
    evidence.push(await evidenceFromRun(deps.store, runId, { tasks: prepared.tasks, targets: prepared.targets, trials: prepared.spec.trials }, deps.store));
  }
  const merged: Evidence = { targets: (first?.targets ?? []).map((target) => mergeTarget(target.id, evidence)) };
  const verdicts = judgeClaims(claims, merged);
  const runIds = finished.map((f) => f.runId);
  await storeVerdicts(deps.store, runIds, claims, verdicts);
  return { runIds, statuses, probes, verdicts };
}

/** One target's evidence from every run: all their tasks, the last run's style (the broader one) and its probe. */
function mergeTarget(targetId: string, evidence: readonly Evidence[]): TargetEvidence {
  const parts = evidence.map((e) => e.targets.find((t) => t.targetId === targetId)).filter((t) => t !== undefined);
  const last = parts.at(-1)!;
  return { ...last, runId: parts.map((p) => p.runId).filter(Boolean).join(", "), tasks: parts.flatMap((p) => p.tasks) };
}
