import { describe, expect, it } from "vitest";
import { MemoryPlanError } from "./local-model-errors.ts";
import { availableMemoryBytes, CONTEXT_STEP, formatBytes, largestContextSize, planFor, planMemory, type MemoryPlanOptions } from "./memory-plan.ts";
import type { ModelShape } from "./model-shape.ts";

const GiB = 2 ** 30;

/** Llama 3.1 8B at Q4_K_M: 32 layers, 8 KV heads of 128, 128k trained context. */
const LLAMA_8B: ModelShape = {
  architecture: "llama",
  layers: 32,
  embedding: 4096,
  heads: 32,
  kvElementsPerToken: 32 * 8 * (128 + 128),
  vocabSize: 128256,
  trainContextSize: 131072,
  weightsBytes: 4.58 * GiB,
};

const options = (availableBytes: number, extra: Partial<MemoryPlanOptions> = {}): MemoryPlanOptions => ({
  kvCacheType: "f16",
  flashAttention: true,
  availableBytes,
  ...extra,
});

function refusal(run: () => unknown): MemoryPlanError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MemoryPlanError);
    return error as MemoryPlanError;
  }
  throw new Error("expected a MemoryPlanError");
}

describe("planFor", () => {
  it("counts 128 KiB of f16 KV cache per token for Llama 3 8B: 16 GiB at 128k", () => {
    const plan = planFor(LLAMA_8B, 131072, options(64 * GiB));
    expect(plan.kvCacheBytes).toBe(16 * GiB);
    expect(plan.totalBytes).toBe(plan.weightsBytes + plan.kvCacheBytes + plan.computeBytes);
    expect(plan.computeBytes).toBeGreaterThan(0);
    expect(plan.computeBytes).toBeLessThan(GiB);
  });

  it("halves the KV cache with q8_0 (34 bytes per 32), and grows attention buffers with the context without flash attention", () => {
    const f16 = planFor(LLAMA_8B, 32768, options(64 * GiB));
    expect(planFor(LLAMA_8B, 32768, options(64 * GiB, { kvCacheType: "q8_0" })).kvCacheBytes).toBe(f16.kvCacheBytes * (34 / 32 / 2));
    const noFlash = planFor(LLAMA_8B, 32768, options(64 * GiB, { flashAttention: false }));
    expect(noFlash.computeBytes - f16.computeBytes).toBe(4 * 512 * 32 * 32768);
  });

  it("plans whole steps of 256 tokens, as llama.cpp allocates them", () => {
    expect(planFor(LLAMA_8B, 1000, options(GiB)).kvCacheBytes).toBe(planFor(LLAMA_8B, 1024, options(GiB)).kvCacheBytes);
  });
});

describe("planMemory", () => {
  it("refuses an impossible context with the largest context that fits, a multiple of 256 that really fits", () => {
    const limit = 12 * GiB;
    const error = refusal(() => planMemory("/models/llama-8b.gguf", LLAMA_8B, options(limit, { contextSize: 131072 })));
    expect(error.kind).toBe("config_error");
    expect(error.where).toBe("/models/llama-8b.gguf");
    expect(error.contextSize).toBe(131072);
    expect(error.availableBytes).toBe(limit);
    expect(error.requiredBytes).toBeGreaterThan(20 * GiB);
    const largest = error.largestContextSize;
    expect(largest % CONTEXT_STEP).toBe(0);
    expect(largest).toBeGreaterThan(50_000);
    expect(planFor(LLAMA_8B, largest, options(limit)).totalBytes).toBeLessThanOrEqual(limit);
    expect(planFor(LLAMA_8B, largest + CONTEXT_STEP, options(limit)).totalBytes).toBeGreaterThan(limit);
    expect(error.message).toContain(`the largest context that fits is ${largest} tokens`);
    // The same context fits once asked for.
    expect(planMemory("/m.gguf", LLAMA_8B, options(limit, { contextSize: largest })).contextSize).toBe(largest);
  });

  it("says so when not even the weights fit", () => {
    const error = refusal(() => planMemory("/m.gguf", LLAMA_8B, options(4 * GiB, { contextSize: 4096 })));
    expect(error.largestContextSize).toBe(0);
    expect(largestContextSize(LLAMA_8B, options(4 * GiB))).toBe(0);
  });

  it("without a context picks the trained one when it fits, else the largest that fits", () => {
    expect(planMemory("/m.gguf", LLAMA_8B, options(64 * GiB)).contextSize).toBe(131072);
    const plan = planMemory("/m.gguf", LLAMA_8B, options(8 * GiB));
    expect(plan.contextSize).toBe(largestContextSize(LLAMA_8B, options(8 * GiB)));
    expect(plan.totalBytes).toBeLessThanOrEqual(8 * GiB);
    expect(planMemory("/m.gguf", { ...LLAMA_8B, trainContextSize: undefined }, options(64 * GiB)).contextSize).toBe(4096);
  });
});

describe("availableMemoryBytes and formatBytes", () => {
  it("reports a positive amount below the machine's total, and prints sizes briefly", () => {
    expect(availableMemoryBytes()).toBeGreaterThan(0);
    expect(formatBytes(16 * GiB)).toBe("16.0 GiB");
    expect(formatBytes(3 * 2 ** 20)).toBe("3 MiB");
  });
});
