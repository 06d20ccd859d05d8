// One answer for one message list: cache lookup, paced attempts with retries, budget and rate-limit accounting, and
// the stream guard. Failed attempts are written as they happen; the attempt that ends it is returned to the caller,
// who stores it with the sample (single turn) or as a turn of a conversation.

import type { AttemptRecord, RequestSummary } from "../core/attempt.ts";
import { isRealitycheckError, type RealitycheckError } from "../core/errors.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import type { SampleKey } from "../core/sample.ts";
import type { GuardStop } from "../core/stream-guard.ts";
import type { GenerationSettings } from "../core/target.ts";
import { parseRateLimitHeaders } from "../providers/rate-limit-headers.ts";
import { cacheKey } from "./cache-key.ts";
import { DEFAULT_OUTPUT_TOKEN_ESTIMATE, estimatePromptTokens } from "./estimate-tokens.ts";
import { costOf } from "./pricing.ts";
import { retryDelay } from "./retry-policy.ts";
import type { ExecutorContext, TargetContext } from "./sample-executor.ts";

export type Asked =
  | { kind: "answered"; result: GenerateResult; record: AttemptRecord; costUsd: number; fromCache: boolean; stop?: GuardStop }
  | { kind: "failed"; error: RealitycheckError; record: AttemptRecord }
  | { kind: "stopped" };

/** Asks until an answer, a final error, or the run stopping; `firstAttempt` continues the sample's attempt numbering. */
export async function askWithRetries(
  key: SampleKey,
  target: TargetContext,
  ctx: ExecutorContext,
  messages: ChatMessage[],
  settings: GenerationSettings,
  firstAttempt: number,
): Promise<Asked> {
  const hash = cacheKey(target.target, target.endpoint, settings, messages, key.trial);
  const summary = summarise(messages, settings, target.target.stream, hash);
  let attempt = firstAttempt;

  const cached = ctx.cache ? await ctx.store.cachedResponse(hash) : undefined;
  if (cached) {
    const record = attemptRecord(key, attempt, Date.now(), summary, { result: cached, fromCache: true });
    return { kind: "answered", result: cached, record, costUsd: 0, fromCache: true };
  }

  const promptTokens = estimatePromptTokens(messages);
  const estimatedTokens = promptTokens + (settings.maxOutputTokens ?? DEFAULT_OUTPUT_TOKEN_ESTIMATE);
  const estimatedCost = costOf(target.price, { inputTokens: promptTokens, outputTokens: estimatedTokens - promptTokens });
  for (;;) {
    if (ctx.stopping()) return { kind: "stopped" };
    try {
      await target.limiter.acquire(estimatedTokens, ctx.abort);
    } catch {
      return { kind: "stopped" };
    }
    // Checked after the wait for a turn and counted in the same tick, so concurrent workers can never overshoot a cap.
    const breach = ctx.stopping() ? undefined : ctx.budget.check(estimatedTokens, estimatedCost);
    if (breach) ctx.onBudgetBreach(breach);
    if (ctx.stopping()) {
      target.limiter.release(estimatedTokens, 0);
      return { kind: "stopped" };
    }
    ctx.budget.addRequest();
    const startedAt = Date.now();
    try {
      const { result, stop } = await send(target, messages, settings, ctx);
      target.limiter.release(estimatedTokens, totalTokens(result));
      const learned = target.limiter.observe(result.rateLimit);
      if (learned) ctx.emit({ type: "rate-limit-learned", runId: ctx.runId, targetId: key.targetId, ...learned });
      const costUsd = costOf(target.price, result.usage);
      ctx.budget.addUsage(totalTokens(result), costUsd);
      // A stopped answer is our guard's doing, not the host's whole answer: never served again from the cache.
      if (ctx.cache && !stop) {
        ctx.writer.add({ kind: "cached-response", key: hash, provider: target.target.provider, model: target.target.model, result, createdAt: Date.now() });
      }
      const record = attemptRecord(key, attempt, startedAt, summary, { result, fromCache: false });
      return { kind: "answered", result, record, costUsd, fromCache: false, stop };
    } catch (thrown) {
      if (!isRealitycheckError(thrown)) throw thrown;
      const error = thrown;
      target.limiter.release(estimatedTokens, undefined);
      target.limiter.observe(parseRateLimitHeaders(error.headers));
      const record = attemptRecord(key, attempt, startedAt, summary, { error, fromCache: false });
      if (error.kind === "aborted") {
        ctx.writer.add({ kind: "attempt", runId: ctx.runId, attempt: record });
        return { kind: "stopped" };
      }
      const delay = retryDelay(error, attempt, ctx.retry, ctx.random);
      if (error.kind === "rate_limited") {
        const pauseMs = error.retryAfterMs ?? delay ?? 0;
        target.limiter.pause(pauseMs);
        ctx.emit({ type: "target-paused", runId: ctx.runId, targetId: key.targetId, forMs: pauseMs, reason: "rate_limited" });
      }
      ctx.emit({ type: "attempt-failed", runId: ctx.runId, key, attempt, errorKind: error.kind, willRetry: delay !== undefined, retryInMs: delay });
      if (delay === undefined) return { kind: "failed", error, record };
      ctx.writer.add({ kind: "attempt", runId: ctx.runId, attempt: record });
      try {
        await ctx.clock.sleep(delay, ctx.abort);
      } catch {
        return { kind: "stopped" };
      }
      attempt++;
    }
  }
}

async function send(target: TargetContext, messages: ChatMessage[], settings: GenerationSettings, ctx: ExecutorContext): Promise<{ result: GenerateResult; stop?: GuardStop }> {
  const attempt = ctx.deadlines.start();
  try {
    const request = { messages, settings, signal: attempt.signal };
    if (!target.target.stream) return { result: await target.adapter.generate(request) };
    const guard = ctx.streamGuard?.();
    if (!guard) return { result: await target.adapter.stream(request) };
    let stop: GuardStop | undefined;
    const result = await target.adapter.stream({
      ...request,
      onTextDelta: (delta) => {
        stop ??= guard.push(delta);
        return stop ? "stop" : undefined;
      },
    });
    return { result, stop };
  } finally {
    attempt.end();
  }
}

function attemptRecord(
  key: SampleKey,
  attempt: number,
  startedAt: number,
  requestSummary: RequestSummary,
  end: { result?: GenerateResult; error?: RealitycheckError; fromCache: boolean },
): AttemptRecord {
  const { result, error } = end;
  // Key fields are listed, not spread: in Node 20 a spread followed by more fields builds a slow dictionary-mode
  // object, ~20 µs here, which was a measurable share of the harness's cost per sample (bench/throughput.ts).
  return {
    targetId: key.targetId, taskId: key.taskId, itemId: key.itemId, trial: key.trial,
    attempt,
    startedAt,
    endedAt: Date.now(),
    requestSummary,
    responseText: result?.text,
    finishReason: result?.finishReason,
    usage: result?.usage,
    latencyMs: result?.latencyMs,
    timeToFirstTokenMs: result?.timeToFirstTokenMs,
    errorKind: error?.kind,
    errorMessage: error?.message,
    httpStatus: error?.status,
    fromCache: end.fromCache,
  };
}

function summarise(messages: readonly ChatMessage[], settings: GenerationSettings, stream: boolean, hash: string): RequestSummary {
  let characters = 0;
  for (const message of messages) characters += message.content.length;
  return { messages: messages.length, characters, stream, settings: { ...settings }, hash };
}

function totalTokens(result: GenerateResult): number {
  return (result.usage.inputTokens ?? 0) + (result.usage.outputTokens ?? 0);
}
