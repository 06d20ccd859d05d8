// Writes a tiny llama-architecture GGUF (v3) with random F32 weights and its own byte-level BPE tokenizer, so the
// local backend is tested on a real model file without downloading one. Its answers are gibberish by design.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../core/random.ts";
import { tempDir } from "./temp-dir.ts";
import { CHAT_TEMPLATE, tinyVocab } from "./tiny-gguf-vocab.ts";

export interface TinyGgufOptions {
  /** The trained context the metadata states (llama.context_length). */
  contextLength?: number;
  embedding?: number;
  layers?: number;
  heads?: number;
  kvHeads?: number;
  feedForward?: number;
  seed?: number;
}

const ALIGNMENT = 32;
const GGML_F32 = 0;

/** GGUF metadata value types. */
const TYPE = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9 } as const;

type Value =
  | { type: "u32" | "i32" | "f32"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "strings"; value: readonly string[] }
  | { type: "i32s"; value: readonly number[] };

interface Tensor {
  name: string;
  /** ggml order: the first dimension is the row length. */
  dims: number[];
}

class ByteWriter {
  private readonly chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  u32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value);
    this.push(b);
  }

  i32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(value);
    this.push(b);
  }

  u64(value: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(value));
    this.push(b);
  }

  f32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(value);
    this.push(b);
  }

  string(text: string): void {
    const bytes = Buffer.from(text, "utf8");
    this.u64(bytes.length);
    this.push(bytes);
  }

  padTo(alignment: number): void {
    const pad = (alignment - (this.length % alignment)) % alignment;
    if (pad) this.push(Buffer.alloc(pad));
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function writeValue(out: ByteWriter, value: Value): void {
  switch (value.type) {
    case "u32":
    case "i32":
    case "f32":
      out.u32(TYPE[value.type]);
      if (value.type === "u32") out.u32(value.value);
      else if (value.type === "i32") out.i32(value.value);
      else out.f32(value.value);
      return;
    case "bool":
      out.u32(TYPE.bool);
      out.push(Buffer.from([value.value ? 1 : 0]));
      return;
    case "string":
      out.u32(TYPE.string);
      out.string(value.value);
      return;
    case "strings":
      out.u32(TYPE.array);
      out.u32(TYPE.string);
      out.u64(value.value.length);
      for (const text of value.value) out.string(text);
      return;
    case "i32s":
      out.u32(TYPE.array);
      out.u32(TYPE.i32);
      out.u64(value.value.length);
      for (const n of value.value) out.i32(n);
      return;
  }
}

function tensorsFor(embd: number, layers: number, kvEmbd: number, ff: number, vocab: number): Tensor[] {
  const tensors: Tensor[] = [{ name: "token_embd.weight", dims: [embd, vocab] }];
  for (let layer = 0; layer < layers; layer++) {
    const blk = `blk.${layer}`;
    tensors.push(
      { name: `${blk}.attn_norm.weight`, dims: [embd] },
      { name: `${blk}.attn_q.weight`, dims: [embd, embd] },
      { name: `${blk}.attn_k.weight`, dims: [embd, kvEmbd] },
      { name: `${blk}.attn_v.weight`, dims: [embd, kvEmbd] },
      { name: `${blk}.attn_output.weight`, dims: [embd, embd] },
      { name: `${blk}.ffn_norm.weight`, dims: [embd] },
      { name: `${blk}.ffn_gate.weight`, dims: [embd, ff] },
      { name: `${blk}.ffn_up.weight`, dims: [embd, ff] },
      { name: `${blk}.ffn_down.weight`, dims: [ff, embd] },
    );
  }
  tensors.push({ name: "output_norm.weight", dims: [embd] }, { name: "output.weight", dims: [embd, vocab] });
  return tensors;
}

/** Norm weights are ones; matrices are uniform with a spread of about 1/sqrt(row length), so activations stay sane. */
function tensorData(tensor: Tensor, random: () => number): Buffer {
  const count = tensor.dims.reduce((a, b) => a * b, 1);
  const data = Buffer.alloc(count * 4);
  const isNorm = tensor.dims.length === 1;
  const scale = isNorm ? 0 : Math.sqrt(3 / tensor.dims[0]!);
  for (let i = 0; i < count; i++) data.writeFloatLE(isNorm ? 1 : (random() * 2 - 1) * scale, i * 4);
  return data;
}

/** The whole file as bytes: header, metadata, tensor infos, then the tensors, each aligned. */
export function tinyGgufBytes(options: TinyGgufOptions = {}): Buffer {
  const embd = options.embedding ?? 64;
  const layers = options.layers ?? 2;
  const heads = options.heads ?? 4;
  const kvHeads = options.kvHeads ?? 2;
  const ff = options.feedForward ?? 128;
  const vocab = tinyVocab();
  const headDim = embd / heads;
  const metadata: [string, Value][] = [
    ["general.architecture", { type: "string", value: "llama" }],
    ["general.name", { type: "string", value: "realitycheck tiny test model" }],
    ["general.alignment", { type: "u32", value: ALIGNMENT }],
    ["llama.context_length", { type: "u32", value: options.contextLength ?? 8192 }],
    ["llama.embedding_length", { type: "u32", value: embd }],
    ["llama.block_count", { type: "u32", value: layers }],
    ["llama.feed_forward_length", { type: "u32", value: ff }],
    ["llama.attention.head_count", { type: "u32", value: heads }],
    ["llama.attention.head_count_kv", { type: "u32", value: kvHeads }],
    ["llama.attention.layer_norm_rms_epsilon", { type: "f32", value: 1e-5 }],
    ["llama.rope.dimension_count", { type: "u32", value: headDim }],
    ["llama.vocab_size", { type: "u32", value: vocab.tokens.length }],
    ["tokenizer.ggml.model", { type: "string", value: "gpt2" }],
    ["tokenizer.ggml.pre", { type: "string", value: "gpt-2" }],
    ["tokenizer.ggml.tokens", { type: "strings", value: vocab.tokens }],
    ["tokenizer.ggml.token_type", { type: "i32s", value: vocab.tokenTypes }],
    ["tokenizer.ggml.merges", { type: "strings", value: vocab.merges }],
    ["tokenizer.ggml.bos_token_id", { type: "u32", value: vocab.bosId }],
    ["tokenizer.ggml.eos_token_id", { type: "u32", value: vocab.eosId }],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: false }],
    ["tokenizer.chat_template", { type: "string", value: CHAT_TEMPLATE }],
  ];
  const tensors = tensorsFor(embd, layers, headDim * kvHeads, ff, vocab.tokens.length);
  const random = seededRandom(options.seed ?? 7);
  const data = tensors.map((tensor) => tensorData(tensor, random));

  const out = new ByteWriter();
  out.push(Buffer.from("GGUF", "ascii"));
  out.u32(3);
  out.u64(tensors.length);
  out.u64(metadata.length);
  for (const [key, value] of metadata) {
    out.string(key);
    writeValue(out, value);
  }
  let offset = 0;
  for (const [index, tensor] of tensors.entries()) {
    out.string(tensor.name);
    out.u32(tensor.dims.length);
    for (const dim of tensor.dims) out.u64(dim);
    out.u32(GGML_F32);
    out.u64(offset);
    offset += Math.ceil(data[index]!.length / ALIGNMENT) * ALIGNMENT;
  }
  out.padTo(ALIGNMENT);
  for (const chunk of data) {
    out.push(chunk);
    out.padTo(ALIGNMENT);
  }
  return out.bytes();
}

export function writeTinyGguf(path: string, options: TinyGgufOptions = {}): string {
  writeFileSync(path, tinyGgufBytes(options));
  return path;
}

let cached: string | undefined;

/** The default tiny model, written once per test process into a temp dir. */
export function tinyGgufPath(): string {
  cached ??= writeTinyGguf(join(tempDir("rc-gguf-"), "tiny.gguf"));
  return cached;
}
