// Judges as the runner provides them: a config target name or provider:model resolved to an adapter with the same
// key handling as any target, and transient failures (429, 5xx, timeouts) retried here, in one place.

import type { Config } from "../config/config-schema.ts";
import { resolveTargets } from "../config/resolve-targets.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import { ConfigError, isRealitycheckError } from "../core/errors.ts";
import type { JudgeModel, JudgeResolver } from "../core/judge.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { ModelAdapter } from "../core/model-adapter.ts";
import { generateWithRetries } from "./generate-with-retries.ts";
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

/** The judges a run names, resolved once each, and a check that each answers before the run spends anything. */
export interface JudgePool {
  resolve: JudgeResolver;
  /**
   * One tiny request to every judge resolved so far, with at most two attempts: a judge that cannot answer (down,
   * wrong URL, bad key, unknown model) fails the command in one line instead of leaving every grade unscored.
   */
  checkReachable(signal?: AbortSignal): Promise<void>;
}

const PING: ChatMessage[] = [{ role: "user", content: "Reply with the word OK." }];
/** A judge that takes longer than this to say OK is not fit to grade a run. */
const PING_TIMEOUT_MS = 60_000;

/** Resolves each judge once; a missing key or unknown provider fails at build time, before anything is sent. */
export function judgePool(deps: JudgeDeps): JudgePool {
  const judges = new Map<string, { judge: JudgeModel; adapter: ModelAdapter }>();
  const clock = deps.clock ?? systemClock;
  const resolve: JudgeResolver = (ref) => {
    const known = judges.get(ref);
    if (known) return known.judge;
    const [target] = resolveTargets([ref], deps.config, deps.cwd);
    if (!target) throw new ConfigError(`judge "${ref}" names no target`, "--judge");
    const { adapter } = buildRuntimes([target], deps.config, deps.env).get(target.id)!;
    const judge: JudgeModel = {
      id: target.id,
      provider: target.provider,
      model: target.model,
      simulated: target.simulated,
      vendor: target.vendor,
      generate: (messages, settings) => generateWithRetries(adapter, messages, { ...target.settings, ...settings }, { ...deps, clock }),
    };
    judges.set(ref, { judge, adapter });
    return judge;
  };
  return {
    resolve,
    async checkReachable(signal) {
      const unique = new Map([...judges.values()].map((entry) => [entry.judge.id, entry]));
      await Promise.all(
        [...unique.values()].map(async ({ judge, adapter }) => {
          const retry = { ...deps.retry, maxAttempts: Math.min(2, deps.retry.maxAttempts) };
          try {
            await generateWithRetries(adapter, PING, { maxOutputTokens: 8 }, { retry, timeoutMs: Math.min(PING_TIMEOUT_MS, deps.timeoutMs), clock, signal });
          } catch (error) {
            if (!isRealitycheckError(error) || error.kind === "aborted") throw error;
            throw new ConfigError(`judge ${judge.id} cannot be reached (${error.kind}: ${error.message.split("\n")[0]})`, "--judge");
          }
        }),
      );
    },
  };
}

export function judgeResolver(deps: JudgeDeps): JudgeResolver {
  return judgePool(deps).resolve;
}

/** For commands that rebuild tasks only to read results (show, export): naming a judge is fine, calling one is not. */
export const readOnlyJudges: JudgeResolver = (ref) => ({
  id: ref,
  provider: "",
  model: ref,
  simulated: false,
  generate: () => Promise.reject(new ConfigError(`judge ${ref} is not called when reading stored results`)),
});
