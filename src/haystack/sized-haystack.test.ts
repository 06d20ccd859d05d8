import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import { ChunkCounts } from "./chunk-counts.ts";
import { fileHaystack } from "./file-haystack.ts";
import { haystackCapacity } from "./haystack-capacity.ts";
import type { HaystackSource } from "./haystack-source.ts";
import { proceduralProse } from "./procedural-prose.ts";
import { repeatedNoise } from "./repeated-noise.ts";
import { buildSizedHaystack, sizeTolerance } from "./sized-haystack.ts";

const root = mkdtempSync(join(tmpdir(), "rc-sized-haystack-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The simulator's counter, recording how much text it was asked to count. */
function counting(name = "simulator", count = countSimulatedTokens): Tokenizer & { calls: number; chars: number } {
  const tokenizer = {
    name,
    exact: false,
    calls: 0,
    chars: 0,
    count: (text: string) => {
      tokenizer.calls++;
      tokenizer.chars += text.length;
      return count(text);
    },
  };
  return tokenizer;
}

/** Makes every blank line cost 50 tokens, so a builder that forgot the joiners would miss by far more than 1%. */
const heavyJoiners = counting("heavy-joiners", (text) => countSimulatedTokens(text) + 50 * (text.match(/\n\s*\n/g)?.length ?? 0));

describe("buildSizedHaystack", () => {
  for (const [name, source] of [["prose", proceduralProse(1)], ["noise", repeatedNoise()]] as const) {
    it(`sizes ${name} within 1% (2 tokens when tiny) of 100, 1k, 10k and 100k tokens, by the whole text's count`, () => {
      const counts = new ChunkCounts();
      for (const tokenizer of [counting(), heavyJoiners]) {
        for (const target of [100, 1_000, 10_000, 100_000]) {
          const built = buildSizedHaystack(source, tokenizer, target, counts);
          const actual = tokenizer.count(built.text);
          expect(built.tokens).toBe(actual);
          expect(Math.abs(actual - target)).toBeLessThanOrEqual(sizeTolerance(target));
          expect(built.text.startsWith(source.chunk(0)?.slice(0, 200) ?? "?")).toBe(true);
          expect(built.text).toBe(built.text.trim());
          if (target >= 10_000) expect(built.text).toMatch(/[.?!]"?$/);
        }
      }
    });
  }

  it("builds ~200k tokens again from cached counts, counting only the cut chunk", () => {
    const dir = join(root, "cache");
    const source = proceduralProse(2);
    const cold = counting();
    const first = buildSizedHaystack(source, cold, 200_000, new ChunkCounts(dir));
    expect(cold.calls).toBeGreaterThan(first.chunks);

    const warm = counting();
    const second = buildSizedHaystack(source, warm, 200_000, new ChunkCounts(dir));
    expect(second).toEqual(first);
    expect(warm.calls).toBeLessThan(25);
    expect(warm.chars).toBeLessThan(20 * (source.chunk(second.chunks - 1)?.length ?? 0));
    expect(warm.chars * 20).toBeLessThan(second.text.length);
  });

  it("ends on the previous chunk, without its joiner, when nothing of the next one fits", () => {
    const sentence = "One two three four five six seven eight nine ten.";
    const fixed: HaystackSource = { id: "fixed", description: "fixed", chunk: () => sentence };
    const built = buildSizedHaystack(fixed, counting(), countSimulatedTokens(sentence) + 1, new ChunkCounts());
    expect(built).toEqual({ text: sentence, tokens: countSimulatedTokens(sentence), chunks: 1 });
  });

  it("cuts at a word when no sentence end lands close enough to a small target", () => {
    const built = buildSizedHaystack(proceduralProse(3), counting(), 37, new ChunkCounts());
    expect(Math.abs(built.tokens - 37)).toBeLessThanOrEqual(2);
    expect(built.text).toMatch(/\S$/);
  });

  it("fails with a ConfigError when the source runs out, saying how much it has", () => {
    const path = join(root, "short.txt");
    writeFileSync(path, "A short file.\n\nWith two paragraphs.");
    const source = fileHaystack(path);
    const counts = new ChunkCounts();
    const supplied = haystackCapacity(source, counting(), counts, 1_000);
    expect(supplied).toBe(countSimulatedTokens("A short file.\n\nWith two paragraphs.\n\n"));
    expect(() => buildSizedHaystack(source, counting(), 1_000, counts)).toThrow(
      new ConfigError(`haystack short.txt (0.0 KB) supplies only ${supplied} tokens; 1000 were asked`),
    );
    expect(() => buildSizedHaystack(source, counting(), 0, counts)).toThrow(ConfigError);
    expect(() => buildSizedHaystack(source, counting(), 2.5, counts)).toThrow(ConfigError);
  });
});

describe("haystackCapacity", () => {
  it("stops counting once the asked length is reached, and answers from cached counts", () => {
    const source = proceduralProse(4);
    const counts = new ChunkCounts();
    const cold = counting();
    expect(haystackCapacity(source, cold, counts, 5_000)).toBeGreaterThanOrEqual(5_000);
    const warm = counting();
    expect(haystackCapacity(source, warm, counts, 5_000)).toBe(haystackCapacity(source, cold, counts, 5_000));
    expect(warm.calls).toBe(0);
  });
});
