import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test-support/temp-dir.ts";
import { tinyGgufPath, writeTinyGguf } from "../../test-support/tiny-gguf.ts";
import { loadGgufTokenizer } from "./gguf-tokenizer.ts";
import { llamaInstance } from "./llama-backend.ts";
import { ModelFileError } from "./local-model-errors.ts";
import { loadTokenizerForModel } from "../target-tokenizer.ts";

const SAMPLES = [
  "",
  "The secret number of the lighthouse keeper is 4817.",
  "the the the   the\n\n\nthe",
  "¿Dónde está el faro? 灯台はどこ 🚢",
  "<|im_end|> is plain text here, not a control token",
];

describe("the GGUF's own tokenizer", () => {
  it("is what the niah family and probe-context get for a llamacpp target: exact, named by its vocabulary", async () => {
    const tokenizer = await loadTokenizerForModel("llamacpp", tinyGgufPath());
    expect(tokenizer.exact).toBe(true);
    expect(tokenizer.name).toMatch(/^gguf-[0-9a-f]{12}$/);
    expect(await loadGgufTokenizer(tinyGgufPath())).toBe(tokenizer);
  });

  it("counts exactly as the loaded model tokenizes, merges and bytes alike", async () => {
    const tokenizer = await loadGgufTokenizer(tinyGgufPath());
    const model = await (await llamaInstance(false)).loadModel({ modelPath: tinyGgufPath(), gpuLayers: 0 });
    for (const text of SAMPLES) expect(tokenizer.count(text), text).toBe(model.tokenize(text, false).length);
    // Learned merges make common words one token; unseen text falls back to bytes.
    expect(tokenizer.count(" the")).toBe(1);
    expect(tokenizer.count("灯")).toBe(3);
  });

  it("shares its name with another model of the same vocabulary, so cached token counts carry over", async () => {
    const other = writeTinyGguf(join(tempDir(), "other.gguf"), { seed: 99, layers: 1 });
    expect((await loadGgufTokenizer(other)).name).toBe((await loadGgufTokenizer(tinyGgufPath())).name);
  });

  it("refuses a missing file as a ConfigError before loading anything", async () => {
    await expect(loadTokenizerForModel("llamacpp", join(tempDir(), "gone.gguf"))).rejects.toBeInstanceOf(ModelFileError);
  });
});
