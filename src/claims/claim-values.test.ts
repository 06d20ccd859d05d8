import { describe, expect, it } from "vitest";
import { formatTokens, parseNumber, parsePositive, parseRate, parseTokenCount } from "./claim-values.ts";

describe("parseTokenCount", () => {
  it("reads numbers and the k/M forms vendors use", () => {
    expect(parseTokenCount(131072)).toEqual({ ok: true, value: 131072 });
    expect(parseTokenCount("10M")).toEqual({ ok: true, value: 10_000_000 });
    expect(parseTokenCount("128k")).toEqual({ ok: true, value: 128_000 });
    expect(parseTokenCount("1.5k")).toEqual({ ok: true, value: 1_500 });
    expect(parseTokenCount("128ki")).toEqual({ ok: true, value: 131_072 });
    expect(parseTokenCount(" 1 m ")).toEqual({ ok: true, value: 1_000_000 });
  });

  it("refuses anything that is not a positive whole count", () => {
    for (const raw of [0, -5, 1.5, "ten", "10 tokens", "0k", true, null]) expect(parseTokenCount(raw).ok, String(raw)).toBe(false);
    expect(parseTokenCount("lots")).toEqual({ ok: false, message: 'must be a positive token count (e.g. 131072, "128k", "10M"), got "lots"' });
  });
});

describe("parseRate", () => {
  it("reads fractions and percentages", () => {
    expect(parseRate(0.9)).toEqual({ ok: true, value: 0.9 });
    expect(parseRate("2%")).toEqual({ ok: true, value: 0.02 });
    expect(parseRate(0)).toEqual({ ok: true, value: 0 });
  });

  it("refuses values outside 0..1", () => {
    expect(parseRate(2).ok).toBe(false);
    expect(parseRate("120%").ok).toBe(false);
    expect(parseRate("0.5").ok).toBe(false);
  });
});

describe("parseNumber", () => {
  it("holds a lower bound when given one", () => {
    expect(parseNumber(-0.2)).toEqual({ ok: true, value: -0.2 });
    expect(parseNumber(-1, 0)).toEqual({ ok: false, message: "must be a number of at least 0, got -1" });
    expect(parseNumber("5").ok).toBe(false);
  });
});

describe("parsePositive", () => {
  it("takes only numbers above zero", () => {
    expect(parsePositive(250)).toEqual({ ok: true, value: 250 });
    expect(parsePositive(0)).toEqual({ ok: false, message: "must be a positive number, got 0" });
  });
});

describe("formatTokens", () => {
  it("states windows the way vendors do", () => {
    expect([10_000_000, 1_000_000, 131_072, 128_000, 1_500, 850].map(formatTokens)).toEqual(["10M", "1M", "131k", "128k", "1.5k", "850"]);
  });
});
