// Rate limits that hold across processes and machines: one target's requests/min and tokens/min counted in one
// place (a token bucket in the shared store) that every worker using that target's key takes from.

export interface SharedLimits {
  /** Already lowered by the caller's pacing factor. */
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  /** Seconds of refill a bucket may hold (its burst). */
  burstSeconds: number;
}

/** One target's shared buckets. Times are the store's clock, so machines whose clocks differ still agree. */
export interface SharedRateLimit {
  /**
   * Takes one request and `tokens` tokens when both buckets hold them (and no pause is on): resolves 0. Otherwise
   * takes nothing and resolves the milliseconds to wait before asking again.
   */
  acquire(tokens: number, limits: SharedLimits): Promise<number>;
  /** Gives back the difference between a request's estimated tokens and those the host counted (negative takes). */
  adjustTokens(delta: number): Promise<void>;
  /** The host said 429: nobody asks again for `ms`. */
  pause(ms: number): Promise<void>;
}
