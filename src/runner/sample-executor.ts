// Carries one sample to its end: cache lookup, paced attempts with retries, scoring, and one store write per attempt
// (handed to the SampleWriter, which commits each turn's writes together).

import type { AttemptRecord, RequestSummary } from "../core/attempt.ts";
import { isRealitycheckError, type RealitycheckError } from "../core/errors.ts";
import type { RunEvent } from "../core/events.ts";
import type { Item, Metadata } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import { STREAM_GUARD_SCORER, type GuardStop, type StreamGuardFactory } from "../core/stream-guard.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult, ModelAdapter } from "../core/model-adapter.ts";
import type { SampleKey, SampleOutcome } from "../core/sample.ts";
import type { GenerationSettings, TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { Price } from "../config/config-schema.ts";
import { parseRateLimitHeaders } from "../providers/rate-limit-headers.ts";
import type { ResponseCache } from "../storage/response-cache.ts";
import type { RunStore } from "../storage/run-store.ts";
import type { AttemptDeadlines } from "./attempt-deadlines.ts";
import type { BudgetBreach, BudgetTracker } from "./budget-tracker.ts";
import { cacheKey } from "./cache-key.ts";
import type { Clock } from "./clock.ts";
import { DEFAULT_OUTPUT_TOKEN_ESTIMATE, estimatePromptTokens } from "./estimate-tokens.ts";
import { costOf } from "./pricing.ts";
import { retryDelay, type RetryPolicy } from "./retry-policy.ts";
import type { SampleWriter } from "./sample-writer.ts";
import { scoreResponse } from "./score-response.ts";
import type { TargetLimiter } from "./target-limiter.ts";

export interface SampleJob {
  key: SampleKey;
  keyString: string;
  target: TargetSpec;
  task: Task;
  item: Item;
  /** Highest attempt number already stored for this sample (0 if none). */
  previousAttempts: number;
  /** The task's preparation for this target, when it prepares. */
  preparation?: Metadata;
}

export interface TargetContext {
  target: TargetSpec;
  adapter: ModelAdapter;
  limiter: TargetLimiter;
  price: Price | undefined;
  /** Part of the cache key: the endpoint actually asked. */
  endpoint: string;
}

export interface ExecutorContext {
  runId: string;
  store: RunStore;
  cache?: ResponseCache;
  /** Every store and cache write goes through here, so one turn's writes share a commit. */
  writer: SampleWriter;
  budget: BudgetTracker;
  retry: RetryPolicy;
  /** Each attempt's timeout; also aborts attempts in flight when the run stops. */
  deadlines: AttemptDeadlines;
  clock: Clock;
  random: () => number;
  emit: (event: RunEvent) => void;
  /** Aborted on Ctrl-C: in-flight requests stop and nothing new starts. */
  abort: AbortSignal;
  /** True once the run should start nothing new (budget reached or interrupted). */
  stopping: () => boolean;
  onBudgetBreach: (breach: BudgetBreach) => void;
  /** Watches streamed answers (the loop guard); absent = every stream runs to its end. */
  streamGuard?: StreamGuardFactory;
}

export type SampleEnd = "done" | "error" | "stopped";

export async function executeSample(job: SampleJob, target: TargetContext, ctx: ExecutorContext): Promise<SampleEnd> {
  const messages = job.item.messages ?? job.task.prompt(job.item, { target: target.target, trial: job.key.trial, preparation: job.preparation });
  const settings: GenerationSettings = { ...job.task.settings, ...target.target.settings };
  const hash = cacheKey(target.target, target.endpoint, settings, messages, job.key.trial);
  const summary = summarise(messages, settings, target.target.stream, hash);
  let attempt = job.previousAttempts + 1;

  const cached = ctx.cache?.get(hash);
  if (cached) {
    const startedAt = Date.now();
    const record = attemptRecord(job.key, attempt, startedAt, summary, { result: cached, fromCache: true });
    return finishWithResult(job, ctx, messages, cached, record, 0, true);
  }

  const promptTokens = estimatePromptTokens(messages);
  const estimatedTokens = promptTokens + (settings.maxOutputTokens ?? DEFAULT_OUTPUT_TOKEN_ESTIMATE);
  const estimatedCost = costOf(target.price, { inputTokens: promptTokens, outputTokens: estimatedTokens - promptTokens });
  for (;;) {
    if (ctx.stopping()) return "stopped";
    try {
      await target.limiter.acquire(estimatedTokens, ctx.abort);
    } catch {
      return "stopped";
    }
    // Checked after the wait for a turn and counted in the same tick, so concurrent workers can never overshoot a cap.
    const breach = ctx.stopping() ? undefined : ctx.budget.check(estimatedTokens, estimatedCost);
    if (breach) ctx.onBudgetBreach(breach);
    if (ctx.stopping()) {
      target.limiter.release(estimatedTokens, 0);
      return "stopped";
    }
    ctx.budget.addRequest();
    const startedAt = Date.now();
    try {
      const { result, stop } = await send(target, messages, settings, ctx);
      target.limiter.release(estimatedTokens, totalTokens(result));
      const learned = target.limiter.observe(result.rateLimit);
      if (learned) ctx.emit({ type: "rate-limit-learned", runId: ctx.runId, targetId: job.key.targetId, ...learned });
      const cost = costOf(target.price, result.usage);
      ctx.budget.addUsage(totalTokens(result), cost);
      const { cache } = ctx;
      // A stopped answer is our guard's doing, not the host's whole answer: never served again from the cache.
      if (cache && !stop) ctx.writer.add(() => cache.put(hash, target.target.provider, target.target.model, result));
      const record = attemptRecord(job.key, attempt, startedAt, summary, { result, fromCache: false });
      return await finishWithResult(job, ctx, messages, result, record, cost, false, stop && guardScore(stop, result, settings));
    } catch (thrown) {
      if (!isRealitycheckError(thrown)) throw thrown;
      const error = thrown;
      target.limiter.release(estimatedTokens, undefined);
      target.limiter.observe(parseRateLimitHeaders(error.headers));
      const record = attemptRecord(job.key, attempt, startedAt, summary, { error, fromCache: false });
      if (error.kind === "aborted") {
        ctx.writer.add(() => ctx.store.recordAttempt(ctx.runId, record));
        return "stopped";
      }
      const delay = retryDelay(error, attempt, ctx.retry, ctx.random);
      if (error.kind === "rate_limited") {
        const pauseMs = error.retryAfterMs ?? delay ?? 0;
        target.limiter.pause(pauseMs);
        ctx.emit({ type: "target-paused", runId: ctx.runId, targetId: job.key.targetId, forMs: pauseMs, reason: "rate_limited" });
      }
      ctx.emit({ type: "attempt-failed", runId: ctx.runId, key: job.key, attempt, errorKind: error.kind, willRetry: delay !== undefined, retryInMs: delay });
      if (delay === undefined) return finishWithError(job, ctx, error, record);
      ctx.writer.add(() => ctx.store.recordAttempt(ctx.runId, record));
      try {
        await ctx.clock.sleep(delay, ctx.abort);
      } catch {
        return "stopped";
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

/** The guard's finding as a score beside the task's own, with the output tokens it spared (estimated at ~4 chars each). */
function guardScore(stop: GuardStop, result: GenerateResult, settings: GenerationSettings): Score {
  const cap = settings.maxOutputTokens;
  const generated = Math.ceil(result.text.length / 4);
  const saved = cap === undefined ? undefined : Math.max(0, cap - generated);
  const savedText = saved === undefined ? "" : `; ~${saved} output tokens spared`;
  return { scorer: STREAM_GUARD_SCORER, value: null, label: stop.label, answer: String(stop.onsetChar), explanation: `${stop.explanation}${savedText}` };
}

async function finishWithResult(
  job: SampleJob,
  ctx: ExecutorContext,
  messages: ChatMessage[],
  result: GenerateResult,
  record: AttemptRecord,
  costUsd: number,
  fromCache: boolean,
  guard?: Score,
): Promise<SampleEnd> {
  const scores = await scoreResponse(job.task.scorers, { item: job.item, messages, result, trial: job.key.trial, preparation: job.preparation });
  if (guard) scores.push(guard);
  const { key } = job;
  const outcome: SampleOutcome = { targetId: key.targetId, taskId: key.taskId, itemId: key.itemId, trial: key.trial, status: "done", result, scores, attempts: record.attempt, fromCache, costUsd };
  ctx.writer.add(() => ctx.store.recordSample(ctx.runId, outcome, record));
  ctx.emit({
    type: "sample-finished",
    runId: ctx.runId,
    key: job.key,
    status: "done",
    fromCache,
    inputTokens: fromCache ? 0 : (result.usage.inputTokens ?? 0),
    outputTokens: fromCache ? 0 : (result.usage.outputTokens ?? 0),
    costUsd,
    latencyMs: fromCache ? undefined : result.latencyMs,
  });
  return "done";
}

function finishWithError(job: SampleJob, ctx: ExecutorContext, error: RealitycheckError, record: AttemptRecord): SampleEnd {
  const { key } = job;
  const outcome: SampleOutcome = {
    targetId: key.targetId, taskId: key.taskId, itemId: key.itemId, trial: key.trial,
    status: "error",
    errorKind: error.kind,
    errorMessage: error.message,
    scores: [],
    attempts: record.attempt,
    fromCache: false,
    costUsd: 0,
  };
  ctx.writer.add(() => ctx.store.recordSample(ctx.runId, outcome, record));
  ctx.emit({ type: "sample-finished", runId: ctx.runId, key: job.key, status: "error", errorKind: error.kind, fromCache: false, inputTokens: 0, outputTokens: 0, costUsd: 0 });
  return "error";
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
