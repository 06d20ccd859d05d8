// Reads a GGUF file's header (metadata and tensor infos) without touching the weights: enough to plan memory, to
// fingerprint the tokenizer and to refuse a file that is not a GGUF, in milliseconds even for a 100 GB model.

import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { ModelFileError } from "./local-model-errors.ts";

/** A metadata value; arrays keep their length, and their values only when numeric and short (per-layer counts). */
export type GgufValue = number | boolean | string | GgufArray;

export interface GgufArray {
  length: number;
  numbers?: number[];
}

export interface GgufHeader {
  path: string;
  version: number;
  metadata: ReadonlyMap<string, GgufValue>;
  tensorCount: number;
  /** Where the tensor data starts; everything after it is weights. */
  dataOffset: number;
  fileBytes: number;
  /** sha256 of the raw tokenizer.ggml.* entries: two files with equal fingerprints count tokens alike. */
  tokenizerFingerprint: string;
}

/** "GGUF" read as a little-endian uint32. */
const MAGIC = 0x46554747;
const DEFAULT_ALIGNMENT = 32;
const KEPT_ARRAY_LENGTH = 4096;
const CHUNK = 1 << 20;

/** Fixed-size GGUF value types: byte size by type id (8 string and 9 array are read apart). */
const SCALAR_BYTES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const STRING = 8;
const ARRAY = 9;

/** Reads forward through the file in 1 MiB chunks, keeping what it read so entries can be hashed. */
class Cursor {
  private buffer = Buffer.alloc(CHUNK);
  private filled = 0;
  position = 0;

  constructor(
    private readonly fd: number,
    private readonly path: string,
  ) {}

  private ensure(bytes: number): void {
    while (this.filled - this.position < bytes) {
      if (this.buffer.length - this.filled < CHUNK) {
        const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.filled + bytes + CHUNK));
        this.buffer.copy(grown, 0, 0, this.filled);
        this.buffer = grown;
      }
      const read = readSync(this.fd, this.buffer, this.filled, this.buffer.length - this.filled, this.filled);
      if (read === 0) throw new ModelFileError(this.path, "truncated", "the GGUF header is cut short (an incomplete download?)");
      this.filled += read;
    }
  }

  slice(start: number, end: number): Buffer {
    return this.buffer.subarray(start, end);
  }

  u32(): number {
    this.ensure(4);
    const value = this.buffer.readUInt32LE(this.position);
    this.position += 4;
    return value;
  }

  u64(): number {
    this.ensure(8);
    const value = Number(this.buffer.readBigUInt64LE(this.position));
    this.position += 8;
    return value;
  }

  string(): string {
    const length = this.u64();
    this.ensure(length);
    const text = this.buffer.toString("utf8", this.position, this.position + length);
    this.position += length;
    return text;
  }

  scalar(type: number): number | boolean {
    const size = SCALAR_BYTES[type];
    if (size === undefined) throw new ModelFileError(this.path, "not-gguf", `unknown GGUF value type ${type}: not a GGUF file, or a damaged one`);
    this.ensure(size);
    const at = this.position;
    this.position += size;
    const b = this.buffer;
    switch (type) {
      case 0: return b.readUInt8(at);
      case 1: return b.readInt8(at);
      case 2: return b.readUInt16LE(at);
      case 3: return b.readInt16LE(at);
      case 4: return b.readUInt32LE(at);
      case 5: return b.readInt32LE(at);
      case 6: return b.readFloatLE(at);
      case 7: return b.readUInt8(at) !== 0;
      case 10: return Number(b.readBigUInt64LE(at));
      case 11: return Number(b.readBigInt64LE(at));
      default: return b.readDoubleLE(at);
    }
  }

  value(type: number): GgufValue {
    if (type === STRING) return this.string();
    if (type !== ARRAY) return this.scalar(type);
    const itemType = this.u32();
    const length = this.u64();
    if (itemType === STRING) {
      for (let i = 0; i < length; i++) this.string();
      return { length };
    }
    const numbers: number[] = [];
    for (let i = 0; i < length; i++) {
      const item = this.value(itemType);
      if (length <= KEPT_ARRAY_LENGTH && typeof item === "number") numbers.push(item);
    }
    return numbers.length === length ? { length, numbers } : { length };
  }
}

function open(path: string): number {
  try {
    return openSync(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ModelFileError(path, "missing", "no model file here");
    throw new ModelFileError(path, "unreadable", `cannot read the model file (${code ?? "unknown error"})`);
  }
}

export function readGgufHeader(path: string): GgufHeader {
  const fd = open(path);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new ModelFileError(path, "unreadable", "this is a folder, not a model file");
    const fileBytes = stats.size;
    const cursor = new Cursor(fd, path);
    if (fileBytes < 8 || cursor.u32() !== MAGIC) throw new ModelFileError(path, "not-gguf", 'not a GGUF model file (it does not start with "GGUF")');
    const version = cursor.u32();
    if (version !== 2 && version !== 3) throw new ModelFileError(path, "unsupported-version", `GGUF version ${version} is not supported (2 and 3 are)`);
    const tensorCount = cursor.u64();
    const entries = cursor.u64();
    const metadata = new Map<string, GgufValue>();
    const fingerprint = createHash("sha256");
    for (let i = 0; i < entries; i++) {
      const start = cursor.position;
      const key = cursor.string();
      metadata.set(key, cursor.value(cursor.u32()));
      if (key.startsWith("tokenizer.ggml.")) fingerprint.update(cursor.slice(start, cursor.position));
    }
    for (let i = 0; i < tensorCount; i++) {
      cursor.string();
      const dims = cursor.u32();
      for (let d = 0; d < dims; d++) cursor.u64();
      cursor.u32();
      cursor.u64();
    }
    const alignment = metadata.get("general.alignment");
    const align = typeof alignment === "number" && alignment > 0 ? alignment : DEFAULT_ALIGNMENT;
    const dataOffset = Math.ceil(cursor.position / align) * align;
    return { path, version, metadata, tensorCount, dataOffset, fileBytes, tokenizerFingerprint: fingerprint.digest("hex") };
  } finally {
    closeSync(fd);
  }
}

/** A numeric metadata value, or undefined when absent or of another type. */
export function metadataNumber(header: GgufHeader, key: string): number | undefined {
  const value = header.metadata.get(key);
  return typeof value === "number" ? value : undefined;
}

export function metadataString(header: GgufHeader, key: string): string | undefined {
  const value = header.metadata.get(key);
  return typeof value === "string" ? value : undefined;
}
