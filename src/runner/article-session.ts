// The article suite end to end: run the review's battery, probe each host's context, judge the writing pairwise when
// there is a panel and something to compare, and hold the results against a claim set. All of it is one run: the
// probes' and judges' requests go through the run's pipeline, under its budget, recorded with it. The caller prints;
// this module only runs things, stores them and hands back what it found.

import type { ClaimSet, Verdict } from "../core/claim.ts";
import { collect } from "../core/collect.ts";
import type { JudgeModel } from "../core/judge.ts";
import type { FindingRecords } from "../core/stored-findings.ts";
import type { TargetSpec } from "../core/target.ts";
import type { ScoredSample } from "../core/task.ts";
import type { ContextProbeResult } from "../probes/context/probe-context.ts";
import { evidenceFromRun } from "./run-evidence.ts";
import { judgeClaims } from "../claims/verdict.ts";
import { latestEffectiveLength } from "./latest-effective-length.ts";
import { loadTokenizerForModel } from "../providers/target-tokenizer.ts";
import type { StoredPairwiseRatings } from "../core/stored-findings.ts";
import { judgePairwise } from "./pairwise-judging.ts";
import { pairwiseRatingsRecord } from "./pairwise-ratings-record.ts";
import { claimedWindow, probeCeiling } from "./probe-plan.ts";
import { runContextProbe } from "./probe-session.ts";
import type { RequestPipeline } from "./request-pipeline.ts";
import { openRun, type PreparedRun, type SessionDeps } from "./run-session.ts";

export interface ArticleDeps extends SessionDeps {
  /** Progress lines for the probe and judging steps (the run itself reports through onEvent). */
  onStep?: (line: string) => void;
}

export interface ArticleOptions {
  /** Probe every host's context before the battery (default true). */
  probe: boolean;
  /** The claims to hold the results against, when any. */
  claims?: ClaimSet;
  /** The largest prompt each probe asks (--probe-ceiling); default 1.25× the target's claimed window. */
  probeCeilingTokens?: number;
  /** Judges for the pairwise comparison of the writing task (two or more targets), resolved by the run's judge pool. */
  pairwiseJudges: readonly JudgeModel[];
}

export interface ProbedTarget {
  target: TargetSpec;
  id: string;
  result: ContextProbeResult;
  /** The run the probe's effective length comes from, when one measured this target. */
  effectiveRun?: string;
}

export interface ArticleResult {
  runId: string;
  status: string;
  probes: ProbedTarget[];
  /** The pairwise ratings of the writing, as stored with the run; absent when nothing was judged. */
  ratings?: StoredPairwiseRatings;
  verdicts: Verdict[];
}

export const WRITING_TASK = "writing";

export async function runArticle(prepared: PreparedRun, deps: ArticleDeps, options: ArticleOptions): Promise<ArticleResult> {
  const run = await openRun(prepared, deps);
  const { runId } = run;
  let status: string;
  let probes: ProbedTarget[];
  let ratings: StoredPairwiseRatings | undefined;
  try {
    const outcome = await run.execute();
    status = outcome.status;
    // After the battery, so each probe's "effective" column is this run's measurement.
    probes = options.probe && status === "completed" ? await probeTargets(prepared, run.pipeline, deps, options.claims, options.probeCeilingTokens) : [];
    if (!run.pipeline.stopping()) ratings = await compareWriting(prepared, deps, runId, options.pairwiseJudges);
  } finally {
    await run.close();
  }
  const verdicts = options.claims
    ? judgeClaims(options.claims, await evidenceFromRun(deps.store, runId, { tasks: prepared.tasks, targets: prepared.targets, trials: prepared.spec.trials }, deps.store))
    : [];
  if (options.claims) await storeVerdicts(deps.store, [runId], options.claims, verdicts);
  return { runId, status, probes, ratings, verdicts };
}

/** Keeps a claim set's verdicts with every run they were decided from, so `show` and the reports read them later. */
export async function storeVerdicts(store: FindingRecords, runIds: readonly string[], claims: ClaimSet, verdicts: Verdict[]): Promise<void> {
  const computedAt = Date.now();
  for (const runId of runIds) await store.saveVerdicts({ runId, claimSet: claims.name, simulated: claims.simulated === true, computedAt, verdicts });
}

/** Probes every target's context (searching past its claimed window) through the run's pipeline, storing each result. */
export async function probeTargets(prepared: PreparedRun, pipeline: RequestPipeline, deps: ArticleDeps, claims: ClaimSet | undefined, ceilingTokens?: number): Promise<ProbedTarget[]> {
  const probed: ProbedTarget[] = [];
  for (const target of prepared.targets) {
    const runtime = prepared.runtimes.get(target.id)!;
    const tokenizer = await loadTokenizerForModel(target.provider, target.model);
    const claimed = claimedWindow(target, claims, deps.config);
    const effective = await latestEffectiveLength(deps.store, target.id, deps.cwd);
    deps.onStep?.(`probing the context of ${target.id}${claimed ? ` (claimed ${claimed.toLocaleString("en")} tokens)` : ""}`);
    const { id, result } = await runContextProbe(target, pipeline, runtime, tokenizer, deps.store, {
      maxTokens: probeCeiling(claimed, ceilingTokens),
      claimedTokens: claimed,
      seed: prepared.spec.seed,
      cwd: deps.cwd,
      effectiveTokens: effective?.tokens,
    });
    probed.push({ target, id, result, effectiveRun: effective?.runId });
  }
  return probed;
}

/** Judges the writing pairwise and stores the ratings with the run. */
async function compareWriting(prepared: PreparedRun, deps: ArticleDeps, runId: string, judges: readonly JudgeModel[]): Promise<StoredPairwiseRatings | undefined> {
  if (judges.length === 0 || prepared.targets.length < 2 || !prepared.tasks.some((t) => t.id === WRITING_TASK)) return undefined;
  deps.onStep?.(`judging the writing pairwise, in both orders, with ${judges.map((j) => j.id).join(", ")}`);
  const samples = new Map<string, ScoredSample[]>();
  for (const t of prepared.targets) samples.set(t.id, await collect(deps.store.samples(runId, { targetId: t.id, taskId: WRITING_TASK })));
  const results = await judgePairwise({ samples, judges });
  const simulated = prepared.targets.some((t) => t.simulated) || judges.some((j) => j.simulated);
  const ratings = pairwiseRatingsRecord({ runId, taskId: WRITING_TASK, simulated, computedAt: Date.now() }, results);
  await deps.store.savePairwiseRatings(ratings);
  return ratings;
}
