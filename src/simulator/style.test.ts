import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { findFinalAnswer } from "../scorers/final-answer.ts";
import { applyStyle } from "./style.ts";

const DRESSED = { emojiRate: 1, exclamations: 1, markdown: false, verbosity: 2 };

describe("style", () => {
  it("dresses every sentence and pads with filler, keeping the answer's lines as lines", () => {
    const text = applyStyle("The ball costs 5. It is cheap.\n\nANSWER: 5", DRESSED, seededRandom(1));
    const lines = text.split("\n");
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.find((line) => line.startsWith("ANSWER: 5"))).toMatch(/^ANSWER: 5 \p{Extended_Pictographic}$/u);
    expect(findFinalAnswer(text)).toMatch(/^5 /u);
    expect(text).toMatch(/cheap! \p{Extended_Pictographic}/u);
  });

  it("is the same for the same draws and leaves plain settings' text alone", () => {
    expect(applyStyle("One. Two.", DRESSED, seededRandom(7))).toBe(applyStyle("One. Two.", DRESSED, seededRandom(7)));
    expect(applyStyle("One.\nTwo.", { emojiRate: 0, exclamations: 0, markdown: false, verbosity: 0 }, seededRandom(7))).toBe("One.\nTwo.");
  });
});
