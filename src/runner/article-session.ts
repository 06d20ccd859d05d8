// The article suite end to end: run the review's battery, probe each host's context, judge the writing pairwise when
// there is a panel and something to compare, and hold the results against a claim set. The caller prints; this
// module only runs things, stores them and hands back what it found.

import type { Claim, ClaimSet, Verdict } from "../core/claim.ts";
import { collect } from "../core/collect.ts";
import type { JudgeModel } from "../core/judge.ts";
import type { TargetSpec } from "../core/target.ts";
import type { ScoredSample } from "../core/task.ts";
import type { ContextProbeResult } from "../families/context-probe/probe-context.ts";
import { defaultMaxTokens } from "../families/context-probe/probe-options.ts";
import { loadTokenizerForModel } from "../providers/target-tokenizer.ts";
import { evidenceFromRun } from "../claims/run-evidence.ts";
import { judgeClaims } from "../claims/verdict.ts";
import { matchesSubject } from "../claims/evidence.ts";
import { latestEffectiveLength } from "../reports/latest-effective-length.ts";
import { judgePairwise, type JudgeRatings } from "./pairwise-judging.ts";
import { runContextProbe } from "./probe-session.ts";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.ts";
import { startRun, type PreparedRun, type SessionDeps } from "./run-session.ts";

export interface ArticleDeps extends SessionDeps {
  /** Progress lines for the probe and judging steps (the run itself reports through onEvent). */
  onStep?: (line: string) => void;
}

export interface ArticleOptions {
  /** Probe every host's context before the battery (default true). */
  probe: boolean;
  /** The claims to hold the results against, when any. */
  claims?: ClaimSet;
  /** Judges for the pairwise comparison of the writing task (two or more targets). */
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
  pairwise: JudgeRatings[];
  verdicts: Verdict[];
}

export const WRITING_TASK = "writing";

export async function runArticle(prepared: PreparedRun, deps: ArticleDeps, options: ArticleOptions): Promise<ArticleResult> {
  const { runId, outcome } = await startRun(prepared, deps);
  // After the battery, so each probe's "effective" column is this run's measurement.
  const probes = options.probe && outcome.status === "completed" ? await probeTargets(prepared, deps, options.claims) : [];
  const pairwise = await compareWriting(prepared, deps, runId, options.pairwiseJudges);
  const verdicts = options.claims
    ? judgeClaims(options.claims, await evidenceFromRun(deps.store, runId, { tasks: prepared.tasks, targets: prepared.targets, trials: prepared.spec.trials }, deps.store))
    : [];
  return { runId, status: outcome.status, probes, pairwise, verdicts };
}

/** The claimed window a probe searches past: a context-window claim about the target, else its config's. */
function claimedWindow(target: TargetSpec, claims: ClaimSet | undefined, configured: number | undefined): number | undefined {
  const claim = claims?.claims.find((c: Claim) => c.kind === "context-window" && c.threshold !== undefined && matchesSubject(c.subject, { targetId: target.id, provider: target.provider, model: target.model }));
  return claim?.threshold ?? configured;
}

/** Probes every target's context (searching past its claimed window), storing each result. */
export async function probeTargets(prepared: PreparedRun, deps: ArticleDeps, claims: ClaimSet | undefined): Promise<ProbedTarget[]> {
  const probed: ProbedTarget[] = [];
  for (const target of prepared.targets) {
    const runtime = prepared.runtimes.get(target.id)!;
    const tokenizer = await loadTokenizerForModel(target.provider, target.model);
    const claimed = claimedWindow(target, claims, deps.config.targets?.[target.id]?.contextWindow);
    const effective = await latestEffectiveLength(deps.store, target.id);
    deps.onStep?.(`probing the context of ${target.id}${claimed ? ` (claimed ${claimed.toLocaleString("en")} tokens)` : ""}`);
    const { id, result } = await runContextProbe(target, runtime, tokenizer, deps.store, {
      maxTokens: defaultMaxTokens(claimed),
      claimedTokens: claimed,
      seed: prepared.spec.seed,
      timeoutMs: prepared.spec.execution.timeoutMs,
      retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: prepared.spec.execution.maxAttempts },
      cwd: deps.cwd,
      signal: deps.signal,
      effectiveTokens: effective?.tokens,
    });
    probed.push({ target, id, result, effectiveRun: effective?.runId });
  }
  return probed;
}

async function compareWriting(prepared: PreparedRun, deps: ArticleDeps, runId: string, judges: readonly JudgeModel[]): Promise<JudgeRatings[]> {
  if (judges.length === 0 || prepared.targets.length < 2 || !prepared.tasks.some((t) => t.id === WRITING_TASK)) return [];
  deps.onStep?.(`judging the writing pairwise, in both orders, with ${judges.map((j) => j.id).join(", ")}`);
  const samples = new Map<string, ScoredSample[]>();
  for (const t of prepared.targets) samples.set(t.id, await collect(deps.store.samples(runId, { targetId: t.id, taskId: WRITING_TASK })));
  return judgePairwise({ samples, judges });
}
