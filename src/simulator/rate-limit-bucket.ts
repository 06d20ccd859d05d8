// Enforced rate limits as continuously refilled token buckets, reported in OpenAI's x-ratelimit-* headers.
// Time is passed in, so the buckets are pure and testable without waiting.

export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  burstSeconds: number;
}

export class TokenBucket {
  readonly capacity: number;
  private readonly perMs: number;
  private level: number;
  private updatedAt: number;

  constructor(
    readonly perMinute: number,
    burstSeconds: number,
    now: number,
  ) {
    this.perMs = perMinute / 60_000;
    this.capacity = Math.max(1, (perMinute / 60) * burstSeconds);
    this.level = this.capacity;
    this.updatedAt = now;
  }

  /**
   * Milliseconds until `amount` can be taken. An amount larger than the whole bucket waits for a full bucket
   * and then runs it into debt, so oversized requests are slowed down instead of refused forever.
   */
  waitMs(amount: number, now: number): number {
    this.refill(now);
    const needed = Math.min(amount, this.capacity);
    return this.level >= needed ? 0 : (needed - this.level) / this.perMs;
  }

  take(amount: number): void {
    this.level -= amount;
  }

  remaining(): number {
    return Math.max(0, Math.floor(this.level));
  }

  /** Milliseconds until the bucket is full again. */
  resetMs(): number {
    return Math.max(0, (this.capacity - this.level) / this.perMs);
  }

  private refill(now: number): void {
    this.level = Math.min(this.capacity, this.level + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }
}

export interface Admission {
  /** 0 when admitted; otherwise how long until enough capacity returns. */
  waitMs: number;
  limitedBy?: "requests" | "tokens";
  /** e.g. "Limit 1200, Remaining 0, Requested 1", for the 429 message. */
  detail: string;
  headers: Record<string, string>;
}

/** The request and token buckets of one model name. */
export class RateLimiter {
  private readonly requests?: TokenBucket;
  private readonly tokens?: TokenBucket;

  constructor(limits: RateLimits, now: number) {
    if (limits.requestsPerMinute) this.requests = new TokenBucket(limits.requestsPerMinute, limits.burstSeconds, now);
    if (limits.tokensPerMinute) this.tokens = new TokenBucket(limits.tokensPerMinute, limits.burstSeconds, now);
  }

  /** Admits a request costing `tokens` (prompt + max tokens) when both buckets have room, taking from both. */
  admit(tokens: number, now: number): Admission {
    const requestWait = this.requests?.waitMs(1, now) ?? 0;
    const tokenWait = this.tokens?.waitMs(tokens, now) ?? 0;
    let limitedBy: Admission["limitedBy"];
    if (requestWait > 0 || tokenWait > 0) {
      limitedBy = requestWait >= tokenWait ? "requests" : "tokens";
    } else {
      this.requests?.take(1);
      this.tokens?.take(tokens);
    }
    const bucket = limitedBy === "tokens" ? this.tokens : this.requests;
    const detail = bucket ? `Limit ${bucket.perMinute}, Remaining ${bucket.remaining()}, Requested ${limitedBy === "tokens" ? tokens : 1}` : "";
    return { waitMs: Math.max(requestWait, tokenWait), limitedBy, detail, headers: this.headers() };
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.requests) addBucketHeaders(headers, "requests", this.requests);
    if (this.tokens) addBucketHeaders(headers, "tokens", this.tokens);
    return headers;
  }
}

function addBucketHeaders(headers: Record<string, string>, name: string, bucket: TokenBucket): void {
  headers[`x-ratelimit-limit-${name}`] = String(bucket.perMinute);
  headers[`x-ratelimit-remaining-${name}`] = String(bucket.remaining());
  headers[`x-ratelimit-reset-${name}`] = formatResetDuration(bucket.resetMs());
}

/** OpenAI's reset format: `120ms`, `1.5s`, `1m2s`. */
export function formatResetDuration(ms: number): string {
  if (ms < 1000) return `${Math.ceil(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(3))}s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes}m${Number(((ms - minutes * 60_000) / 1000).toFixed(3))}s`;
}
