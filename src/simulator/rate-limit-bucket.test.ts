import { describe, expect, it } from "vitest";
import { formatResetDuration, RateLimiter, TokenBucket } from "./rate-limit-bucket.ts";

describe("TokenBucket", () => {
  it("holds rate x burst and refills continuously", () => {
    const bucket = new TokenBucket(1200, 1, 0);
    expect(bucket.capacity).toBe(20);
    for (let i = 0; i < 20; i++) {
      expect(bucket.waitMs(1, 0)).toBe(0);
      bucket.take(1);
    }
    expect(bucket.waitMs(1, 0)).toBeCloseTo(50);
    expect(bucket.waitMs(1, 25)).toBeCloseTo(25);
    expect(bucket.waitMs(1, 50)).toBe(0);
    expect(bucket.resetMs()).toBeCloseTo(950);
  });

  it("lets an oversized amount through a full bucket and then makes others wait off the debt", () => {
    const bucket = new TokenBucket(6000, 1, 0);
    expect(bucket.waitMs(250, 0)).toBe(0);
    bucket.take(250);
    expect(bucket.remaining()).toBe(0);
    expect(bucket.waitMs(250, 0)).toBeCloseTo(2500);
  });
});

describe("RateLimiter", () => {
  it("admits while both buckets have room and reports OpenAI-style headers", () => {
    const limiter = new RateLimiter({ requestsPerMinute: 600, tokensPerMinute: 60_000, burstSeconds: 1 }, 0);
    const admitted = limiter.admit(300, 0);
    expect(admitted.limitedBy).toBeUndefined();
    expect(admitted.headers).toEqual({
      "x-ratelimit-limit-requests": "600",
      "x-ratelimit-remaining-requests": "9",
      "x-ratelimit-reset-requests": "100ms",
      "x-ratelimit-limit-tokens": "60000",
      "x-ratelimit-remaining-tokens": "700",
      "x-ratelimit-reset-tokens": "300ms",
    });
  });

  it("refuses on the tighter bucket, takes nothing, and says how long to wait", () => {
    const limiter = new RateLimiter({ tokensPerMinute: 60_000, burstSeconds: 1 }, 0);
    expect(limiter.admit(900, 0).limitedBy).toBeUndefined();
    const refused = limiter.admit(500, 0);
    expect(refused.limitedBy).toBe("tokens");
    expect(refused.waitMs).toBeCloseTo(400);
    expect(refused.headers["x-ratelimit-remaining-tokens"]).toBe("100");
    expect(refused.headers["x-ratelimit-limit-requests"]).toBeUndefined();
    expect(limiter.admit(500, 400).limitedBy).toBeUndefined();
  });
});

describe("formatResetDuration", () => {
  it.each([
    [0, "0ms"],
    [120, "120ms"],
    [1500, "1.5s"],
    [62_000, "1m2s"],
    [90_250, "1m30.25s"],
  ])("%d ms -> %s", (ms, text) => {
    expect(formatResetDuration(ms)).toBe(text);
  });
});
