import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { lengthLabel, parseDepths, parseLengths } from "./grid-spec.ts";

describe("parseLengths", () => {
  it("doubles across a range, keeping its end", () => {
    expect(parseLengths("1k..16k")).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(parseLengths("1k..1m").at(-1)).toBe(1_000_000);
    expect(parseLengths("1k..1m")).toHaveLength(10);
  });

  it("takes a point count, log-spaced, and lists in any order", () => {
    expect(parseLengths("1k..100k:3")).toEqual([1000, 10000, 100000]);
    expect(parseLengths("300k,85k,1k,85k")).toEqual([1000, 85000, 300000]);
    expect(parseLengths("10M,128ki")).toEqual([131072, 10_000_000]);
  });

  it("rejects nonsense with the flag named", () => {
    for (const bad of ["", "abc", "16k..1k", "5", "30m", "1k..2k:1"]) {
      expect(() => parseLengths(bad), bad).toThrow(ConfigError);
    }
    expect(() => parseLengths("1q")).toThrow(/"1q" is not a token count/);
  });
});

describe("parseDepths", () => {
  it("steps, splits a range in tenths by default, and reads lists", () => {
    expect(parseDepths("0..100:25")).toEqual([0, 25, 50, 75, 100]);
    expect(parseDepths("0..100")).toHaveLength(11);
    expect(parseDepths("50,0,100%")).toEqual([0, 50, 100]);
  });

  it("refuses depths outside 0-100", () => {
    expect(() => parseDepths("0,150")).toThrow(/between 0 and 100/);
    expect(() => parseDepths("-10..50")).toThrow(ConfigError);
    expect(() => parseDepths("0..100:0")).toThrow(/positive step/);
  });

  it("keeps a grid to 101 depths and 64 lengths, however they are written", () => {
    expect(parseDepths("0..100:1")).toHaveLength(101);
    expect(() => parseDepths("0..100:0.001")).toThrow("--depths: depth range 0..100:0.001 has more than 101 depths; take a larger step");
    expect(() => parseDepths(Array.from({ length: 102 }, (_, i) => String(i * 0.5)).join(","))).toThrow("--depths: 102 depths is more than the 101 a grid may have");
    const lengths = Array.from({ length: 65 }, (_, i) => `${i + 1}k`).join(",");
    expect(() => parseLengths(lengths)).toThrow("--lengths: 65 lengths is more than the 64 a grid may have");
    expect(() => parseLengths("1k..1m:65")).toThrow(/needs between 2 and 64 points/);
  });
});

describe("lengthLabel", () => {
  it("writes sizes the way vendors do", () => {
    expect([1000, 85000, 1_000_000, 131072, 1500, 512].map(lengthLabel)).toEqual(["1k", "85k", "1m", "128ki", "1.5k", "512"]);
  });
});
