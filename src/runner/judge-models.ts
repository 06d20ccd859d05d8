// Judges as the runner provides them: a config target name or provider:model resolved to an adapter with the same
// key handling as any target. Judges are resolved when tasks are built, before a run exists; the session then binds
// the pool to its request pipeline, so every verdict is paced (a judge is a target too), budgeted, cached at
// temperature 0, recorded and resumable, with transient failures retried there, in one place.

import type { Config } from "../config/config-schema.ts";
import { resolveTargets } from "../config/resolve-targets.ts";
import type { Clock } from "../core/clock.ts";
import { ConfigError, RunStoppedError } from "../core/errors.ts";
import type { JudgeModel, JudgeResolver } from "../core/judge.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import type { GenerationSettings, TargetSpec } from "../core/target.ts";
import type { PreflightCheck } from "./preflight.ts";
import { priceLookup } from "./pricing.ts";
import { RequestPipeline, type TargetConnection } from "./request-pipeline.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import { buildRuntimes } from "./target-runtime.ts";

export interface JudgeDeps {
  config: Config;
  env: Record<string, string | undefined>;
  /** Where the command runs: a local judge's relative model path is taken from there. */
  cwd: string;
  retry: RetryPolicy;
  timeoutMs: number;
  clock?: Clock;
}

/** The judges a run names, resolved once each, a check that each answers, and the pipeline they ask through. */
export interface JudgePool {
  resolve: JudgeResolver;
  /**
   * Every judge resolved so far, for the check before a command spends anything (runner/preflight.ts): a judge that
   * cannot answer (down, wrong URL, bad key, unknown model) fails the command in one line instead of leaving every
   * grade unscored.
   */
  checks(): PreflightCheck[];
  /** Every judge of this pool, resolved before or after, asks through this pipeline from now on. */
  bind(pipeline: RequestPipeline): void;
}

/** Resolves each judge once; a missing key or unknown provider fails at build time, before anything is sent. */
export function judgePool(deps: JudgeDeps): JudgePool {
  const judges = new Map<string, { judge: JudgeModel; target: TargetSpec; connection: TargetConnection }>();
  let bound: RequestPipeline | undefined;
  const resolve: JudgeResolver = (ref) => {
    const known = judges.get(ref);
    if (known) return known.judge;
    const [target] = resolveTargets([ref], deps.config, deps.cwd);
    if (!target) throw new ConfigError(`judge "${ref}" names no target`, "--judge");
    const connection = buildRuntimes([target], deps.config, deps.env).get(target.id)!;
    const judge: JudgeModel = {
      id: target.id,
      provider: target.provider,
      model: target.model,
      simulated: target.simulated,
      vendor: target.vendor,
      generate: (messages, settings) => {
        if (!bound) return Promise.reject(new ConfigError(`judge ${target.id} was asked outside a run`));
        return askJudge(bound, target, connection, messages, settings);
      },
    };
    judges.set(ref, { judge, target, connection });
    return judge;
  };
  return {
    resolve,
    bind(pipeline) {
      bound = pipeline;
    },
    checks: () => [...judges.values()].map(({ target, connection }) => ({ role: "judge", target, connection })),
  };
}

/** One verdict through the pipeline, with the judge's own settings under the caller's; deterministic asks are reused. */
async function askJudge(pipeline: RequestPipeline, target: TargetSpec, connection: TargetConnection, messages: ChatMessage[], settings: GenerationSettings): Promise<GenerateResult> {
  const merged = { ...target.settings, ...settings };
  const asked = await pipeline.ask(pipeline.target(target, connection), { purpose: "judge", messages, settings: merged, stream: false, reusable: merged.temperature === 0 });
  if (asked.kind === "answered") return asked.result;
  if (asked.kind === "failed") throw asked.error;
  throw new RunStoppedError(pipeline.budgetBreach ? "budget" : "interrupted");
}

/**
 * Judges outside any run (tests, `plan`, which never calls them): they ask through a pipeline of their own, paced
 * and retried like any request, with no budget and nothing stored.
 */
export function judgeResolver(deps: JudgeDeps): JudgeResolver {
  const pool = judgePool(deps);
  pool.bind(new RequestPipeline({ runId: "judges", cache: false, budget: {}, retry: deps.retry, timeoutMs: deps.timeoutMs, prices: priceLookup(), onEvent: () => undefined, clock: deps.clock }));
  return pool.resolve;
}

/** For commands that rebuild tasks only to read results (show, export): naming a judge is fine, calling one is not. */
export const readOnlyJudges: JudgeResolver = (ref) => ({
  id: ref,
  provider: "",
  model: ref,
  simulated: false,
  generate: () => Promise.reject(new ConfigError(`judge ${ref} is not called when reading stored results`)),
});
