import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test-support/temp-dir.ts";
import { tinyGgufBytes, tinyGgufPath, writeTinyGguf } from "../../test-support/tiny-gguf.ts";
import { metadataNumber, metadataString, readGgufHeader } from "./gguf-header.ts";
import { ModelFileError, type ModelFileProblem } from "./local-model-errors.ts";

function problemOf(path: string): ModelFileProblem {
  try {
    readGgufHeader(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFileError);
    expect((error as ModelFileError).where).toBe(path);
    return (error as ModelFileError).problem;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe("readGgufHeader", () => {
  it("reads the metadata, counts the tensors and finds where the weights start", () => {
    const path = tinyGgufPath();
    const header = readGgufHeader(path);
    expect(header.version).toBe(3);
    expect(header.tensorCount).toBe(21);
    expect(metadataString(header, "general.architecture")).toBe("llama");
    expect(metadataNumber(header, "llama.attention.head_count_kv")).toBe(2);
    expect(metadataNumber(header, "llama.attention.layer_norm_rms_epsilon")).toBeCloseTo(1e-5);
    expect(header.metadata.get("tokenizer.ggml.add_bos_token")).toBe(false);
    expect(header.metadata.get("tokenizer.ggml.tokens")).toEqual({ length: expect.any(Number) });
    expect((header.metadata.get("tokenizer.ggml.token_type") as { numbers?: number[] }).numbers?.at(-1)).toBe(3);
    expect(header.dataOffset % 32).toBe(0);
    // token_embd, the first tensor, starts the data: its first float is one of the random weights, not padding.
    const bytes = readFileSync(path);
    expect(header.fileBytes).toBe(bytes.length);
    expect(bytes.readFloatLE(header.dataOffset)).not.toBe(0);
    expect(bytes.subarray(header.dataOffset - 4, header.dataOffset).every((b) => b === 0)).toBe(true);
  });

  it("fingerprints the vocabulary: equal for files that tokenize alike, different otherwise", () => {
    const dir = tempDir();
    const a = readGgufHeader(writeTinyGguf(join(dir, "a.gguf"), { seed: 1 }));
    const b = readGgufHeader(writeTinyGguf(join(dir, "b.gguf"), { seed: 2, layers: 1 }));
    expect(a.tokenizerFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b.tokenizerFingerprint).toBe(a.tokenizerFingerprint);
    const bytes = readFileSync(join(dir, "a.gguf"));
    const merge = bytes.indexOf("Ġ t");
    bytes.write("Ġ a", merge);
    writeFileSync(join(dir, "c.gguf"), bytes);
    expect(readGgufHeader(join(dir, "c.gguf")).tokenizerFingerprint).not.toBe(a.tokenizerFingerprint);
  });

  it("tells a missing file, a folder, a file that is not a GGUF, a cut one and an unknown version apart", () => {
    const dir = tempDir();
    expect(problemOf(join(dir, "nothing.gguf"))).toBe("missing");
    mkdirSync(join(dir, "folder.gguf"));
    expect(problemOf(join(dir, "folder.gguf"))).toBe("unreadable");
    writeFileSync(join(dir, "notes.gguf"), "these are my notes about models, not a model\n");
    expect(problemOf(join(dir, "notes.gguf"))).toBe("not-gguf");
    writeFileSync(join(dir, "tiny.gguf"), "GG");
    expect(problemOf(join(dir, "tiny.gguf"))).toBe("not-gguf");
    writeFileSync(join(dir, "cut.gguf"), tinyGgufBytes().subarray(0, 5000));
    expect(problemOf(join(dir, "cut.gguf"))).toBe("truncated");
    const future = tinyGgufBytes();
    future.writeUInt32LE(9, 4);
    writeFileSync(join(dir, "v9.gguf"), future);
    expect(problemOf(join(dir, "v9.gguf"))).toBe("unsupported-version");
  });
});
