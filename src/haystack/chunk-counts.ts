// Per-chunk token counts, cached per (haystack, tokenizer) in memory and on disk, so sizing a 10M-token prompt a
// second time costs no tokenizer calls: only the final, cut chunk is counted again.

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import type { HaystackSource } from "./haystack-source.ts";

/** What separates chunks in a prompt (see HaystackSource.chunk). */
export const CHUNK_JOINER = "\n\n";

/** Counts of chunks 0..length-1, dense: chunks are first counted in order, as a prompt is built. */
interface CountTable {
  counts: Uint32Array;
  length: number;
  /** How many counts the disk file holds; the file is rewritten when the table has grown past it. */
  saved: number;
  path?: string;
}

/**
 * Each count is the tokens of a chunk followed by CHUNK_JOINER. BPE tokenizers pre-split text after a run of
 * newlines, so those counts add up to the count of the joined prompt: a prefix of chunks costs their sum.
 */
export class ChunkCounts {
  private readonly tables = new Map<string, CountTable>();

  /** With a directory, counts persist there as `<sha256>.bin` files of little-endian uint32s; without, in memory only. */
  constructor(private readonly directory?: string) {}

  /** The cached count of chunk `index`, if it has been counted. */
  cached(source: HaystackSource, tokenizer: Tokenizer, index: number): number | undefined {
    const table = this.table(source, tokenizer);
    return index < table.length ? table.counts[index] : undefined;
  }

  /** Tokens of chunk `index` (whose text is `text`) plus its joiner, counted only when not cached. */
  tokens(source: HaystackSource, tokenizer: Tokenizer, index: number, text: string): number {
    const table = this.table(source, tokenizer);
    if (index < table.length) return table.counts[index] as number;
    const count = tokenizer.count(text + CHUNK_JOINER);
    if (index === table.length) append(table, count);
    return count;
  }

  /** Writes every table that grew since it was read or last saved; the file is replaced atomically. */
  save(): void {
    for (const table of this.tables.values()) {
      if (!table.path || table.length <= table.saved) continue;
      if (this.directory) mkdirSync(this.directory, { recursive: true });
      // Another process may have saved more counts for the same text; keep the longer file.
      const onDisk = fileLength(table.path);
      if (onDisk % 4 === 0 && onDisk >= table.length * 4) continue;
      const bytes = Buffer.alloc(table.length * 4);
      for (let i = 0; i < table.length; i++) bytes.writeUInt32LE(table.counts[i] as number, i * 4);
      const temporary = `${table.path}.${process.pid}.${Date.now()}.tmp`;
      try {
        writeFileSync(temporary, bytes);
        renameSync(temporary, table.path);
      } catch (error) {
        throw new ConfigError(`cannot write the token-count cache (${codeOf(error)})`, table.path);
      }
      table.saved = table.length;
    }
  }

  private table(source: HaystackSource, tokenizer: Tokenizer): CountTable {
    const key = sha256(`${source.id}\u0000${tokenizer.name}`);
    let table = this.tables.get(key);
    if (!table) {
      table = this.directory ? readTable(join(this.directory, `${key}.bin`)) : { counts: new Uint32Array(1024), length: 0, saved: 0 };
      this.tables.set(key, table);
    }
    return table;
  }
}

function append(table: CountTable, count: number): void {
  if (table.length === table.counts.length) {
    const grown = new Uint32Array(table.counts.length * 2);
    grown.set(table.counts);
    table.counts = grown;
  }
  table.counts[table.length++] = count;
}

function readTable(path: string): CountTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return { counts: new Uint32Array(1024), length: 0, saved: 0, path };
    throw new ConfigError(`cannot read the token-count cache (${codeOf(error)})`, path);
  }
  // A torn or foreign file is worth nothing but a recount.
  const length = bytes.length % 4 === 0 ? bytes.length / 4 : 0;
  const counts = new Uint32Array(Math.max(1024, length));
  for (let i = 0; i < length; i++) counts[i] = bytes.readUInt32LE(i * 4);
  return { counts, length, saved: length, path };
}

function fileLength(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
