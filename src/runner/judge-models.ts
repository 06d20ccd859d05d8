// Judges as the runner provides them: a config target name or provider:model resolved to an adapter with the same
// key handling as any target, and transient failures (429, 5xx, timeouts) retried here, in one place.

import type { Config } from "../config/config-schema.ts";
import { resolveTargets } from "../config/resolve-targets.ts";
import { ConfigError } from "../core/errors.ts";
import type { JudgeModel, JudgeResolver } from "../core/judge.ts";
import { systemClock, type Clock } from "./clock.ts";
import { generateWithRetries } from "./generate-with-retries.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import { buildRuntimes } from "./target-runtime.ts";

export interface JudgeDeps {
  config: Config;
  env: Record<string, string | undefined>;
  retry: RetryPolicy;
  timeoutMs: number;
  clock?: Clock;
}

/** Resolves each judge once; a missing key or unknown provider fails at build time, before anything is sent. */
export function judgeResolver(deps: JudgeDeps): JudgeResolver {
  const judges = new Map<string, JudgeModel>();
  return (ref) => {
    const known = judges.get(ref);
    if (known) return known;
    const [target] = resolveTargets([ref], deps.config);
    if (!target) throw new ConfigError(`judge "${ref}" names no target`, "--judge");
    const runtime = buildRuntimes([target], deps.config, deps.env).get(target.id)!;
    const clock = deps.clock ?? systemClock;
    const judge: JudgeModel = {
      id: target.id,
      provider: target.provider,
      model: target.model,
      simulated: target.simulated,
      vendor: target.vendor,
      generate: (messages, settings) => generateWithRetries(runtime.adapter, messages, { ...target.settings, ...settings }, { ...deps, clock }),
    };
    judges.set(ref, judge);
    return judge;
  };
}

/** For commands that rebuild tasks only to read results (show, export): naming a judge is fine, calling one is not. */
export const readOnlyJudges: JudgeResolver = (ref) => ({
  id: ref,
  provider: "",
  model: ref,
  simulated: false,
  generate: () => Promise.reject(new ConfigError(`judge ${ref} is not called when reading stored results`)),
});
