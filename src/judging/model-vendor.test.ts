import { describe, expect, it } from "vitest";
import { modelVendor } from "./model-vendor.ts";

describe("modelVendor", () => {
  it("reads the maker from model ids as hosts spell them, and prefers the configured one", () => {
    expect(modelVendor("meta-llama/llama-4-scout-17b-16e-instruct")).toBe("meta");
    expect(modelVendor("gpt-4.5-preview")).toBe("openai");
    expect(modelVendor("o3-mini")).toBe("openai");
    expect(modelVendor("claude-3-7-sonnet-latest")).toBe("anthropic");
    expect(modelVendor("google/gemma-3-27b-it")).toBe("google");
    expect(modelVendor("Qwen/Qwen2.5-72B-Instruct")).toBe("alibaba");
    expect(modelVendor("honest@a")).toBeUndefined();
    expect(modelVendor("honest@a", "Meta")).toBe("meta");
  });
});
