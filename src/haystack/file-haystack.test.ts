import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { fileHaystack } from "./file-haystack.ts";
import type { HaystackSource } from "./haystack-source.ts";
import { proseChunk } from "./procedural-prose.ts";

const dir = mkdtempSync(join(tmpdir(), "rc-file-haystack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${files++}.txt`);
  writeFileSync(path, content);
  return path;
}

function allChunks(source: HaystackSource): string[] {
  const chunks: string[] = [];
  for (let text = source.chunk(0); text !== undefined; text = source.chunk(chunks.length)) chunks.push(text);
  return chunks;
}

const small = { minChunkBytes: 400, maxChunkBytes: 1500, blockBytes: 4096 };
const paragraphs = Array.from({ length: 60 }, (_, i) => proseChunk(3, i).split("\n\n")[0] ?? "");

describe("fileHaystack", () => {
  it("cuts chunks at blank lines: whole paragraphs, about the minimum size, the file's text in order", () => {
    const source = fileHaystack(file(paragraphs.join("\n\n")), small);
    const chunks = allChunks(source);
    expect(chunks.join("\n\n")).toBe(paragraphs.join("\n\n"));
    for (const chunk of chunks.slice(0, -1)) {
      expect(Buffer.byteLength(chunk)).toBeGreaterThanOrEqual(400);
      expect(paragraphs).toContain(chunk.split("\n\n").at(-1));
    }
    expect(source.chunk(chunks.length)).toBeUndefined();
  });

  it("accepts blank lines with spaces or CRLF, and skips a byte-order mark and surrounding whitespace", () => {
    const text = `\uFEFF\n\n  ${paragraphs.slice(0, 6).join("\r\n \t\r\n")}\n\n\n`;
    const chunks = allChunks(fileHaystack(file(text), small));
    expect(chunks.join(" ").split(/\s+/)).toEqual(paragraphs.slice(0, 6).join(" ").split(/\s+/));
    for (const chunk of chunks) expect(chunk).toBe(chunk.trim());
  });

  it("splits a text with no blank lines at sentence ends, then at spaces, then between characters", () => {
    const sentences = paragraphs.join(" ");
    const bySentence = allChunks(fileHaystack(file(sentences), small));
    expect(bySentence.join(" ")).toBe(sentences);
    for (const chunk of bySentence) expect(chunk).toMatch(/[.?!]"?$/);

    const words = sentences.replace(/[.?!]/g, "");
    expect(allChunks(fileHaystack(file(words), small)).join(" ")).toBe(words);

    // One ASCII byte first, so the 1,500-byte limit falls inside a 3-byte character.
    const cjk = `x${"雨が降って風も吹いた".repeat(300)}`;
    const cut = allChunks(fileHaystack(file(cjk), small));
    expect(cut.join("")).toBe(cjk);
    for (const chunk of cut) expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(1500);

    const cjkSentences = "雨が降った。風も吹いた！".repeat(200);
    const bySentenceCjk = allChunks(fileHaystack(file(cjkSentences), small));
    expect(bySentenceCjk.join("")).toBe(cjkSentences);
    for (const chunk of bySentenceCjk) expect(chunk).toMatch(/[。！]$/);
  });

  it("keeps multi-byte characters whole across block boundaries", () => {
    const text = Array.from({ length: 400 }, (_, i) => `Ünïcødé ${i} 日本語の文 🌧️ café.${i % 5 === 4 ? "\n\n" : " "}`).join("");
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * small.blockBytes);
    const source = fileHaystack(file(text), small);
    const chunks = allChunks(source);
    expect(chunks.join(" ").replace(/\s+/g, " ")).toBe(text.trim().replace(/\s+/g, " "));
    expect(chunks.join("")).not.toContain("\uFFFD");
    expect(chunks.length).toBeGreaterThan(20);
  });

  it("answers chunks in any order, reading more of the file only when asked", () => {
    const path = file(paragraphs.join("\n\n"));
    const sequential = allChunks(fileHaystack(path, small));
    const source = fileHaystack(path, small);
    expect(source.chunk(5)).toBe(sequential[5]);
    expect(source.chunk(1)).toBe(sequential[1]);
    expect(source.chunk(sequential.length + 3)).toBeUndefined();
    expect(source.chunk(0)).toBe(sequential[0]);

    const lazy = fileHaystack(path, small);
    expect(lazy.chunk(0)).toBe(sequential[0]);
    writeFileSync(path, `${paragraphs.join("\n\n")} More.`);
    expect(lazy.chunk(0)).toBe(sequential[0]);
    expect(() => lazy.chunk(sequential.length - 1)).toThrow(/changed while in use/);
  });

  it("is identified by path, size, modification time and the text's first 64 KB", () => {
    const path = file("One paragraph here.\n\nAnother one.");
    const first = fileHaystack(path);
    expect(first.id).toContain(`${path}:33:`);
    expect(first.description).toMatch(/^f\d+\.txt \(0\.0 KB\)$/);
    writeFileSync(path, "One paragraph HERE.\n\nAnother one.");
    utimesSync(path, new Date(1_000_000), new Date(1_000_000));
    const second = fileHaystack(path);
    writeFileSync(path, "One paragraph here.\n\nAnother one.");
    utimesSync(path, new Date(1_000_000), new Date(1_000_000));
    const third = fileHaystack(path);
    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
    expect(third.id.split(":").slice(0, -1)).toEqual(second.id.split(":").slice(0, -1));
  });

  it("fails with a one-line ConfigError naming the file for a missing, empty, blank, binary or non-file path", () => {
    const directory = join(dir, "a-directory");
    mkdirSync(directory);
    const cases: [string, RegExp][] = [
      [join(dir, "missing.txt"), /haystack file not found$/],
      [file(""), /haystack file is empty$/],
      [file(" \n\n\t \r\n"), /haystack file is empty \(only whitespace\)$/],
      [file(Buffer.from("text\u0000with a NUL")), /haystack file is not text/],
      [directory, /haystack file is not a regular file$/],
    ];
    for (const [path, message] of cases) {
      let error: unknown;
      try {
        fileHaystack(path);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).where).toBe(path);
      expect((error as ConfigError).message).toMatch(message);
      expect((error as ConfigError).message).not.toContain("\n");
    }
  });
});
