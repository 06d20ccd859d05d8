// What a GGUF's header says about the model's size: weight bytes, layers, attention widths, vocabulary and trained
// context. The memory planner needs nothing more.

import { statSync } from "node:fs";
import { metadataNumber, metadataString, type GgufHeader, type GgufValue } from "./gguf-header.ts";
import { ModelFileError } from "./local-model-errors.ts";

export interface ModelShape {
  architecture: string;
  /** general.name, when the file states one. */
  name?: string;
  layers: number;
  embedding: number;
  heads: number;
  /** KV cache elements per token, summed over layers: key and value widths of every layer's KV heads. */
  kvElementsPerToken: number;
  vocabSize: number;
  /** The context the model was trained for, when stated. */
  trainContextSize?: number;
  weightsBytes: number;
}

/** One value per layer from a metadata entry that is a number or a per-layer array. */
function perLayer(value: GgufValue | undefined, layers: number, fallback: number): number[] {
  if (typeof value === "number") return Array.from({ length: layers }, () => value);
  if (typeof value === "object" && value.numbers?.length === layers) return value.numbers;
  return Array.from({ length: layers }, () => fallback);
}

/** A split model (name-00001-of-00003.gguf) keeps its weights in every part; each part is summed whole. */
function weightsBytes(header: GgufHeader): number {
  const parts = metadataNumber(header, "split.count") ?? 1;
  const match = /-(\d{5})-of-(\d{5})\.gguf$/.exec(header.path);
  if (parts <= 1 || !match) return header.fileBytes - header.dataOffset;
  let total = -header.dataOffset;
  for (let part = 1; part <= parts; part++) {
    const path = header.path.slice(0, match.index) + `-${String(part).padStart(5, "0")}-of-${match[2]}.gguf`;
    try {
      total += statSync(path).size;
    } catch {
      throw new ModelFileError(path, "missing", `part ${part} of ${parts} of this split model is missing`);
    }
  }
  return total;
}

export function modelShape(header: GgufHeader): ModelShape {
  const architecture = metadataString(header, "general.architecture") ?? "";
  const at = (key: string) => metadataNumber(header, `${architecture}.${key}`);
  const layers = at("block_count");
  const embedding = at("embedding_length");
  const headsValue = header.metadata.get(`${architecture}.attention.head_count`);
  const heads = typeof headsValue === "number" ? headsValue : Math.max(0, ...(typeof headsValue === "object" ? (headsValue.numbers ?? []) : []));
  if (!architecture || !layers || !embedding || !heads) {
    throw new ModelFileError(header.path, "not-a-text-model", `this GGUF describes no text model llama.cpp can run (architecture "${architecture || "none"}")`);
  }
  const headDim = Math.floor(embedding / heads);
  const keyLength = at("attention.key_length") ?? headDim;
  const valueLength = at("attention.value_length") ?? headDim;
  const kvHeads = perLayer(header.metadata.get(`${architecture}.attention.head_count_kv`), layers, heads);
  const tokens = header.metadata.get("tokenizer.ggml.tokens");
  return {
    architecture,
    name: metadataString(header, "general.name"),
    layers,
    embedding,
    heads,
    kvElementsPerToken: kvHeads.reduce((sum, count) => sum + count * (keyLength + valueLength), 0),
    vocabSize: at("vocab_size") ?? (typeof tokens === "object" ? tokens.length : 0),
    trainContextSize: at("context_length"),
    weightsBytes: weightsBytes(header),
  };
}
