import { readGgufFileInfo } from "node-llama-cpp";
import { describe, expect, it } from "vitest";
import { tinyGgufBytes, tinyGgufPath } from "./tiny-gguf.ts";
import { tinyVocab } from "./tiny-gguf-vocab.ts";

describe("tinyVocab", () => {
  it("holds 256 byte tokens, learned merges whose parts and results are all tokens, and three control tokens", () => {
    const vocab = tinyVocab();
    const tokens = new Set(vocab.tokens);
    expect(tokens.size).toBe(vocab.tokens.length);
    expect(vocab.merges.length).toBeGreaterThan(50);
    for (const merge of vocab.merges) {
      const [left, right] = merge.split(" ") as [string, string];
      expect(tokens.has(left) && tokens.has(right) && tokens.has(left + right), merge).toBe(true);
    }
    // Words carry their leading space (Ġ), as the gpt-2 pre-tokenizer splits them.
    expect(vocab.merges).toContain("Ġ t");
    expect(vocab.tokens.slice(-3)).toEqual(["<|endoftext|>", "<|im_start|>", "<|im_end|>"]);
    expect(vocab.tokenTypes.slice(-4)).toEqual([1, 3, 3, 3]);
    expect(vocab.tokens[vocab.eosId]).toBe("<|im_end|>");
  });
});

describe("tinyGgufBytes", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    expect(tinyGgufBytes().equals(tinyGgufBytes())).toBe(true);
    expect(tinyGgufBytes({ seed: 8 }).equals(tinyGgufBytes())).toBe(false);
  });

  it("writes a GGUF v3 that node-llama-cpp's own parser reads: metadata, tensor infos and aligned data", async () => {
    const info = await readGgufFileInfo(tinyGgufPath());
    expect(info.version).toBe(3);
    expect(info.metadata.general.architecture).toBe("llama");
    const llama = info.metadata.llama as unknown as Record<string, unknown>;
    expect(llama).toMatchObject({ context_length: 8192, embedding_length: 64, block_count: 2 });
    expect(info.metadata.tokenizer.ggml.model).toBe("gpt2");
    expect(info.metadata.tokenizer.chat_template).toContain("<|im_start|>");
    const tensors = info.tensorInfo ?? [];
    expect(tensors).toHaveLength(1 + 2 * 9 + 2);
    expect(tensors.find((tensor) => tensor.name === "blk.1.attn_k.weight")?.dimensions.map(Number)).toEqual([64, 32]);
    for (const tensor of tensors) expect(Number(tensor.offset) % 32).toBe(0);
  });

  it("sizes itself from its options", () => {
    const small = tinyGgufBytes({ embedding: 32, layers: 1 }).length;
    expect(small).toBeLessThan(tinyGgufBytes().length / 2);
  });
});
