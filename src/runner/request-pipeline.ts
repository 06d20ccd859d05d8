// One way out for every request a run makes: a sample's answer, a judge's verdict, a context probe, a calibration call.
// Each goes: a stored answer (the response cache, or this run's own records) → its target's pacing (a judge is a
// target too) → the run's budget → the adapter → retries → an attempt record tagged with its purpose. So every call is
// paced, budgeted, recorded and resumable, and the run stops (budget, Ctrl-C) for all of them at once. A target whose
// samples keep failing is stopped here too (the circuit breaker): its waiting samples end, and no more are sent.

import { setMaxListeners } from "node:events";
import type { AttemptRecord } from "../core/attempt.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import { isRealitycheckError, type RealitycheckError } from "../core/errors.ts";
import type { RunEvent } from "../core/events.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult, ModelAdapter } from "../core/model-adapter.ts";
import type { RequestPurpose } from "../core/request.ts";
import type { RequestRecord } from "../core/request-record.ts";
import type { RunStore } from "../core/run-store.ts";
import type { SharedRateLimit } from "../core/shared-rate-limit.ts";
import type { SampleKey } from "../core/sample.ts";
import type { StreamGuardFactory } from "../core/stream-guard.ts";
import type { GenerationSettings, TargetSpec } from "../core/target.ts";
import type { Price } from "../config/config-schema.ts";
import { AttemptDeadlines } from "./attempt-deadlines.ts";
import { requestAttempt, requestSummary, sampleAttempt, type AttemptEnd } from "./attempt-records.ts";
import { BudgetTracker, type BudgetBreach, type BudgetCaps, type Spent } from "./budget-tracker.ts";
import { CircuitBreaker, isTargetFailure, type BreakerPolicy } from "./circuit-breaker.ts";
import { DEFAULT_OUTPUT_TOKEN_ESTIMATE, estimatePromptTokens } from "./estimate-tokens.ts";
import { withGuardFinding, type GuardFinding } from "./guard-finding.ts";
import { costOf, type PriceLookup } from "./pricing.ts";
import { requestKey } from "./request-key.ts";
import { newRetryState, retryDelay, type RetryPolicy } from "./retry-policy.ts";
import { SampleWriter, type StoreWriter } from "./sample-writer.ts";
import { sendRequest } from "./send-request.ts";
import { parseRateLimitHeaders } from "../providers/rate-limit-headers.ts";
import { TargetLimiter, type TargetLimits } from "./target-limiter.ts";

/** One target as the pipeline asks it: its adapter, its own pacing, its price, and the endpoint its answers are keyed by. */
export interface TargetContext {
  target: TargetSpec;
  adapter: ModelAdapter;
  limiter: TargetLimiter;
  price: Price | undefined;
  endpoint: string;
  /** Reads the target's sample outcomes; once it has stopped the target, its `failure` says why. */
  breaker: CircuitBreaker;
  /** Aborted with the session, or when the breaker stops the target: its samples' waits end and nothing more is sent. */
  samplesStop: AbortController;
}

/** What the pipeline needs to reach a target (runner/target-runtime.ts builds it from the config). */
export interface TargetConnection {
  adapter: ModelAdapter;
  limits: TargetLimits;
  endpoint: string;
}

export interface PipelineOptions {
  /** The run every attempt is recorded under (a label when nothing is stored). */
  runId: string;
  /** Where answers are cached and attempts recorded; absent for commands that store nothing. */
  store?: RunStore;
  /** Serve and keep answers in the store's response cache (--no-cache turns it off). */
  cache: boolean;
  budget: BudgetCaps;
  /** What earlier sessions of this run already spent (resume). */
  alreadySpent?: Spent;
  retry: RetryPolicy;
  /** Each attempt's deadline. */
  timeoutMs: number;
  prices: PriceLookup;
  onEvent: (event: RunEvent) => void;
  /** Abort to interrupt (Ctrl-C): requests in flight are cancelled and nothing new is sent. */
  signal?: AbortSignal;
  clock?: Clock;
  random?: () => number;
  /** Watches streamed answers and stops degenerate ones (the loop guard). */
  streamGuard?: StreamGuardFactory;
  /** When a target's samples keep failing, it is stopped (default: DEFAULT_BREAKER_POLICY). */
  breaker?: BreakerPolicy;
  /** Where writes go instead of a SampleWriter of the pipeline's own (a queue worker's, shared by the runs it serves). */
  writer?: StoreWriter;
  /** Rate limits held across processes (queue workers): one target's buckets, by its id and endpoint. */
  sharedLimit?: (key: string) => SharedRateLimit;
}

export interface PipelineRequest {
  purpose: RequestPurpose;
  messages: ChatMessage[];
  settings: GenerationSettings;
  stream: boolean;
  /**
   * A stored answer may serve it: the same request answered before is the same answer. True for samples (the cache,
   * when on, is keyed by item and trial) and for judges at temperature 0; probes and calibration measure the host now.
   */
  reusable: boolean;
  /** Samples: the sample asked. Its final attempt is returned for the caller to store with it; others are stored here. */
  sample?: SampleKey;
  /** The first attempt's number (a sample continues its numbering across turns and resumes); default 1. */
  firstAttempt?: number;
}

export type Asked =
  | { kind: "answered"; result: GenerateResult; record: AttemptRecord | RequestRecord; costUsd: number; fromCache: boolean; guard?: GuardFinding }
  | { kind: "failed"; error: RealitycheckError; record: AttemptRecord | RequestRecord }
  | { kind: "stopped" };

export class RequestPipeline {
  readonly runId: string;
  readonly store?: RunStore;
  /** Every store write of the session goes through here, so one turn's writes share a commit; absent without a store. */
  readonly writer?: StoreWriter;
  readonly budget: BudgetTracker;
  readonly emit: (event: RunEvent) => void;
  readonly clock: Clock;
  private readonly options: PipelineOptions;
  private readonly controller = new AbortController();
  private readonly deadlines: AttemptDeadlines;
  private readonly random: () => number;
  private readonly targets = new Map<string, TargetContext>();
  private breach?: BudgetBreach;
  private failure?: { error: unknown };

  constructor(options: PipelineOptions) {
    this.options = options;
    this.runId = options.runId;
    this.store = options.store;
    this.emit = options.onEvent;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.budget = new BudgetTracker(options.budget, options.alreadySpent);
    // Every retry wait and pacing wait listens on this signal; hundreds at once is normal, not a leak.
    setMaxListeners(0, this.controller.signal);
    options.signal?.addEventListener("abort", this.onOuterAbort, { once: true });
    if (options.signal?.aborted) this.controller.abort(options.signal.reason);
    this.controller.signal.addEventListener("abort", this.onAbort, { once: true });
    this.deadlines = new AttemptDeadlines(options.timeoutMs, this.controller.signal);
    if (options.store) this.writer = options.writer ?? new SampleWriter(options.store, (error) => this.fail(error));
  }

  /** Aborted on Ctrl-C or a failure: requests in flight stop and every wait ends. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once nothing new may be sent: a budget cap reached, interrupted, or failed. */
  stopping(): boolean {
    return this.controller.signal.aborted || this.breach !== undefined;
  }

  get budgetBreach(): BudgetBreach | undefined {
    return this.breach;
  }

  /** Set once something failed that must end the session (a batch that could not be stored). */
  get failed(): { error: unknown } | undefined {
    return this.failure;
  }

  fail(error: unknown): void {
    this.failure ??= { error };
    this.controller.abort(error);
  }

  /** The target's context, made once per target id: a judge that is also one of the run's targets shares its pacing. */
  target(spec: TargetSpec, connection: TargetConnection): TargetContext {
    let context = this.targets.get(spec.id);
    if (!context) {
      const samplesStop = new AbortController();
      setMaxListeners(0, samplesStop.signal);
      if (this.controller.signal.aborted) samplesStop.abort();
      else this.controller.signal.addEventListener("abort", () => samplesStop.abort(), { once: true });
      context = {
        target: spec,
        adapter: connection.adapter,
        limiter: new TargetLimiter(connection.limits, this.clock, this.options.sharedLimit?.(`${spec.id} ${connection.endpoint}`)),
        price: this.options.prices(spec),
        endpoint: connection.endpoint,
        breaker: new CircuitBreaker(this.options.breaker),
        samplesStop,
      };
      this.targets.set(spec.id, context);
    }
    return context;
  }

  /** Asks until an answer, a final error, or the session stopping. */
  async ask(target: TargetContext, request: PipelineRequest): Promise<Asked> {
    const { purpose, messages, settings, sample } = request;
    const hash = requestKey(target.target, target.endpoint, request);
    const summary = requestSummary(messages, settings, request.stream, hash, purpose);
    let attempt = request.firstAttempt ?? 1;
    const record = (startedAt: number, end: AttemptEnd, costUsd = 0): AttemptRecord | RequestRecord =>
      sample ? sampleAttempt(sample, attempt, startedAt, summary, end) : requestAttempt(purpose as RequestRecord["purpose"], target.target.id, attempt, startedAt, summary, { ...end, costUsd });

    const stored = request.reusable ? await this.storedAnswer(hash, sample !== undefined) : undefined;
    if (stored) {
      const answered = record(Date.now(), { result: stored, fromCache: true });
      this.ended(target, answered, sample, undefined);
      return { kind: "answered", result: stored, record: answered, costUsd: 0, fromCache: true };
    }

    const promptTokens = estimatePromptTokens(messages);
    const estimatedTokens = promptTokens + (settings.maxOutputTokens ?? DEFAULT_OUTPUT_TOKEN_ESTIMATE);
    const estimatedCost = costOf(target.price, { inputTokens: promptTokens, outputTokens: estimatedTokens - promptTokens });
    const retry = newRetryState();
    // A sample's waits also end when its target is stopped; a judge's, probe's or calibration's only with the session.
    const signal = sample ? target.samplesStop.signal : this.controller.signal;
    for (;;) {
      if (!(await this.admit(target, estimatedTokens, estimatedCost, signal))) return { kind: "stopped" };
      const startedAt = Date.now();
      try {
        const sent = await sendRequest(target.adapter, messages, settings, request.stream, this.deadlines, request.stream ? this.options.streamGuard : undefined);
        // A stream our guard stopped has no usage from the host: counted now, so the budget, cost and record count it.
        const { result, guard } = await withGuardFinding(sent, messages, target.target);
        const used = totalTokens(result);
        target.limiter.release(estimatedTokens, used);
        const learned = target.limiter.observe(result.rateLimit);
        if (learned) this.emit({ type: "rate-limit-learned", runId: this.runId, targetId: target.target.id, ...learned });
        const costUsd = costOf(target.price, result.usage);
        this.budget.addUsage(used, costUsd);
        // A stopped answer is our guard's doing, not the host's whole answer: never served again from the cache.
        if (this.options.cache && request.reusable && !guard?.stop && this.writer) {
          this.writer.add({ kind: "cached-response", key: hash, provider: target.target.provider, model: target.target.model, result, createdAt: Date.now() });
        }
        const answered = record(startedAt, { result, fromCache: false }, costUsd);
        if (sample) target.breaker.record();
        this.ended(target, answered, sample, undefined);
        return { kind: "answered", result, record: answered, costUsd, fromCache: false, guard };
      } catch (thrown) {
        if (!isRealitycheckError(thrown)) throw thrown;
        const error = thrown;
        target.limiter.release(estimatedTokens, undefined);
        target.limiter.observe(parseRateLimitHeaders(error.headers), !isTargetFailure(error));
        const failed = record(startedAt, { error, fromCache: false });
        if (error.kind === "aborted") {
          this.written(failed, sample);
          return { kind: "stopped" };
        }
        const delay = retryDelay(error, retry, this.options.retry, this.random);
        if (error.kind === "rate_limited") {
          const pauseMs = error.retryAfterMs ?? delay ?? 0;
          target.limiter.pause(pauseMs);
          this.emit({ type: "target-paused", runId: this.runId, targetId: target.target.id, forMs: pauseMs, reason: "rate_limited" });
        }
        this.attemptFailed(target, request, attempt, error, delay);
        if (delay === undefined) {
          if (sample) this.breakerSees(target, error);
          this.ended(target, failed, sample, error);
          return { kind: "failed", error, record: failed };
        }
        this.written(failed, sample);
        try {
          await this.clock.sleep(delay, signal);
        } catch {
          return { kind: "stopped" };
        }
        attempt++;
      }
    }
  }

  /** Stores what is queued; called before anything reads the store back. */
  flush(): Promise<void> {
    return this.writer?.flush() ?? Promise.resolve();
  }

  /** The session is over: everything queued is stored and no timer or listener outlives it. */
  async close(): Promise<void> {
    await this.flush();
    this.deadlines.close();
    this.options.signal?.removeEventListener("abort", this.onOuterAbort);
    this.controller.signal.removeEventListener("abort", this.onAbort);
  }

  /** An answer already paid for: the response cache (when on), else, for anything but a sample, this run's records. */
  private async storedAnswer(hash: string, isSample: boolean): Promise<GenerateResult | undefined> {
    const { store } = this;
    if (!store) return undefined;
    const cached = this.options.cache ? await store.cachedResponse(hash) : undefined;
    return cached ?? (isSample ? undefined : await store.recordedAnswer(this.runId, hash));
  }

  /** Waits for the target's turn, then checks and counts the budget in the same tick, so concurrent requests never overshoot a cap. */
  private async admit(target: TargetContext, estimatedTokens: number, estimatedCost: number, signal: AbortSignal): Promise<boolean> {
    if (this.stopping() || signal.aborted) return false;
    try {
      await target.limiter.acquire(estimatedTokens, signal);
    } catch {
      return false;
    }
    const breach = this.stopping() ? undefined : this.budget.check(estimatedTokens, estimatedCost);
    if (breach && !this.breach) {
      this.breach = breach;
      this.emit({ type: "budget-exhausted", runId: this.runId, ...breach });
      this.emit({ type: "run-stopping", runId: this.runId, reason: "budget" });
    }
    if (this.stopping() || signal.aborted) {
      target.limiter.release(estimatedTokens, 0);
      return false;
    }
    this.budget.addRequest();
    return true;
  }

  /** A sample's attempt before its last, or any attempt of another request, is stored now. */
  private written(record: AttemptRecord | RequestRecord, sample: SampleKey | undefined): void {
    if (!this.writer) return;
    if (sample) this.writer.add({ kind: "attempt", runId: this.runId, attempt: record as AttemptRecord });
    else this.writer.add({ kind: "request", runId: this.runId, record: record as RequestRecord });
  }

  /** The request's last attempt: a sample's goes back to its caller; another request's is stored and told. */
  private ended(target: TargetContext, record: AttemptRecord | RequestRecord, sample: SampleKey | undefined, error: RealitycheckError | undefined): void {
    if (sample) return;
    const request = record as RequestRecord;
    this.written(request, undefined);
    this.emit({
      type: "request-finished",
      runId: this.runId,
      purpose: request.purpose,
      targetId: request.targetId,
      simulated: target.target.simulated,
      status: error ? "error" : "done",
      errorKind: error?.kind,
      fromCache: request.fromCache,
      inputTokens: request.fromCache ? 0 : (request.usage?.inputTokens ?? 0),
      outputTokens: request.fromCache ? 0 : (request.usage?.outputTokens ?? 0),
      costUsd: request.costUsd,
    });
  }

  /** A sample ended in error: the breaker may stop its target, and the outside world is told once, with why. */
  private breakerSees(target: TargetContext, error: RealitycheckError): void {
    const failure = target.breaker.record(error);
    if (!failure) return;
    target.samplesStop.abort();
    const { rule, failures } = failure;
    this.emit({ type: "target-failing", runId: this.runId, targetId: target.target.id, rule, failures, errorKind: error.kind, message: error.message.split("\n")[0]! });
  }

  private attemptFailed(target: TargetContext, request: PipelineRequest, attempt: number, error: RealitycheckError, delay: number | undefined): void {
    const common = { runId: this.runId, attempt, errorKind: error.kind, willRetry: delay !== undefined, retryInMs: delay };
    if (request.sample) this.emit({ type: "attempt-failed", key: request.sample, ...common });
    else this.emit({ type: "request-attempt-failed", purpose: request.purpose as RequestRecord["purpose"], targetId: target.target.id, ...common });
  }

  private readonly onOuterAbort = (): void => this.controller.abort(this.options.signal?.reason);

  private readonly onAbort = (): void => this.emit({ type: "run-stopping", runId: this.runId, reason: "interrupted" });
}

function totalTokens(result: GenerateResult): number {
  return (result.usage.inputTokens ?? 0) + (result.usage.outputTokens ?? 0);
}
