import { describe, expect, it } from "vitest";
import { customProviderSchema, customProvidersSchema } from "./custom-provider.ts";

describe("customProviderSchema", () => {
  it("defaults to an OpenAI-compatible endpoint", () => {
    expect(customProviderSchema.parse({ baseURL: "http://gpu-box:8000/v1" })).toEqual({ kind: "openai-compatible", baseURL: "http://gpu-box:8000/v1" });
  });

  it("accepts the other kinds, a key variable and headers", () => {
    const parsed = customProviderSchema.parse({ kind: "anthropic", baseURL: "https://proxy.example/v1", apiKeyEnv: "PROXY_KEY", headers: { "x-team": "evals" } });
    expect(parsed.kind).toBe("anthropic");
  });

  it("refuses a key pasted where the variable name belongs, unknown fields and non-HTTP URLs", () => {
    expect(customProviderSchema.safeParse({ baseURL: "http://box/v1", apiKeyEnv: "sk-live-abc123" }).success).toBe(false);
    expect(customProviderSchema.safeParse({ baseURL: "http://box/v1", apiKey: "sk-live-abc123" }).success).toBe(false);
    expect(customProviderSchema.safeParse({ baseURL: "file:///etc/passwd" }).success).toBe(false);
    expect(customProviderSchema.safeParse({ kind: "bedrock", baseURL: "http://box/v1" }).success).toBe(false);
  });

  it("keeps provider ids usable as environment variable prefixes", () => {
    expect(customProvidersSchema.safeParse({ "my-box": { baseURL: "http://box/v1" } }).success).toBe(true);
    expect(customProvidersSchema.safeParse({ "My Box": { baseURL: "http://box/v1" } }).success).toBe(false);
  });
});
