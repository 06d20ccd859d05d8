import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { proseChunk } from "../haystack/procedural-prose.ts";
import { naturalCompressionRatio } from "./natural-compression-ratio.ts";

describe("naturalCompressionRatio", () => {
  it("falls with length, interpolating between measured lengths and holding at both ends", () => {
    expect(naturalCompressionRatio(1)).toBe(3);
    expect(naturalCompressionRatio(0)).toBe(3);
    expect(naturalCompressionRatio(2048)).toBeCloseTo(0.544, 12);
    const between = naturalCompressionRatio(3000);
    expect(between).toBeLessThan(naturalCompressionRatio(2896));
    expect(between).toBeGreaterThan(naturalCompressionRatio(4096));
    expect(naturalCompressionRatio(10_000_000)).toBe(naturalCompressionRatio(131072));
    let previous = Infinity;
    for (let bytes = 1; bytes <= 200_000; bytes = Math.ceil(bytes * 1.3)) {
      const ratio = naturalCompressionRatio(bytes);
      expect(ratio).toBeLessThanOrEqual(previous);
      previous = ratio;
    }
  });

  it("agrees with a fresh measurement of generated prose from a seed it was not fitted on", () => {
    let prose = "";
    for (let i = 0; prose.length < 40_000; i++) prose += (i ? "\n\n" : "") + proseChunk(777, i);
    for (const bytes of [128, 1024, 8192]) {
      let sum = 0;
      const windows = 6;
      for (let w = 0; w < windows; w++) {
        const raw = Buffer.from(prose.slice(w * 5000, w * 5000 + bytes), "utf8");
        sum += deflateRawSync(raw, { level: 1 }).length / raw.length;
      }
      expect(Math.abs(sum / windows - naturalCompressionRatio(bytes)), `${bytes} bytes`).toBeLessThan(0.02);
    }
  });
});
