// Paces one target's requests: configured or learned requests/min and tokens/min, pauses after 429s,
// and a slow start (one request at a time until the host has answered once) so the first wave cannot overrun a limit,
// and a host that only refuses (bad key, unknown model, nothing listening) sees one request at a time, not a wave.
// With a shared limit (queue workers on several machines), the buckets and pauses live in the store instead.

import type { Clock } from "../core/clock.ts";
import type { RateLimitInfo } from "../core/model-adapter.ts";
import type { SharedRateLimit, SharedTurn } from "../core/shared-rate-limit.ts";
import { TokenBucket } from "./token-bucket.ts";

export interface TargetLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

/** Pace a little under the stated limit: clocks and networks jitter, and every 429 costs a round trip. */
const PACING_FACTOR = 0.95;
/**
 * Half a second of burst, where hosts allow about a second: requests let go together reach the host spread out by
 * new connections and a busy event loop, and a full second's burst (the whole of the host's) turned that spread into
 * 429s at the start of a run (bench/throughput.ts, part b). The steady rate does not depend on it.
 */
const BURST_SECONDS = 0.5;

export interface LearnedLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

export class TargetLimiter {
  private requests?: TokenBucket;
  private tokens?: TokenBucket;
  private readonly configured: TargetLimits;
  private pausedUntil = 0;
  private queue: Promise<void> = Promise.resolve();
  private inFlight = 0;
  /** Estimated tokens of the requests in flight. */
  private inFlightTokens = 0;
  private answered = false;
  /** Slow start: the next request's turn, given when the host answers or the request in flight ends. */
  private nextTurn?: Promise<void>;
  private giveTurn?: () => void;

  /** Known limits (configured or learned) when the buckets are shared. */
  private sharedLimits: TargetLimits;

  constructor(
    limits: TargetLimits,
    private readonly clock: Clock,
    private readonly shared?: SharedRateLimit,
  ) {
    this.configured = limits;
    this.sharedLimits = { ...limits };
    if (shared) return;
    if (limits.requestsPerMinute) this.requests = TokenBucket.perMinute(limits.requestsPerMinute * PACING_FACTOR, BURST_SECONDS, clock.now);
    if (limits.tokensPerMinute) this.tokens = TokenBucket.perMinute(limits.tokensPerMinute * PACING_FACTOR, BURST_SECONDS, clock.now);
  }

  /** Waits for this request's turn (FIFO), then counts it as in flight. */
  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitTurn(estimatedTokens, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The request ended; corrects the token estimate with what the host counted. */
  release(estimatedTokens: number, actualTokens: number | undefined): void {
    this.inFlight--;
    this.inFlightTokens -= estimatedTokens;
    if (this.tokens && actualTokens !== undefined) this.tokens.adjust(estimatedTokens - actualTokens);
    if (!this.answered && this.inFlight === 0) this.wake();
    if (this.shared && this.sharedLimits.tokensPerMinute && actualTokens !== undefined && actualTokens !== estimatedTokens) {
      // Best effort: a lost correction only makes the shared bucket more careful than it had to be.
      this.shared.adjustTokens(estimatedTokens - actualTokens).catch(() => undefined);
    }
  }

  /**
   * A response arrived: learn from the host's rate-limit headers and, when the host answered (anything but a refusal
   * of the target itself, runner/circuit-breaker.ts), open the slow start.
   */
  observe(info: RateLimitInfo | undefined, hostAnswered = true): LearnedLimits | undefined {
    if (hostAnswered) this.markAnswered();
    if (!info) return undefined;
    if (this.shared) return this.learnShared(info);
    const learned: LearnedLimits = {};
    if (!this.configured.requestsPerMinute && info.limitRequests && !this.requests) {
      this.requests = TokenBucket.perMinute(info.limitRequests * PACING_FACTOR, BURST_SECONDS, this.clock.now);
      learned.requestsPerMinute = info.limitRequests;
    }
    if (!this.configured.tokensPerMinute && info.limitTokens && !this.tokens) {
      this.tokens = TokenBucket.perMinute(info.limitTokens * PACING_FACTOR, BURST_SECONDS, this.clock.now);
      learned.tokensPerMinute = info.limitTokens;
    }
    // Requests already in flight were admitted after the host counted this remaining figure (or will be).
    if (info.remainingRequests !== undefined) this.requests?.clampTo(info.remainingRequests - this.inFlight);
    if (info.remainingTokens !== undefined) this.tokens?.clampTo(info.remainingTokens - this.inFlightTokens);
    return learned.requestsPerMinute || learned.tokensPerMinute ? learned : undefined;
  }

  /** The host said 429: nobody on this target asks again before it allows (on any machine, when shared). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
    this.shared?.pause(ms).catch(() => undefined);
  }

  /** Limits learned from headers go to the shared buckets; what remains is the host's count of every worker's use. */
  private learnShared(info: RateLimitInfo): LearnedLimits | undefined {
    const learned: LearnedLimits = {};
    if (!this.sharedLimits.requestsPerMinute && info.limitRequests) this.sharedLimits.requestsPerMinute = learned.requestsPerMinute = info.limitRequests;
    if (!this.sharedLimits.tokensPerMinute && info.limitTokens) this.sharedLimits.tokensPerMinute = learned.tokensPerMinute = info.limitTokens;
    return learned.requestsPerMinute || learned.tokensPerMinute ? learned : undefined;
  }

  /** The shared buckets' answer; undefined when there are none or no limit is known yet. */
  private async sharedTurn(estimatedTokens: number): Promise<SharedTurn | undefined> {
    const { requestsPerMinute, tokensPerMinute } = this.sharedLimits;
    if (!this.shared || (!requestsPerMinute && !tokensPerMinute)) return undefined;
    return this.shared.acquire(estimatedTokens, {
      requestsPerMinute: requestsPerMinute && requestsPerMinute * PACING_FACTOR,
      tokensPerMinute: tokensPerMinute && tokensPerMinute * PACING_FACTOR,
      burstSeconds: BURST_SECONDS,
    });
  }

  private markAnswered(): void {
    if (this.answered) return;
    this.answered = true;
    this.wake();
  }

  private wake(): void {
    const give = this.giveTurn;
    this.nextTurn = this.giveTurn = undefined;
    give?.();
  }

  private async waitTurn(estimatedTokens: number, signal?: AbortSignal): Promise<void> {
    while (!this.answered && this.inFlight > 0) {
      this.nextTurn ??= new Promise((resolve) => (this.giveTurn = resolve));
      await raceAbort(this.nextTurn, signal);
    }
    for (;;) {
      signal?.throwIfAborted();
      let wait = Math.max(
        this.pausedUntil - this.clock.now(),
        this.requests?.waitFor(1) ?? 0,
        this.tokens?.waitFor(estimatedTokens) ?? 0,
      );
      if (wait <= 0) {
        const turn = await this.sharedTurn(estimatedTokens);
        if (turn?.reserved) {
          // The request's share is taken: it goes at its reserved time, whatever else happens meanwhile.
          if (turn.waitMs > 0) await this.clock.sleep(Math.ceil(turn.waitMs), signal);
          break;
        }
        wait = turn?.waitMs ?? 0;
      }
      if (wait <= 0) break;
      // Whole milliseconds: a sub-millisecond wait would spin on floating-point refill rounding.
      await this.clock.sleep(Math.ceil(wait), signal);
    }
    this.requests?.take(1);
    this.tokens?.take(estimatedTokens);
    this.inFlight++;
    this.inFlightTokens += estimatedTokens;
  }
}

function raceAbort(promise: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
  });
}
