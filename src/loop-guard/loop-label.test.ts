import { describe, expect, it } from "vitest";
import { LoopDetector, type LoopVerdict } from "./loop-detector.ts";
import { approximateTokens, describeLoop, loopOutcome } from "./loop-label.ts";

const reasonLoop: LoopVerdict = { onsetChar: 812, period: "The reason ", periodChars: 11, repeats: 54, detectedAtChar: 1406 };

describe("loopOutcome", () => {
  it("labels a loop with its onset, where it stopped and what stopping it saved", () => {
    expect(loopOutcome(reasonLoop, { maxOutputTokens: 20_000, generatedChars: 1360 })).toEqual({
      label: "LOOP",
      onsetChar: 812,
      onsetTokens: 203,
      stoppedAtTokens: 340,
      tokensSaved: 19_660,
      explanation: 'loop from char 812 (~203 tokens): period 11 chars "The reason " x 54; stopped at ~340 tokens, ~19,660 saved',
    });
  });

  it("states no saving without an output cap, and never a negative one", () => {
    const uncapped = loopOutcome(reasonLoop, { generatedChars: 1360 });
    expect(uncapped.tokensSaved).toBeUndefined();
    expect(uncapped.explanation).toMatch(/; stopped at ~340 tokens$/);
    expect(loopOutcome(reasonLoop, { maxOutputTokens: 300, generatedChars: 1360 }).tokensSaved).toBe(0);
  });

  it("counts tokens with the caller's tokenizer when given one", () => {
    const text = "word ".repeat(400);
    const countWords = (chars: number) => text.slice(0, chars).split(" ").filter(Boolean).length;
    const outcome = loopOutcome({ ...reasonLoop, onsetChar: 100 }, { maxOutputTokens: 1000, generatedChars: 2000, countTokens: countWords });
    expect(outcome).toMatchObject({ onsetTokens: 20, stoppedAtTokens: 400, tokensSaved: 600 });
    expect(outcome.explanation).toContain("loop from char 100 (~20 tokens)");
  });

  it("works from a real verdict", () => {
    const text = "Why did it fail? " + "The reason ".repeat(200);
    const verdict = new LoopDetector().push(text)!;
    const outcome = loopOutcome(verdict, { maxOutputTokens: 20_000, generatedChars: text.length });
    expect(outcome).toMatchObject({ label: "LOOP", onsetChar: 17, onsetTokens: approximateTokens(17), stoppedAtTokens: Math.ceil(text.length / 4) });
    expect(outcome.explanation).toMatch(/^loop from char 17 \(~5 tokens\): period 11 chars "The reason " x \d+; stopped at ~\d+ tokens, ~19,\d{3} saved$/);
  });
});

describe("describeLoop", () => {
  it("escapes line breaks and quotes and shows at most 60 characters of a long unit", () => {
    const period = 'He said "stop".\n'.repeat(12).slice(0, 200);
    const text = describeLoop({ onsetChar: 12_345, period, periodChars: 1200, repeats: 3, detectedAtChar: 16_000 });
    expect(text).toBe(`loop from char 12,345 (~3,087 tokens): period 1,200 chars ${JSON.stringify(period.slice(0, 60))}… x 3`);
    expect(text).toContain('\\"stop\\".\\n');
  });

  it("never cuts an emoji in half", () => {
    const period = "a" + "😂".repeat(40);
    const text = describeLoop({ onsetChar: 0, period, periodChars: 81, repeats: 10, detectedAtChar: 810 });
    expect(text).toContain(JSON.stringify("a" + "😂".repeat(29)) + "…");
    expect(text).not.toMatch(/\\ud/);
  });
});
