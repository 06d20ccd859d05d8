// A continuously refilled bucket: the pacing primitive behind requests/min and tokens/min limits.

export class TokenBucket {
  private level: number;
  private updatedAt: number;

  constructor(
    private ratePerMs: number,
    private capacity: number,
    private readonly now: () => number,
  ) {
    this.level = capacity;
    this.updatedAt = now();
  }

  static perMinute(perMinute: number, burstSeconds: number, now: () => number): TokenBucket {
    return new TokenBucket(perMinute / 60_000, Math.max(1, (perMinute / 60) * burstSeconds), now);
  }

  setRate(perMinute: number, burstSeconds: number): void {
    this.refill();
    this.ratePerMs = perMinute / 60_000;
    this.capacity = Math.max(1, (perMinute / 60) * burstSeconds);
    this.level = Math.min(this.level, this.capacity);
  }

  /** Milliseconds until `amount` is available (0 if it is now). Amounts above capacity wait for a full bucket. */
  waitFor(amount: number): number {
    this.refill();
    const needed = Math.min(amount, this.capacity);
    return this.level >= needed ? 0 : (needed - this.level) / this.ratePerMs;
  }

  take(amount: number): void {
    this.refill();
    this.level -= amount;
  }

  /** Adds back (or, negative, takes) the difference between an estimate and what was really used. */
  adjust(delta: number): void {
    this.refill();
    this.level = Math.min(this.capacity, this.level + delta);
  }

  /** The host said how much is left: never believe we have more than that. */
  clampTo(remaining: number): void {
    this.refill();
    this.level = Math.min(this.level, remaining);
  }

  private refill(): void {
    const now = this.now();
    this.level = Math.min(this.capacity, this.level + (now - this.updatedAt) * this.ratePerMs);
    this.updatedAt = now;
  }
}
