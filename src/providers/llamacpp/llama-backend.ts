// node-llama-cpp, loaded only when a local model is used (a command that never runs one never pays for the native
// binding), with one llama.cpp instance per process and GPU mode, prebuilt binaries only, and its logs kept quiet.

import { createRequire } from "node:module";
import type { Llama } from "node-llama-cpp";
import { ConfigError } from "../../core/errors.ts";

export type NodeLlamaCpp = typeof import("node-llama-cpp");

export const BACKEND_PACKAGE = "node-llama-cpp";
export const NOT_INSTALLED = "the local backend is not installed: npm install node-llama-cpp@3.21.1";

/** llama.cpp's last error lines: its exceptions rarely say why, its log usually does. */
const recentErrors: string[] = [];

export function lastBackendError(): string | undefined {
  return recentErrors.at(-1);
}

/** Fails fast (before a run is stored) when the package is absent; the resolver is swappable for tests. */
export function assertBackendInstalled(resolve: (name: string) => string = createRequire(import.meta.url).resolve): void {
  try {
    resolve(BACKEND_PACKAGE);
  } catch {
    throw new ConfigError(NOT_INSTALLED);
  }
}

let backend: Promise<NodeLlamaCpp> | undefined;

export function importBackend(load: () => Promise<NodeLlamaCpp> = () => import("node-llama-cpp")): Promise<NodeLlamaCpp> {
  backend ??= load().catch((error: unknown) => {
    backend = undefined;
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "ERR_MODULE_NOT_FOUND" ? new ConfigError(NOT_INSTALLED) : error;
  });
  return backend;
}

const instances = new Map<string, Promise<Llama>>();

/**
 * The process's llama.cpp for one GPU mode. Prebuilt binaries only (`build: "never"`): a benchmark run must never
 * start compiling llama.cpp or downloading its source. Without a GPU, "auto" settles on the CPU build.
 */
export function llamaInstance(gpu: "auto" | false): Promise<Llama> {
  const key = String(gpu);
  let instance = instances.get(key);
  if (!instance) {
    instance = createInstance(gpu);
    instances.set(key, instance);
    instance.catch(() => instances.delete(key));
  }
  return instance;
}

async function createInstance(gpu: "auto" | false): Promise<Llama> {
  const { getLlama, LlamaLogLevel, NoBinaryFoundError } = await importBackend();
  try {
    return await getLlama({
      gpu,
      build: "never",
      progressLogs: false,
      // No thread cap on the instance: each context's `threads` option is then what is used.
      maxThreads: 0,
      logLevel: LlamaLogLevel.error,
      logger: (level, message) => {
        if (level !== LlamaLogLevel.error && level !== LlamaLogLevel.fatal) return;
        recentErrors.push(message.trim());
        if (recentErrors.length > 5) recentErrors.shift();
      },
    });
  } catch (error) {
    if (error instanceof NoBinaryFoundError) {
      throw new ConfigError(
        `node-llama-cpp has no prebuilt llama.cpp binary for ${process.platform}-${process.arch}: build one with \`npx --no node-llama-cpp source build\``,
      );
    }
    throw error;
  }
}
