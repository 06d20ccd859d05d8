// How a local GGUF target is run: its `local:` block in the config, over defaults from REALITYCHECK_LLAMACPP_*
// variables, validated once, with the defaults filled in.

import { z } from "zod";
import { ConfigError } from "../../core/errors.ts";
import type { LocalModelOptions } from "../../core/target.ts";

const UNITS: Record<string, number> = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** "24GB", "512m", "1.5 GiB" or a number of bytes; units are binary (a GB here is 2^30 bytes). */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  if (!match) return undefined;
  const bytes = Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
  return bytes > 0 ? Math.floor(bytes) : undefined;
}

const byteSize = z.union([z.number().positive(), z.string()]).transform((value, ctx) => {
  const bytes = typeof value === "number" ? Math.floor(value) : parseByteSize(value);
  if (bytes === undefined) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not a size (e.g. 24GB, 512MB, or bytes)` });
    return z.NEVER;
  }
  return bytes;
});

export const localModelOptionsSchema = z.strictObject({
  /** Tokens the context holds (prompt and answer). Default: the trained context, or the largest that fits memory. */
  contextSize: z.number().int().min(1).optional(),
  /** CPU threads for evaluation. Default: node-llama-cpp's choice (the cores useful for math). */
  threads: z.number().int().positive().optional(),
  /** Layers offloaded to a GPU: a count, "auto" (fit what VRAM holds) or "max". 0 runs on the CPU only. */
  gpuLayers: z.union([z.number().int().min(0), z.enum(["auto", "max"])]).optional(),
  /** Flash attention: less memory and faster long prompts; needed by a quantised KV cache. Default: on. */
  flashAttention: z.boolean().optional(),
  /** Element type of the KV cache: q8_0 halves its memory, q4_0 quarters it (experimental in llama.cpp). */
  kvCacheType: z.enum(["f16", "q8_0", "q4_0", "f32"]).optional(),
  /** Memory the model may take (weights, KV cache, buffers). Default: free memory less a reserve for the system. */
  memoryLimit: byteSize.optional(),
});

// The config's parsed block must be the core type, field for field.
const sameShape: (options: z.output<typeof localModelOptionsSchema>) => LocalModelOptions = (options) => options;

export interface ResolvedLocalOptions {
  contextSize?: number;
  threads?: number;
  gpuLayers: number | "auto" | "max";
  flashAttention: boolean;
  kvCacheType: NonNullable<LocalModelOptions["kvCacheType"]>;
  memoryLimit?: number;
}

/** Environment variables that set a default for every llamacpp target (a target's `local:` block wins). */
export const LOCAL_OPTION_ENV: Record<keyof LocalModelOptions, string> = {
  contextSize: "REALITYCHECK_LLAMACPP_CONTEXT_SIZE",
  threads: "REALITYCHECK_LLAMACPP_THREADS",
  gpuLayers: "REALITYCHECK_LLAMACPP_GPU_LAYERS",
  flashAttention: "REALITYCHECK_LLAMACPP_FLASH_ATTENTION",
  kvCacheType: "REALITYCHECK_LLAMACPP_KV_CACHE_TYPE",
  memoryLimit: "REALITYCHECK_LLAMACPP_MEMORY_LIMIT",
};

function fromText(key: keyof LocalModelOptions, text: string): unknown {
  if (key === "contextSize" || key === "threads") return /^\d+$/.test(text) ? Number(text) : text;
  if (key === "gpuLayers") return /^\d+$/.test(text) ? Number(text) : text;
  if (key === "flashAttention") return ["1", "true", "on"].includes(text) ? true : ["0", "false", "off"].includes(text) ? false : text;
  return key === "kvCacheType" ? text.toLowerCase() : text;
}

function envDefaults(env: Record<string, string | undefined>): LocalModelOptions {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(LOCAL_OPTION_ENV) as [keyof LocalModelOptions, string][]) {
    const text = env[name]?.trim();
    if (text) raw[key] = fromText(key, text);
  }
  const parsed = localModelOptionsSchema.safeParse(raw);
  if (parsed.success) return sameShape(parsed.data);
  const issue = parsed.error.issues[0]!;
  const name = LOCAL_OPTION_ENV[issue.path[0] as keyof LocalModelOptions];
  throw new ConfigError(`${issue.message} (got "${env[name]}")`, name);
}

/** The target's options (from the config, or a stored run) over the environment's defaults, checked together. */
export function resolveLocalOptions(local: unknown, env: Record<string, string | undefined>, where: string): ResolvedLocalOptions {
  const parsed = localModelOptionsSchema.safeParse(local ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`local.${issue.path.join(".")}: ${issue.message}`, where);
  }
  const options = { ...envDefaults(env), ...stripUndefined(sameShape(parsed.data)) };
  const resolved: ResolvedLocalOptions = {
    contextSize: options.contextSize,
    threads: options.threads,
    gpuLayers: options.gpuLayers ?? "auto",
    flashAttention: options.flashAttention ?? true,
    kvCacheType: options.kvCacheType ?? "f16",
    memoryLimit: options.memoryLimit,
  };
  if (!resolved.flashAttention && (resolved.kvCacheType === "q8_0" || resolved.kvCacheType === "q4_0")) {
    throw new ConfigError(`a ${resolved.kvCacheType} KV cache needs flash attention: drop flashAttention: false or use kvCacheType f16`, where);
  }
  return resolved;
}

function stripUndefined(options: LocalModelOptions): LocalModelOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as LocalModelOptions;
}
