import { describe, expect, it } from "vitest";
import type { TargetSpec } from "../core/target.ts";
import { createAdapter, describeProvider, knownProviderIds } from "./create-adapter.ts";
import type { CustomProvider } from "./custom-provider.ts";
import { providerPresets } from "./presets.ts";
import { thrownConfigError } from "../test-support/thrown-config-error.ts";

const KEY = "gsk_live_secret_value_123456";

function target(provider: string, baseURL?: string): TargetSpec {
  return { id: `${provider}:m`, provider, model: "m", settings: {}, stream: true, baseURL, simulated: false };
}

describe("presets", () => {
  it("derives every base URL variable from the id", () => {
    expect(providerPresets.get("vllm")?.baseURLEnv).toBe("VLLM_BASE_URL");
    expect(providerPresets.get("llama-api")?.baseURLEnv).toBe("LLAMA_API_BASE_URL");
    expect(providerPresets.get("llamacpp-server")?.baseURLEnv).toBe("LLAMACPP_SERVER_BASE_URL");
    for (const preset of providerPresets.values()) expect(URL.canParse(preset.defaultBaseURL)).toBe(true);
  });

  it("marks only the simulator as simulated", () => {
    const simulated = [...providerPresets.values()].filter((preset) => preset.simulated).map((preset) => preset.id);
    expect(simulated).toEqual(["simulator"]);
  });
});

describe("describeProvider", () => {
  it("resolves the base URL: target, then <ID>_BASE_URL, then the preset default", () => {
    expect(describeProvider("vllm", { env: {} }).baseURL).toBe("http://127.0.0.1:8000/v1");
    expect(describeProvider("vllm", { env: { VLLM_BASE_URL: "http://gpu-box:8000/v1" } }).baseURL).toBe("http://gpu-box:8000/v1");
    expect(describeProvider("vllm", { env: { VLLM_BASE_URL: "http://gpu-box:8000/v1" }, baseURL: "http://other:9/v1" }).baseURL).toBe(
      "http://other:9/v1",
    );
    expect(describeProvider("openai", { env: { OPENAI_BASE_URL: "http://proxy:1/v1" } }).baseURL).toBe("http://proxy:1/v1");
    expect(describeProvider("simulator", { env: { SIMULATOR_BASE_URL: "http://127.0.0.1:9999/v1" } })).toMatchObject({
      baseURL: "http://127.0.0.1:9999/v1",
      simulated: true,
      keyRequired: false,
    });
  });

  it("names the variable that holds the key, first one found winning, and never the key", () => {
    const google = describeProvider("google", { env: { GEMINI_API_KEY: KEY } });
    expect(google).toMatchObject({ kind: "google", keyEnv: "GEMINI_API_KEY", keyFound: true });
    expect(JSON.stringify(google)).not.toContain(KEY);
    const both = describeProvider("google", { env: { GEMINI_API_KEY: "b", GOOGLE_GENERATIVE_AI_API_KEY: "a" } });
    expect(both.keyEnv).toBe("GOOGLE_GENERATIVE_AI_API_KEY");
    expect(describeProvider("groq", { env: { GROQ_API_KEY: "" } })).toMatchObject({ keyEnv: "GROQ_API_KEY", keyFound: false, keyRequired: true });
  });

  it("rejects a base URL that is not a URL, naming where it came from", () => {
    expect(thrownConfigError(() => describeProvider("vllm", { env: { VLLM_BASE_URL: "gpu-box" } })).message).toContain("VLLM_BASE_URL");
  });
});

describe("createAdapter", () => {
  it("builds an adapter for every preset when its key is present", () => {
    const env = Object.fromEntries([...providerPresets.values()].flatMap((preset) => preset.apiKeyEnv.map((name) => [name, KEY])));
    for (const id of knownProviderIds()) {
      const adapter = createAdapter(target(id), { env });
      expect(adapter).toMatchObject({ provider: id, model: "m" });
      expect(JSON.stringify(adapter)).not.toContain(KEY);
    }
  });

  it("refuses a base URL that is not http or https, naming the target and the scheme but not the URL", () => {
    const message = thrownConfigError(() => createAdapter(target("vllm"), { env: { VLLM_BASE_URL: `ftp://user:${KEY}@box/v1` } })).message;
    expect(message).toBe("target vllm:m: VLLM_BASE_URL is a ftp:// URL; an API is reached over http:// or https://");
    expect(thrownConfigError(() => describeProvider("vllm", { env: {}, baseURL: "file:///tmp/v1" })).message).toContain("the target's baseURL is a file:// URL");
  });

  it("says which variable to set when a required key is missing", () => {
    expect(thrownConfigError(() => createAdapter(target("groq"), { env: {} })).message).toContain("GROQ_API_KEY");
    const google = thrownConfigError(() => createAdapter(target("google"), { env: {} })).message;
    expect(google).toContain("GOOGLE_GENERATIVE_AI_API_KEY");
    expect(google).toContain("GEMINI_API_KEY");
  });

  it("needs no key for local servers", () => {
    for (const id of ["vllm", "llamacpp-server", "lmstudio", "ollama", "simulator"]) {
      expect(createAdapter(target(id), { env: {} }).provider).toBe(id);
    }
  });

  it("lists the known providers, custom ones included, for an unknown id", () => {
    const customProviders: Record<string, CustomProvider> = { "my-box": { kind: "openai-compatible", baseURL: "http://box:1/v1" } };
    const message = thrownConfigError(() => createAdapter(target("grok"), { env: { GROQ_API_KEY: KEY }, customProviders })).message;
    expect(message).toContain('"grok"');
    expect(message).toContain("groq");
    expect(message).toContain("my-box");
    expect(message).not.toContain(KEY);
  });

  it("resolves custom providers: env override, required key, no shadowing of presets", () => {
    const customProviders: Record<string, CustomProvider> = {
      "my-box": { kind: "openai-compatible", baseURL: "http://box:1/v1", apiKeyEnv: "MY_BOX_TOKEN" },
    };
    expect(describeProvider("my-box", { env: {}, customProviders }).baseURL).toBe("http://box:1/v1");
    expect(describeProvider("my-box", { env: { MY_BOX_BASE_URL: "http://box2:1/v1" }, customProviders }).baseURL).toBe("http://box2:1/v1");
    expect(thrownConfigError(() => createAdapter(target("my-box"), { env: {}, customProviders })).message).toContain("MY_BOX_TOKEN");
    expect(createAdapter(target("my-box"), { env: { MY_BOX_TOKEN: KEY }, customProviders }).provider).toBe("my-box");
    const shadow = { groq: { kind: "openai-compatible" as const, baseURL: "http://evil:1/v1" } };
    expect(thrownConfigError(() => createAdapter(target("groq"), { env: { GROQ_API_KEY: KEY }, customProviders: shadow })).message).toContain("built-in");
  });
});
