import { describe, expect, it } from "vitest";
import { nearestBoundary, needleDepths, placeNeedles } from "./place-needles.ts";

const HAYSTACK = Array.from({ length: 40 }, (_, i) => `Sentence ${i} goes here. Is it ${i}? Yes it is! The end of paragraph ${i}.`).join("\n\n");
const ENDS = [". ", "? ", "! ", ".\n", "?\n", "!\n", "\n\n"];

describe("needleDepths", () => {
  it("puts the first needle at the depth and spaces the others 100/k apart, wrapping", () => {
    expect(needleDepths(50, 3).map((d) => Math.round(d * 10) / 10)).toEqual([50, 83.3, 16.7]);
    expect(needleDepths(0, 4)).toEqual([0, 25, 50, 75]);
    expect(needleDepths(100, 2)).toEqual([100, 50]);
    expect(needleDepths(30, 3, "together")).toEqual([30, 30, 30]);
  });
});

describe("placeNeedles", () => {
  it("inserts at sentence boundaries and leaves the haystack otherwise intact", () => {
    for (const depth of [3, 17, 42, 50, 77, 96]) {
      const { text, offsets } = placeNeedles(HAYSTACK, ["The code is 1234-AB."], depth);
      const at = offsets[0] as number;
      expect(text.slice(at, at + 20)).toBe("The code is 1234-AB.");
      expect(ENDS).toContain(text.slice(at - 2, at));
      expect(text.slice(0, at) + text.slice(at + "The code is 1234-AB. ".length)).toBe(HAYSTACK);
    }
  });

  it("depth 0 is the very start and depth 100 the very end", () => {
    expect(placeNeedles(HAYSTACK, ["First."], 0).text).toBe(`First. ${HAYSTACK}`);
    expect(placeNeedles(HAYSTACK, ["Last."], 100).text).toBe(`${HAYSTACK} Last.`);
    expect(placeNeedles(HAYSTACK, ["Last."], 100).depths).toEqual([100]);
    expect(placeNeedles("", ["Only."], 50).text).toBe("Only.");
  });

  it("keeps needles in order when they share a depth", () => {
    const needles = ["Alpha one.", "Beta two.", "Gamma three."];
    for (const depth of [0, 50, 100]) {
      const { text, offsets } = placeNeedles(HAYSTACK, needles, depth, "together");
      expect(offsets[0]).toBeLessThan(offsets[1] as number);
      expect(offsets[1]).toBeLessThan(offsets[2] as number);
      expect(text).toContain("Alpha one. Beta two. Gamma three.");
    }
  });

  it("spreads several needles by the wrapping rule and reports where each landed", () => {
    const { text, depths, offsets } = placeNeedles(HAYSTACK, ["Alpha one.", "Beta two.", "Gamma three."], 50);
    expect(depths[0]).toBeCloseTo(50, 0);
    expect(depths[1]).toBeCloseTo(83.3, -1);
    expect(depths[2]).toBeCloseTo(16.7, -1);
    expect(offsets[2]).toBeLessThan(offsets[0] as number);
    expect(offsets[0]).toBeLessThan(offsets[1] as number);
    offsets.forEach((at, i) => expect(text.slice(at)).toMatch(["Alpha", "Beta", "Gamma"][i] as string));
  });

  it("finds the nearest boundary on either side, and falls back to the ends", () => {
    expect(nearestBoundary("Aaa. Bbbbbbbbbbbbb. C", 7)).toBe(5);
    expect(nearestBoundary("Aaaaaaaaaaaaa. Bb. C", 18)).toBe(19);
    expect(nearestBoundary("Aaa.\n\nBbb. C", 4)).toBe(6);
    expect(nearestBoundary("no boundary anywhere in this text", 10)).toBe(0);
    expect(nearestBoundary("no boundary anywhere in this text", 25)).toBe(33);
  });

  it("handles a 47 MB haystack by slicing, with boundaries far apart", () => {
    const sentence = `${"word ".repeat(3000)}ends here. `;
    const haystack = sentence.repeat(Math.ceil(47_000_000 / sentence.length));
    const needles = ["Alpha one.", "Beta two.", "Gamma three."];
    const { text, depths, offsets } = placeNeedles(haystack, needles, 35);
    expect(text.length).toBe(haystack.length + needles.reduce((sum, n) => sum + n.length + 1, 0));
    expect(depths[0]).toBeCloseTo(35, 1);
    offsets.forEach((at, i) => {
      expect(text.slice(at, at + (needles[i] as string).length)).toBe(needles[i]);
      expect(text.slice(at - 2, at)).toBe(". ");
    });
  });
});
