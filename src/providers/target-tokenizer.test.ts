import { describe, expect, it } from "vitest";
import { loadTokenizer, tokenizerLabel } from "../tokenizers/tokenizer-registry.ts";
import { loadTokenizerForModel } from "./target-tokenizer.ts";

describe("loadTokenizerForModel", () => {
  it("marks Llama 3's tokenizer as a stand-in for Llama 4, and keeps it exact for Llama 3", async () => {
    const scout = await loadTokenizerForModel("groq", "meta-llama/llama-4-scout-17b-16e-instruct");
    expect(scout).toMatchObject({ name: "llama3", exact: false });
    expect(tokenizerLabel(scout)).toBe("llama3 (stand-in)");
    const llama3 = await loadTokenizerForModel("groq", "llama-3.3-70b-versatile");
    expect(llama3).toBe(await loadTokenizer("llama3"));
    expect(tokenizerLabel(llama3)).toBe("llama3");
    expect(scout.count("Hello, world!")).toBe(llama3.count("Hello, world!"));
  });

  it("labels the estimate as what it is", async () => {
    expect(tokenizerLabel(await loadTokenizerForModel("openrouter", "google/gemini-2.5-pro"))).toBe("estimate");
  });
});
