import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { loadOpenAiCounter, loadOpenAiTokenizer, type OpenAiEncoding } from "./openai-tokenizer.ts";
import { englishProse, MULTILINGUAL_SAMPLE } from "../test-support/tokenizer-fixtures.ts";

/** Slices cut at arbitrary offsets: mid-word, mid-number, between CR and LF, inside emoji. */
function randomSlices(text: string, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * text.length);
    return text.slice(start, start + Math.floor(random() * 200));
  });
}

describe.each<OpenAiEncoding>(["o200k", "cl100k"])("%s", (encoding) => {
  it("counts exactly what gpt-tokenizer counts for the whole text", async () => {
    const tokenizer = await loadOpenAiTokenizer(encoding);
    const direct = await loadOpenAiCounter(encoding);
    expect(tokenizer).toMatchObject({ name: encoding, exact: true });
    expect(tokenizer.count(MULTILINGUAL_SAMPLE)).toBe(direct(MULTILINGUAL_SAMPLE));
    for (const slice of randomSlices(MULTILINGUAL_SAMPLE, 300, 11)) {
      expect(tokenizer.count(slice), JSON.stringify(slice)).toBe(direct(slice));
    }
    const prose = englishProse(50_000, 5);
    expect(tokenizer.count(prose)).toBe(direct(prose));
    expect(tokenizer.count("")).toBe(0);
  });

  it("counts special-token strings as the plain text they are", async () => {
    const tokenizer = await loadOpenAiTokenizer(encoding);
    expect(tokenizer.count("<|endoftext|>")).toBeGreaterThan(1);
  });
});
