// The user's own text file as a haystack (a book, a manual), never loaded whole: blocks are read synchronously at
// offsets, chunks end at blank lines (else sentence ends, else spaces), and only the chunks' byte offsets are kept.

import { createHash } from "node:crypto";
import { type Stats, closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { ConfigError } from "../core/errors.ts";
import type { HaystackSource } from "./haystack-source.ts";

export interface FileHaystackOptions {
  /** Bytes read at a time; must exceed maxChunkBytes. */
  blockBytes?: number;
  /** A chunk takes paragraphs until it has at least this many bytes... */
  minChunkBytes?: number;
  /** ...and never more than this many (a paragraph longer than this is split at sentence ends). */
  maxChunkBytes?: number;
}

const NEWLINE = 0x0a;
const IDENTITY_BYTES = 64 * 1024;

function isSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/** ASCII sentence enders; "." "!" "?" bytes never occur inside a multi-byte UTF-8 character. */
function isEnder(byte: number): boolean {
  return byte === 0x2e || byte === 0x21 || byte === 0x3f;
}

function isCloser(byte: number): boolean {
  return byte === 0x22 || byte === 0x27 || byte === 0x29 || byte === 0x5d;
}

/** 。！？ end CJK sentences with no space after them: E3 80 82, EF BC 81, EF BC 9F. */
function fullWidthEnderAt(bytes: Buffer, i: number): boolean {
  const a = bytes[i - 2];
  const b = bytes[i - 1];
  const c = bytes[i];
  return (a === 0xe3 && b === 0x80 && c === 0x82) || (a === 0xef && b === 0xbc && (c === 0x81 || c === 0x9f));
}

/**
 * Bytes in the chunk that starts at bytes[0], whose first `limit` bytes may be used (`bytes` has one more when
 * the file goes on). Blank lines first, then sentence ends, then spaces, then a character boundary.
 */
function chunkLength(bytes: Buffer, limit: number, fileEnds: boolean, minChunk: number): number {
  let lastBreak = -1;
  for (let i = bytes.indexOf(NEWLINE); i >= 0 && i < limit; i = bytes.indexOf(NEWLINE, i + 1)) {
    let j = i + 1;
    while (j < limit && bytes[j] !== NEWLINE && isSpace(bytes[j] as number)) j++;
    if (j < limit && bytes[j] === NEWLINE) {
      if (i >= minChunk) return i;
      lastBreak = i;
    }
  }
  if (fileEnds) return limit;
  if (lastBreak > 0) return lastBreak;
  // The paragraph is longer than a chunk: cut it at its last sentence end (else space) within the limit.
  let lastSpace = -1;
  for (let i = limit - 1; i > 0; i--) {
    const byte = bytes[i] as number;
    if (isSpace(byte)) {
      if (lastSpace < 0) lastSpace = i;
      let k = i - 1;
      while (k > 0 && isCloser(bytes[k] as number)) k--;
      if (k > 0 && isEnder(bytes[k] as number)) return i;
    } else if (i >= 2 && fullWidthEnderAt(bytes, i)) {
      return i + 1;
    }
  }
  if (lastSpace > 0) return lastSpace;
  let end = limit;
  while (((bytes[end] as number) & 0xc0) === 0x80) end--;
  return end;
}

function formatSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "unknown error";
}

export function fileHaystack(path: string, options: FileHaystackOptions = {}): HaystackSource {
  const minChunk = options.minChunkBytes ?? 1500;
  const maxChunk = options.maxChunkBytes ?? 6000;
  const blockSize = options.blockBytes ?? 1 << 20;
  if (blockSize <= maxChunk || maxChunk <= minChunk) throw new RangeError("fileHaystack needs minChunkBytes < maxChunkBytes < blockBytes");

  const fullPath = resolve(path);
  let stats: Stats;
  try {
    stats = statSync(fullPath);
  } catch (error) {
    throw new ConfigError(codeOf(error) === "ENOENT" ? "haystack file not found" : `haystack file cannot be read (${codeOf(error)})`, path);
  }
  if (!stats.isFile()) throw new ConfigError("haystack file is not a regular file", path);
  const { size, mtimeMs } = stats;
  if (size === 0) throw new ConfigError("haystack file is empty", path);

  const block = Buffer.alloc(blockSize);
  let blockStart = 0;
  let blockLength = 0;
  /** Loads the block that starts at `offset`, checking the file is still the one the id describes. */
  const load = (offset: number) => {
    let fd: number | undefined;
    try {
      fd = openSync(fullPath, "r");
      const now = fstatSync(fd);
      if (now.size !== size || now.mtimeMs !== mtimeMs) throw new ConfigError("haystack file changed while in use", path);
      blockLength = readSync(fd, block, 0, Math.min(blockSize, size - offset), offset);
      blockStart = offset;
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`haystack file cannot be read (${codeOf(error)})`, path);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  /** Makes bytes [offset, offset + length) (clipped to the file) available in `block`. */
  const window = (offset: number, length: number) => {
    const end = Math.min(size, offset + length);
    if (offset < blockStart || end > blockStart + blockLength) load(offset);
  };

  load(0);
  if (block.subarray(0, blockLength).includes(0)) throw new ConfigError("haystack file is not text (it contains NUL bytes)", path);
  const identity = createHash("sha256").update(block.subarray(0, Math.min(blockLength, IDENTITY_BYTES))).digest("hex");

  const starts: number[] = [];
  const ends: number[] = [];
  const bom = block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf;
  let next = bom ? 3 : 0;
  let finished = false;

  /** Indexes one more chunk; false at the end of the file. */
  const indexNext = (): boolean => {
    while (next < size) {
      window(next, 1);
      const stop = blockStart + blockLength;
      while (next < stop && isSpace(block[next - blockStart] as number)) next++;
      if (next < stop) break;
    }
    if (next >= size) return false;
    const start = next;
    window(start, maxChunk + 1);
    const limit = Math.min(size, start + maxChunk);
    const view = block.subarray(start - blockStart, Math.min(limit + 1, blockStart + blockLength) - blockStart);
    next = start + chunkLength(view, limit - start, limit === size, minChunk);
    let end = next;
    while (end > start && isSpace(block[end - 1 - blockStart] as number)) end--;
    starts.push(start);
    ends.push(end);
    return true;
  };

  if (!indexNext()) throw new ConfigError("haystack file is empty (only whitespace)", path);

  return {
    id: `file:${fullPath}:${size}:${mtimeMs}:${identity}`,
    description: `${basename(path)} (${formatSize(size)})`,
    chunk(index) {
      while (index >= starts.length && !finished) finished = !indexNext();
      const start = starts[index];
      const end = ends[index];
      if (start === undefined || end === undefined) return undefined;
      window(start, end - start);
      return block.toString("utf8", start - blockStart, end - blockStart);
    },
  };
}
