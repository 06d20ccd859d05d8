import { describe, expect, it } from "vitest";
import { estimateTokens } from "../tokenizers/estimate-tokenizer.ts";
import { DIGITS_MARK, NormalizedText } from "./normalized-text.ts";

function normalize(raw: string, history = 10_000): NormalizedText {
  const text = new NormalizedText(history);
  for (let i = 0; i < raw.length; i++) text.push(raw.charCodeAt(i), i);
  return text;
}

const written = (text: NormalizedText) => String.fromCharCode(...Array.from({ length: text.length - text.start }, (_, i) => text.charAt(text.start + i)));
const mark = String.fromCharCode(DIGITS_MARK);

describe("NormalizedText", () => {
  it("folds case, runs of spaces and indentation, keeps every line break, and marks each run of digits once", () => {
    expect(written(normalize("Attempt 12:  DONE\n\n    Next 7."))).toBe(`attempt ${mark}: done\n\nnext ${mark}.`);
    expect(written(normalize("Ça VA, Élodie?"))).toBe("ça va, élodie?");
  });

  it("tells runs of digits apart by their digits, and knows where each character came from", () => {
    const text = normalize("run 12 and 13 and 12 ");
    const marks = [4, 10, 16].map((i) => text.digitsAt(i));
    expect(marks[0]).not.toBe(0);
    expect(marks[0]).toBe(marks[2]);
    expect(marks[1]).not.toBe(marks[0]);
    expect(text.charAt(0)).toBe("r".charCodeAt(0));
    expect(text.rawAt(4)).toBe(4);
    expect(text.rawAt(10)).toBe(11);
  });

  it("lets a run of blanks that never ends still move the text along", () => {
    expect(normalize(`x${" ".repeat(3200)}`).length).toBeGreaterThan(90);
  });

  it("counts tokens close to the estimate tokenizer", () => {
    for (const raw of ["The bridge failed for several reasons, and the first one matters most.", "我们的城市有一条很长的河。", "| a | b |\n|---|---|\n| 1 | 2 |"]) {
      const text = normalize(`${raw} end`);
      expect(Math.abs(text.tokensThrough(text.length - 1) - estimateTokens(`${raw} end`))).toBeLessThanOrEqual(2);
    }
  });

  it("keeps only its history, with the tokens before it still counted", () => {
    const text = normalize("word ".repeat(2000), 1000);
    expect(text.length).toBe(10_000);
    expect(text.start).toBeGreaterThanOrEqual(10_000 - 2 * 1000);
    expect(text.tokensThrough(text.start - 1)).toBe(Math.floor((text.start - 1) / 5) + 1);
    expect(text.tokensThrough(text.length - 1)).toBe(2000);
  });
});
