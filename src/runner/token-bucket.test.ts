import { describe, expect, it } from "vitest";
import { FakeClock } from "../test-support/fake-clock.ts";
import { TokenBucket } from "./token-bucket.ts";

describe("TokenBucket", () => {
  it("starts full and refills continuously at the per-minute rate", () => {
    const clock = new FakeClock();
    const bucket = TokenBucket.perMinute(600, 1, clock.now); // 10/s, capacity 10
    expect(bucket.waitFor(10)).toBe(0);
    bucket.take(10);
    expect(bucket.waitFor(1)).toBeCloseTo(100, 6);
    clock.current += 250;
    expect(bucket.waitFor(2)).toBe(0);
    expect(bucket.waitFor(3)).toBeCloseTo(50, 6);
  });

  it("never holds more than its capacity, and waits for a full bucket for oversized amounts", () => {
    const clock = new FakeClock();
    const bucket = TokenBucket.perMinute(60, 1, clock.now); // 1/s, capacity 1
    clock.current += 60_000;
    bucket.take(1);
    expect(bucket.waitFor(5)).toBeCloseTo(1000, 6);
  });

  it("clamps to what the host says remains, and adjusts after real usage", () => {
    const clock = new FakeClock();
    const bucket = TokenBucket.perMinute(6000, 1, clock.now); // 100/s, capacity 100
    bucket.clampTo(3);
    expect(bucket.waitFor(3)).toBe(0);
    expect(bucket.waitFor(4)).toBeCloseTo(10, 6);
    bucket.take(3);
    bucket.adjust(2);
    expect(bucket.waitFor(2)).toBe(0);
  });
});
