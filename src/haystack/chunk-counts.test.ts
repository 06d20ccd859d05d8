import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sha256 } from "../core/hash.ts";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import { ChunkCounts } from "./chunk-counts.ts";
import { proceduralProse } from "./procedural-prose.ts";

const root = mkdtempSync(join(tmpdir(), "rc-chunk-counts-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function countingTokenizer(name = "simulator"): Tokenizer & { calls: number } {
  const tokenizer = { name, exact: false, calls: 0, count: (text: string) => (tokenizer.calls++, countSimulatedTokens(text)) };
  return tokenizer;
}

const source = proceduralProse(5);
const texts = Array.from({ length: 3000 }, (_, i) => source.chunk(i) ?? "");

describe("ChunkCounts", () => {
  it("counts each chunk with its joiner once, then answers from memory", () => {
    const tokenizer = countingTokenizer();
    const counts = new ChunkCounts();
    expect(counts.cached(source, tokenizer, 0)).toBeUndefined();
    expect(counts.tokens(source, tokenizer, 0, texts[0] ?? "")).toBe(countSimulatedTokens(`${texts[0]}\n\n`));
    expect(counts.tokens(source, tokenizer, 0, "ignored once cached")).toBe(countSimulatedTokens(`${texts[0]}\n\n`));
    expect(counts.cached(source, tokenizer, 0)).toBe(countSimulatedTokens(`${texts[0]}\n\n`));
    expect(tokenizer.calls).toBe(1);
    // Another tokenizer name is another table.
    expect(counts.cached(source, countingTokenizer("other"), 0)).toBeUndefined();
  });

  it("persists counts as little-endian uint32s in <dir>/<sha256(id, tokenizer)>.bin, rewritten as they grow", () => {
    const dir = join(root, "grow");
    const tokenizer = countingTokenizer();
    const first = new ChunkCounts(dir);
    for (let i = 0; i < 10; i++) first.tokens(source, tokenizer, i, texts[i] ?? "");
    first.save();
    const path = join(dir, `${sha256(`${source.id}\u0000simulator`)}.bin`);
    const bytes = readFileSync(path);
    expect(bytes.length).toBe(40);
    expect(bytes.readUInt32LE(4)).toBe(countSimulatedTokens(`${texts[1]}\n\n`));

    // Past the initial capacity, read back by a new instance: no tokenizer calls for what was saved.
    const second = new ChunkCounts(dir);
    for (let i = 0; i < texts.length; i++) second.tokens(source, tokenizer, i, texts[i] ?? "");
    expect(tokenizer.calls).toBe(texts.length);
    second.save();
    expect(readFileSync(path).length).toBe(texts.length * 4);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const third = new ChunkCounts(dir);
    expect(third.cached(source, tokenizer, texts.length - 1)).toBe(countSimulatedTokens(`${texts.at(-1)}\n\n`));
    expect(third.cached(source, tokenizer, texts.length)).toBeUndefined();
  });

  it("does not shorten a file another process grew, and recounts over a torn file", () => {
    const dir = join(root, "shared");
    const tokenizer = countingTokenizer();
    const long = new ChunkCounts(dir);
    for (let i = 0; i < 20; i++) long.tokens(source, tokenizer, i, texts[i] ?? "");
    const short = new ChunkCounts(dir);
    for (let i = 0; i < 5; i++) short.tokens(source, tokenizer, i, texts[i] ?? "");
    long.save();
    short.save();
    const path = join(dir, readdirSync(dir)[0] ?? "");
    expect(readFileSync(path).length).toBe(80);

    writeFileSync(path, Buffer.alloc(7));
    const torn = new ChunkCounts(dir);
    expect(torn.cached(source, tokenizer, 0)).toBeUndefined();
    torn.tokens(source, tokenizer, 0, texts[0] ?? "");
    torn.save();
    expect(readFileSync(path).length).toBe(4);
  });

  it("writes nothing without a directory or when nothing grew", () => {
    const dir = join(root, "untouched");
    const counts = new ChunkCounts(dir);
    counts.cached(source, countingTokenizer(), 0);
    counts.save();
    expect(existsSync(dir)).toBe(false);
  });
});
