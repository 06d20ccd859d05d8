// A llamacpp target through the shared entry points (createAdapter, describeProvider, the config): every problem
// that can be seen before loading is a ConfigError before a run is stored.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../config/config-schema.ts";
import { resolveTarget } from "../../config/resolve-targets.ts";
import { ConfigError } from "../../core/errors.ts";
import type { LocalModelOptions, TargetSpec } from "../../core/target.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { tinyGgufPath } from "../../test-support/tiny-gguf.ts";
import { createAdapter, describeProvider } from "../create-adapter.ts";
import { readGgufHeader } from "./gguf-header.ts";
import { LlamaCppAdapter } from "./llamacpp-adapter.ts";
import { MemoryPlanError, ModelFileError } from "./local-model-errors.ts";
import { largestContextSize, planFor } from "./memory-plan.ts";
import { modelShape } from "./model-shape.ts";

function target(model: string, local?: LocalModelOptions): TargetSpec {
  return { id: `llamacpp:${model}`, provider: "llamacpp", model, settings: {}, stream: true, simulated: false, ...(local ? { local } : {}) };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("createAdapter for llamacpp targets", () => {
  it("builds an in-process adapter for a GGUF, with no key and no base URL", () => {
    const adapter = createAdapter(target(tinyGgufPath(), { gpuLayers: 0 }), { env: {} });
    expect(adapter).toBeInstanceOf(LlamaCppAdapter);
    expect(adapter).toMatchObject({ provider: "llamacpp", model: tinyGgufPath() });
    expect(describeProvider("llamacpp", { env: {} })).toEqual({ id: "llamacpp", kind: "llamacpp", baseURL: "in-process", keyRequired: false, keyFound: false, simulated: false });
  });

  it("refuses a missing file and a file that is not a GGUF, naming the file", () => {
    const dir = tempDir();
    const missing = thrown(() => createAdapter(target(join(dir, "nope.gguf")), { env: {} }));
    expect(missing).toBeInstanceOf(ModelFileError);
    expect(missing).toMatchObject({ kind: "config_error", problem: "missing", where: join(dir, "nope.gguf") });
    writeFileSync(join(dir, "model.bin"), "PK\u0003\u0004 a zip file, not a model");
    expect(thrown(() => createAdapter(target(join(dir, "model.bin")), { env: {} }))).toMatchObject({ problem: "not-gguf" });
  });

  it("refuses a context too large for the memory limit, naming the largest context that fits", () => {
    const shape = modelShape(readGgufHeader(tinyGgufPath()));
    const planning = { kvCacheType: "f16" as const, flashAttention: true };
    const memoryLimit = planFor(shape, 4096, { ...planning, availableBytes: Infinity }).totalBytes;
    const error = thrown(() => createAdapter(target(tinyGgufPath(), { contextSize: 1_048_576, memoryLimit }), { env: {} }));
    expect(error).toBeInstanceOf(MemoryPlanError);
    expect(error).toMatchObject({ contextSize: 1_048_576, availableBytes: memoryLimit, largestContextSize: 4096 });
    expect(largestContextSize(shape, { ...planning, availableBytes: memoryLimit })).toBe(4096);
    // The same limit from the environment, and a context that fits under it.
    const env = { REALITYCHECK_LLAMACPP_MEMORY_LIMIT: String(memoryLimit) };
    expect(thrown(() => createAdapter(target(tinyGgufPath(), { contextSize: 8192 }), { env }))).toMatchObject({ largestContextSize: 4096 });
    expect(createAdapter(target(tinyGgufPath(), { contextSize: 4096 }), { env }).provider).toBe("llamacpp");
  });

  it("lists llamacpp among the known providers and keeps custom providers from taking its name", () => {
    const unknown = thrown(() => createAdapter({ ...target("x"), provider: "llama.cpp" }, { env: {} })) as ConfigError;
    expect(unknown.message).toContain("llamacpp");
    const shadow = { llamacpp: { kind: "openai-compatible" as const, baseURL: "http://127.0.0.1:1/v1" } };
    expect((thrown(() => createAdapter(target(tinyGgufPath()), { env: {}, customProviders: shadow })) as ConfigError).message).toContain("built-in");
  });

});

describe("local options in the config", () => {
  it("carries a target's local block to its spec, and refuses it on a target that is not llamacpp", () => {
    const config = configSchema.parse({
      targets: { tiny: { model: `llamacpp:${tinyGgufPath()}`, local: { contextSize: 4096, threads: 1, memoryLimit: "2GB" } } },
    });
    expect(resolveTarget("tiny", config, "/").local).toEqual({ contextSize: 4096, threads: 1, memoryLimit: 2 * 2 ** 30 });
    const wrong = configSchema.safeParse({ targets: { groq: { model: "groq:llama-3.3-70b", local: { threads: 2 } } } });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["targets", "groq", "local"]);
  });
});
