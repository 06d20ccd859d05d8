// Before a local model loads: weights + KV cache for the context + compute buffers, held against the memory there
// is. A context that cannot fit is refused with the largest one that would, instead of taking the machine down.

import { readFileSync } from "node:fs";
import { freemem, totalmem } from "node:os";
import type { LocalModelOptions } from "../../core/target.ts";
import { MemoryPlanError } from "./local-model-errors.ts";
import type { ModelShape } from "./model-shape.ts";

export type KvCacheType = NonNullable<LocalModelOptions["kvCacheType"]>;

/** Bytes per cached element: q8_0 packs 32 values in 34 bytes, q4_0 in 18. */
const KV_BYTES: Record<KvCacheType, number> = { f32: 4, f16: 2, q8_0: 34 / 32, q4_0: 18 / 32 };

/** llama.cpp evaluates prompts in batches of 512 tokens; its compute buffers scale with that, not the context. */
const BATCH = 512;
/** Graph, scratch and bookkeeping buffers that do not grow with the model, measured loosely on CPU builds. */
const FIXED_OVERHEAD = 64 * 2 ** 20;
/** Contexts are allocated in steps of 256 tokens. */
export const CONTEXT_STEP = 256;
/** When the context is not given and the file states none: a common default. */
const FALLBACK_CONTEXT = 4096;
/** Left to the system when planning against free memory (not with an explicit limit): node-llama-cpp pads the same. */
const RESERVE = 2 ** 30;

export interface MemoryPlanOptions {
  /** Tokens; undefined picks the trained context, or the largest that fits if that is smaller. */
  contextSize?: number;
  kvCacheType: KvCacheType;
  flashAttention: boolean;
  availableBytes: number;
}

export interface MemoryPlan {
  contextSize: number;
  weightsBytes: number;
  kvCacheBytes: number;
  computeBytes: number;
  totalBytes: number;
  availableBytes: number;
}

function roundUp(tokens: number): number {
  return Math.ceil(tokens / CONTEXT_STEP) * CONTEXT_STEP;
}

/** Bytes per context token: the KV cache, plus the attention scores of a batch when flash attention is off. */
function bytesPerToken(shape: ModelShape, options: MemoryPlanOptions): number {
  const scores = options.flashAttention ? 0 : 4 * BATCH * shape.heads;
  return shape.kvElementsPerToken * KV_BYTES[options.kvCacheType] + scores;
}

function fixedBytes(shape: ModelShape): number {
  return shape.weightsBytes + FIXED_OVERHEAD + 4 * BATCH * (shape.vocabSize + 4 * shape.embedding);
}

export function planFor(shape: ModelShape, contextSize: number, options: MemoryPlanOptions): MemoryPlan {
  const tokens = roundUp(contextSize);
  const kvCacheBytes = Math.ceil(shape.kvElementsPerToken * KV_BYTES[options.kvCacheType] * tokens);
  const totalBytes = Math.ceil(fixedBytes(shape) + bytesPerToken(shape, options) * tokens);
  return {
    contextSize,
    weightsBytes: shape.weightsBytes,
    kvCacheBytes,
    computeBytes: totalBytes - shape.weightsBytes - kvCacheBytes,
    totalBytes,
    availableBytes: options.availableBytes,
  };
}

/** The largest context (a multiple of 256) whose plan fits; 0 when not even 256 tokens do. */
export function largestContextSize(shape: ModelShape, options: MemoryPlanOptions): number {
  const room = options.availableBytes - fixedBytes(shape);
  if (room <= 0) return 0;
  return Math.floor(room / bytesPerToken(shape, options) / CONTEXT_STEP) * CONTEXT_STEP;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return `${Math.max(1, Math.round(bytes / 2 ** 20))} MiB`;
}

/** The plan for the asked (or default) context; a MemoryPlanError naming the largest context that fits otherwise. */
export function planMemory(path: string, shape: ModelShape, options: MemoryPlanOptions): MemoryPlan {
  const largest = largestContextSize(shape, options);
  const trained = shape.trainContextSize ?? FALLBACK_CONTEXT;
  const asked = options.contextSize ?? Math.max(CONTEXT_STEP, Math.min(trained, largest));
  const plan = planFor(shape, asked, options);
  if (plan.totalBytes <= options.availableBytes) return plan;
  const parts = `weights ${formatBytes(plan.weightsBytes)} + KV cache ${formatBytes(plan.kvCacheBytes)} + buffers ${formatBytes(plan.computeBytes)}`;
  const advice =
    largest > 0
      ? `the largest context that fits is ${largest} tokens (set local.contextSize, a smaller kvCacheType, or local.memoryLimit)`
      : "not even the weights fit: use a smaller quantisation of the model or free memory";
  throw new MemoryPlanError(
    path,
    { contextSize: asked, requiredBytes: plan.totalBytes, availableBytes: options.availableBytes, largestContextSize: largest },
    `a ${asked}-token context needs about ${formatBytes(plan.totalBytes)} (${parts}) but ${formatBytes(options.availableBytes)} is available; ${advice}`,
  );
}

function cgroupRoom(): number | undefined {
  try {
    const max = readFileSync("/sys/fs/cgroup/memory.max", "utf8").trim();
    if (max === "max") return undefined;
    const current = Number(readFileSync("/sys/fs/cgroup/memory.current", "utf8").trim());
    return Number(max) - current;
  } catch {
    return undefined;
  }
}

/** Memory a model may take now: free RAM (MemAvailable on Linux) within any cgroup limit, less a reserve for the system. */
export function availableMemoryBytes(): number {
  const free = Math.min(freemem(), cgroupRoom() ?? Infinity);
  return Math.max(0, free - Math.min(RESERVE, totalmem() / 4));
}
