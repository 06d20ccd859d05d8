import { beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import {
  huggingFaceTokenizer,
  loadHuggingFaceCounter,
  type HuggingFaceCounter,
  type HuggingFaceTokenizerName,
} from "./hugging-face-tokenizer.ts";
import type { Tokenizer } from "./tokenizer.ts";
import { englishProse, MULTILINGUAL_SAMPLE } from "../test-support/tokenizer-fixtures.ts";

function randomSlices(text: string, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * text.length);
    return text.slice(start, start + Math.floor(random() * 200));
  });
}

describe.each<HuggingFaceTokenizerName>(["llama3", "qwen3"])("%s", (name) => {
  let tokenizer: Tokenizer;
  let library: HuggingFaceCounter;
  beforeAll(async () => {
    // Loading a tokenizer takes ~0.7 s (more under vitest): once per tokenizer, shared by the memo and the reference.
    library = await loadHuggingFaceCounter(name);
    tokenizer = huggingFaceTokenizer(name, library);
  });

  it("counts exactly what the library counts for the whole text, added tokens included", () => {
    expect(tokenizer).toMatchObject({ name, exact: true });
    expect(tokenizer.count(MULTILINGUAL_SAMPLE)).toBe(library.count(MULTILINGUAL_SAMPLE));
    for (const slice of randomSlices(MULTILINGUAL_SAMPLE, 150, 7)) {
      expect(tokenizer.count(slice), JSON.stringify(slice)).toBe(library.count(slice));
    }
    const prose = englishProse(20_000, 9);
    expect(tokenizer.count(prose)).toBe(library.count(prose));
    expect(tokenizer.count("")).toBe(0);
  });

  it("counts an added token as one token", () => {
    const added = name === "llama3" ? "<|eot_id|>" : "<think>";
    expect(tokenizer.count(`a${added}b`)).toBe(tokenizer.count("a") + 1 + tokenizer.count("b"));
  });
});
