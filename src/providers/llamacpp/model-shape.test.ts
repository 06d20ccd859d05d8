import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test-support/temp-dir.ts";
import { tinyGgufPath } from "../../test-support/tiny-gguf.ts";
import { readGgufHeader, type GgufHeader, type GgufValue } from "./gguf-header.ts";
import { ModelFileError } from "./local-model-errors.ts";
import { modelShape } from "./model-shape.ts";

function header(path: string, entries: Record<string, GgufValue>, fileBytes = 1000): GgufHeader {
  return { path, version: 3, metadata: new Map(Object.entries(entries)), tensorCount: 1, dataOffset: 100, fileBytes, tokenizerFingerprint: "" };
}

describe("modelShape", () => {
  it("reads the tiny model's shape: 2 layers of 2 KV heads of 16-wide keys and values", () => {
    const parsed = readGgufHeader(tinyGgufPath());
    const shape = modelShape(parsed);
    expect(shape).toMatchObject({ architecture: "llama", layers: 2, embedding: 64, heads: 4, trainContextSize: 8192 });
    expect(shape.kvElementsPerToken).toBe(2 * 2 * (16 + 16));
    expect(shape.weightsBytes).toBe(parsed.fileBytes - parsed.dataOffset);
    expect(shape.vocabSize).toBeGreaterThan(256);
  });

  it("takes per-layer KV head counts and explicit key/value widths (sliding-window and MLA-style models)", () => {
    const shape = modelShape(
      header("/m.gguf", {
        "general.architecture": "gemma3",
        "gemma3.block_count": 3,
        "gemma3.embedding_length": 1024,
        "gemma3.attention.head_count": 8,
        "gemma3.attention.head_count_kv": { length: 3, numbers: [4, 0, 4] },
        "gemma3.attention.key_length": 256,
        "gemma3.attention.value_length": 128,
        "tokenizer.ggml.tokens": { length: 262144 },
      }),
    );
    expect(shape.kvElementsPerToken).toBe(4 * 384 + 0 + 4 * 384);
    expect(shape.vocabSize).toBe(262144);
    expect(shape.trainContextSize).toBeUndefined();
  });

  it("adds up every part of a split model and names a missing part", () => {
    const dir = tempDir();
    const first = join(dir, "big-00001-of-00002.gguf");
    writeFileSync(first, Buffer.alloc(1000));
    writeFileSync(join(dir, "big-00002-of-00002.gguf"), Buffer.alloc(3000));
    const entries = { "general.architecture": "llama", "llama.block_count": 1, "llama.embedding_length": 8, "llama.attention.head_count": 2, "split.count": 2 };
    expect(modelShape(header(first, entries)).weightsBytes).toBe(4000 - 100);
    const missing = join(dir, "odd-00001-of-00002.gguf");
    writeFileSync(missing, Buffer.alloc(10));
    expect(() => modelShape(header(missing, entries))).toThrow(ModelFileError);
  });

  it("refuses a GGUF that describes no text model (a vision projector, say)", () => {
    try {
      modelShape(header("/mmproj.gguf", { "general.architecture": "clip" }));
      throw new Error("expected a refusal");
    } catch (error) {
      expect(error).toBeInstanceOf(ModelFileError);
      expect((error as ModelFileError).problem).toBe("not-a-text-model");
    }
  });
});
