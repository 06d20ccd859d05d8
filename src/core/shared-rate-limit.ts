// Rate limits that hold across processes and machines: one target's requests/min and tokens/min counted in one
// place (a token bucket in the shared store) that every worker using that target's key takes from.

export interface SharedLimits {
  /** Already lowered by the caller's pacing factor. */
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  /** Seconds of refill a bucket may hold (its burst). */
  burstSeconds: number;
}

/** What the shared buckets said to one request. */
export interface SharedTurn {
  /** Milliseconds to wait. */
  waitMs: number;
  /**
   * true: the request's share of both buckets is taken (reserved ahead when they are short), and it goes once waitMs
   * have passed, without asking again; false: a 429's pause is on, nothing was taken, ask again after waitMs.
   */
  reserved: boolean;
}

/** One target's shared buckets. Times are the store's clock, so machines whose clocks differ still agree. */
export interface SharedRateLimit {
  /**
   * Takes one request and `tokens` tokens. Buckets that are short go below zero, and the request waits until they
   * would have refilled: each request asks once, so requests of every worker go at the limit's own pace.
   */
  acquire(tokens: number, limits: SharedLimits): Promise<SharedTurn>;
  /** Gives back the difference between a request's estimated tokens and those the host counted (negative takes). */
  adjustTokens(delta: number): Promise<void>;
  /** The host said 429: nobody asks again for `ms`. */
  pause(ms: number): Promise<void>;
}
