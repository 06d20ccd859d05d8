import { describe, expect, it } from "vitest";
import type { SharedLimits, SharedRateLimit } from "../core/shared-rate-limit.ts";
import { FakeClock } from "../test-support/fake-clock.ts";
import { TargetLimiter } from "./target-limiter.ts";

describe("TargetLimiter", () => {
  it("paces configured requests per minute a little under the limit", async () => {
    const clock = new FakeClock();
    const limiter = new TargetLimiter({ requestsPerMinute: 600 }, clock);
    limiter.observe(undefined);
    for (let i = 0; i < 100; i++) {
      await limiter.acquire(1);
      limiter.release(1, 1);
    }
    // 600/min paced at 95% is 9.5/s; a half-second burst (~5) is free, the other ~95 requests wait.
    const seconds = clock.now() / 1000;
    expect(100 / seconds).toBeLessThan(10.6);
    expect(100 / seconds).toBeGreaterThan(9.5);
  });

  it("lets one request through until the host has answered once (slow start)", async () => {
    const clock = new FakeClock();
    const limiter = new TargetLimiter({}, clock);
    await limiter.acquire(1);
    let second = false;
    const pending = limiter.acquire(1).then(() => (second = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBe(false);
    limiter.observe(undefined);
    await pending;
    expect(second).toBe(true);
  });

  it("keeps to one request at a time while the host only refuses the target, and opens on its first answer", async () => {
    const clock = new FakeClock();
    const limiter = new TargetLimiter({}, clock);
    const turns: number[] = [];
    const asks = [1, 2, 3, 4].map((n) => limiter.acquire(1).then(() => turns.push(n)));
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    await settle();
    expect(turns).toEqual([1]);
    // A 401: the host has not answered the target; the next request goes alone once this one has ended.
    limiter.release(1, undefined);
    limiter.observe(undefined, false);
    await settle();
    expect(turns).toEqual([1, 2]);
    limiter.release(1, undefined);
    limiter.observe(undefined, true);
    await Promise.all(asks);
    expect(turns).toEqual([1, 2, 3, 4]);
  });

  it("learns limits from rate-limit headers when none are configured", async () => {
    const clock = new FakeClock();
    const limiter = new TargetLimiter({}, clock);
    const learned = limiter.observe({ limitRequests: 120, remainingRequests: 0, limitTokens: 10_000 });
    expect(learned).toEqual({ requestsPerMinute: 120, tokensPerMinute: 10_000 });
    await limiter.acquire(10);
    // remaining 0 was clamped in: the first request waits for a refill (120/min at 95% → ~526 ms per request).
    expect(clock.now()).toBeGreaterThan(500);
    expect(limiter.observe({ limitRequests: 120 })).toBeUndefined();
  });

  it("holds back the tokens of requests still in flight when the host says how many remain", async () => {
    const clock = new FakeClock();
    // 60k/min paced at 95% refills 0.95 tokens per ms.
    const limiter = new TargetLimiter({ tokensPerMinute: 60_000 }, clock);
    limiter.observe(undefined);
    await limiter.acquire(100);
    await limiter.acquire(100);
    limiter.release(100, 100);
    // The host counted neither the second request nor anything after it: 300 - 100 in flight = 200 usable.
    limiter.observe({ remainingTokens: 300 });
    const start = clock.now();
    await limiter.acquire(200);
    expect(clock.now()).toBe(start);
    await limiter.acquire(100);
    expect(clock.now() - start).toBeGreaterThan(100);
  });

  it("configured limits win over headers", () => {
    const limiter = new TargetLimiter({ requestsPerMinute: 60 }, new FakeClock());
    expect(limiter.observe({ limitRequests: 6000 })).toBeUndefined();
  });

  it("after a 429 nobody asks again before the pause ends", async () => {
    const clock = new FakeClock();
    const limiter = new TargetLimiter({}, clock);
    limiter.observe(undefined);
    limiter.pause(2_000);
    await limiter.acquire(1);
    expect(clock.now()).toBe(2_000);
  });

  it("gives up waiting when the run is interrupted", async () => {
    const clock = new FakeClock();
    const limiter = new TargetLimiter({}, clock);
    limiter.observe(undefined);
    limiter.pause(5_000);
    const controller = new AbortController();
    controller.abort(new Error("interrupted"));
    await expect(limiter.acquire(1, controller.signal)).rejects.toThrow("interrupted");
  });

  it("with shared buckets, asks them (at the paced limits) instead of its own, once per request unless paused, and shares its 429 pauses", async () => {
    const clock = new FakeClock();
    const asked: { tokens: number; limits: SharedLimits }[] = [];
    const answers = [
      { waitMs: 250, reserved: false },
      { waitMs: 0, reserved: true },
      { waitMs: 120, reserved: true },
    ];
    const paused: number[] = [];
    const adjusted: number[] = [];
    const shared: SharedRateLimit = {
      acquire: async (tokens, limits) => (asked.push({ tokens, limits }), answers.shift()!),
      adjustTokens: async (delta) => void adjusted.push(delta),
      pause: async (ms) => void paused.push(ms),
    };
    const limiter = new TargetLimiter({}, clock, shared);
    limiter.observe(undefined);
    // No limit known yet: nothing to ask.
    await limiter.acquire(10);
    expect(asked).toEqual([]);
    expect(limiter.observe({ limitRequests: 600, limitTokens: 60_000 })).toEqual({ requestsPerMinute: 600, tokensPerMinute: 60_000 });
    // Paused: nothing taken, ask again after the pause; then a turn now.
    await limiter.acquire(10);
    expect(clock.sleeps).toEqual([250]);
    const paced = { requestsPerMinute: 570, tokensPerMinute: 57_000, burstSeconds: 0.5 };
    expect(asked).toEqual([
      { tokens: 10, limits: paced },
      { tokens: 10, limits: paced },
    ]);
    // A turn reserved ahead: wait for it, without asking again.
    await limiter.acquire(20);
    expect(clock.sleeps).toEqual([250, 120]);
    expect(asked).toHaveLength(3);
    limiter.release(10, 4);
    limiter.pause(2000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(adjusted).toEqual([6]);
    expect(paused).toEqual([2000]);
  });
});
