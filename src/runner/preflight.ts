// Before a command spends anything, every target and judge it will ask answers one tiny request. A host that is down,
// refuses the key, does not know the model or is no API at all fails the command there, one line per host with the
// host's own words, instead of ending every sample in error. Hosts that bill per request can be spared it
// (--skip-preflight); the circuit breaker then stops a target whose first samples fail.

import type { Clock } from "../core/clock.ts";
import { AbortedError, ConfigError, NetworkError, type RealitycheckError } from "../core/errors.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { TargetSpec } from "../core/target.ts";
import { priceLookup } from "./pricing.ts";
import { RequestPipeline, type TargetConnection } from "./request-pipeline.ts";
import type { RetryPolicy } from "./retry-policy.ts";

/** One host to check: a run's target, or a judge (a judge is a target too). */
export interface PreflightCheck {
  role: "target" | "judge";
  target: TargetSpec;
  connection: TargetConnection;
}

export interface PreflightOptions {
  /** The command's own retry policy; the check takes at most two attempts of it. */
  retry: RetryPolicy;
  timeoutMs: number;
  signal?: AbortSignal;
  clock?: Clock;
}

const CHECK: ChatMessage[] = [{ role: "user", content: "Reply with the word OK." }];
const CHECK_OUTPUT_TOKENS = 8;
/** A host that takes longer than this to say OK is not fit to answer a run. */
const CHECK_TIMEOUT_MS = 60_000;
/** A second attempt rides out one passing fault; a dead host is told apart in seconds, not minutes. */
const CHECK_ATTEMPTS = 2;

/** Asks every host once (a host named twice is asked once); throws one ConfigError naming every host that failed. */
export async function preflight(checks: readonly PreflightCheck[], options: PreflightOptions): Promise<void> {
  const unique = new Map<string, PreflightCheck>();
  for (const check of checks) if (!unique.has(check.target.id)) unique.set(check.target.id, check);
  if (unique.size === 0) return;
  const timeoutMs = Math.min(CHECK_TIMEOUT_MS, options.timeoutMs);
  const retry = { ...options.retry, maxAttempts: Math.min(CHECK_ATTEMPTS, options.retry.maxAttempts), maxRateLimitWaitMs: Math.min(timeoutMs, options.retry.maxRateLimitWaitMs) };
  // Before any run exists: a pipeline of its own, storing nothing and spending from no budget.
  const pipeline = new RequestPipeline({ runId: "preflight", cache: false, budget: {}, retry, timeoutMs, prices: priceLookup(), onEvent: () => undefined, signal: options.signal, clock: options.clock });
  let failures: string[];
  try {
    failures = (await Promise.all([...unique.values()].map((check) => failureOf(pipeline, check)))).filter((line) => line !== undefined);
  } finally {
    await pipeline.close();
  }
  if (pipeline.signal.aborted) throw new AbortedError("interrupted while checking that every target answers; nothing was run");
  const [first, ...more] = failures;
  if (first !== undefined) throw new ConfigError(first, undefined, more);
}

/** The one line that names a host that did not answer, or undefined when it did (or the check was interrupted). */
async function failureOf(pipeline: RequestPipeline, check: PreflightCheck): Promise<string | undefined> {
  const { role, target } = check;
  // Asked as its samples (or verdicts) will be: streamed when the target streams, with its own settings.
  const asked = await pipeline.ask(pipeline.target(target, check.connection), {
    purpose: role === "judge" ? "judge" : "probe",
    messages: CHECK,
    settings: { ...target.settings, maxOutputTokens: CHECK_OUTPUT_TOKENS },
    stream: role === "target" && target.stream,
    reusable: false,
  });
  if (asked.kind !== "failed" || showsHostThere(asked.error)) return undefined;
  return `${role} ${target.id} failed its one-request check: ${asked.error.message.split("\n")[0]}`;
}

/**
 * A host that answered with a rate limit or a server error (an HTTP status), or whose stream or connection broke off
 * once it had answered, is there and knows the key and the model: a passing fault, retried as usual in its samples,
 * so it passes the check. A host that cannot be reached, refuses the key, does not know the model, is no API, fails in
 * a way we cannot read, or never answers within the check's time fails it.
 */
function showsHostThere(error: RealitycheckError): boolean {
  if (error.kind === "rate_limited" || error.kind === "server_error") return error.status !== undefined;
  if (error.kind === "stream_dropped") return true;
  return error instanceof NetworkError && !error.unreachable;
}
