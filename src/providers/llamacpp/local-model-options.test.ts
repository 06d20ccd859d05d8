import { describe, expect, it } from "vitest";
import { LOCAL_OPTION_ENV, localModelOptionsSchema, parseByteSize, resolveLocalOptions } from "./local-model-options.ts";
import { thrownConfigError } from "../../test-support/thrown-config-error.ts";

describe("parseByteSize", () => {
  it("reads binary units with or without B and i, and refuses what is not a size", () => {
    expect(parseByteSize("24GB")).toBe(24 * 2 ** 30);
    expect(parseByteSize("512m")).toBe(512 * 2 ** 20);
    expect(parseByteSize("1.5 GiB")).toBe(1.5 * 2 ** 30);
    expect(parseByteSize("4096")).toBe(4096);
    expect(parseByteSize("lots")).toBeUndefined();
    expect(parseByteSize("0GB")).toBeUndefined();
  });
});

describe("localModelOptionsSchema", () => {
  it("turns a memory limit into bytes and rejects unknown keys", () => {
    expect(localModelOptionsSchema.parse({ memoryLimit: "2GB", gpuLayers: "max" })).toEqual({ memoryLimit: 2 * 2 ** 30, gpuLayers: "max" });
    expect(localModelOptionsSchema.safeParse({ contextSzie: 4096 }).success).toBe(false);
    expect(localModelOptionsSchema.safeParse({ memoryLimit: "a lot" }).success).toBe(false);
  });
});

describe("resolveLocalOptions", () => {
  it("fills the defaults: GPU layers auto, flash attention on, f16 KV cache", () => {
    expect(resolveLocalOptions(undefined, {}, "t")).toEqual({
      contextSize: undefined,
      threads: undefined,
      gpuLayers: "auto",
      flashAttention: true,
      kvCacheType: "f16",
      memoryLimit: undefined,
    });
  });

  it("takes defaults from REALITYCHECK_LLAMACPP_* and lets the target's own options win", () => {
    const env = {
      [LOCAL_OPTION_ENV.threads]: "1",
      [LOCAL_OPTION_ENV.gpuLayers]: "0",
      [LOCAL_OPTION_ENV.contextSize]: "2048",
      [LOCAL_OPTION_ENV.kvCacheType]: "Q8_0",
      [LOCAL_OPTION_ENV.memoryLimit]: "3GB",
      [LOCAL_OPTION_ENV.flashAttention]: "on",
    };
    expect(resolveLocalOptions({ contextSize: 4096 }, env, "t")).toEqual({
      contextSize: 4096,
      threads: 1,
      gpuLayers: 0,
      flashAttention: true,
      kvCacheType: "q8_0",
      memoryLimit: 3 * 2 ** 30,
    });
  });

  it("names the variable or the target that holds a bad value", () => {
    expect(thrownConfigError(() => resolveLocalOptions(undefined, { [LOCAL_OPTION_ENV.threads]: "many" }, "t")).where).toBe(LOCAL_OPTION_ENV.threads);
    const bad = thrownConfigError(() => resolveLocalOptions({ kvCacheType: "q2" }, {}, "my-gguf"));
    expect(bad.where).toBe("my-gguf");
    expect(bad.message).toContain("local.kvCacheType");
  });

  it("refuses a quantised KV cache without flash attention, which llama.cpp cannot run", () => {
    expect(thrownConfigError(() => resolveLocalOptions({ kvCacheType: "q4_0", flashAttention: false }, {}, "t")).where).toBe("t");
    expect(resolveLocalOptions({ kvCacheType: "f32", flashAttention: false }, {}, "t").kvCacheType).toBe("f32");
  });
});
