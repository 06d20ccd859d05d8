import { describe, expect, it } from "vitest";
import { proseChunk } from "../haystack/procedural-prose.ts";
import { PLAIN_PROSE } from "../loop-guard/legit-repetition-corpus.ts";
import { measureCompression } from "./measure-compression.ts";

let generated = "";
for (let i = 0; generated.length < 60_000; i++) generated += (i ? "\n\n" : "") + proseChunk(4242, i);

describe("measureCompression", () => {
  it.each([200, 2000, 20_000])("finds no excess in generated prose of %i characters", (length) => {
    const excesses = [0, 1, 2, 3, 4].map((k) => measureCompression(generated.slice(k * 8000, k * 8000 + length)).excess);
    for (const excess of excesses) expect(Math.abs(excess)).toBeLessThan(0.1);
    expect(Math.abs(excesses.reduce((a, b) => a + b, 0) / excesses.length)).toBeLessThan(0.05);
  });

  it("finds none in real prose either", () => {
    expect(Math.abs(measureCompression(PLAIN_PROSE).excess)).toBeLessThan(0.1);
  });

  it("is high for loops, short or long", () => {
    const long = measureCompression("The reason ".repeat(500));
    expect(long.ratio).toBeLessThan(0.05);
    expect(long.excess).toBeGreaterThan(0.95);
    expect(measureCompression("The reason ".repeat(18)).excess).toBeGreaterThan(0.8);
    expect(measureCompression(`${PLAIN_PROSE.slice(0, 500)}${"I'm sorry. ".repeat(300)}`).excess).toBeGreaterThan(0.7);
  });

  it("does not flag short answers", () => {
    for (const text of ["42", "Yes.", "ANSWER: Paris", "The bridge failed because the bolts were undersized."]) {
      expect(Math.abs(measureCompression(text).excess), text).toBeLessThan(0.1);
    }
  });

  it("measures the empty text as neutral and sizes in UTF-8 bytes", () => {
    expect(measureCompression("")).toEqual({ ratio: 1, expectedRatio: 1, excess: 0 });
    const accented = measureCompression("ñ".repeat(100));
    expect(accented.expectedRatio).toBeCloseTo(measureCompression("n".repeat(200)).expectedRatio, 12);
  });
});
