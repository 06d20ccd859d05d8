// Everything about a `llamacpp:/path/model.gguf` target that can be checked before a run is stored: the backend is
// installed, the file is a GGUF, the options are valid and the context fits in memory. The weights load later,
// on the first request.

import { homedir } from "node:os";
import { basename, resolve } from "node:path";
import type { TargetSpec } from "../../core/target.ts";
import { readGgufHeader } from "./gguf-header.ts";
import { assertBackendInstalled } from "./llama-backend.ts";
import { LlamaCppAdapter } from "./llamacpp-adapter.ts";
import { resolveLocalOptions } from "./local-model-options.ts";
import { availableMemoryBytes, planMemory } from "./memory-plan.ts";
import { modelShape } from "./model-shape.ts";

/** The model file a target names: `~/` is the home folder, a relative path is taken from the working directory. */
export function modelPath(model: string): string {
  return resolve(model.startsWith("~/") ? homedir() + model.slice(1) : model);
}

export function createLlamaCppAdapter(
  target: TargetSpec,
  env: Record<string, string | undefined>,
  memory: () => number = availableMemoryBytes,
): LlamaCppAdapter {
  assertBackendInstalled();
  const path = modelPath(target.model);
  const options = resolveLocalOptions(target.local, env, target.id);
  const shape = modelShape(readGgufHeader(path));
  const plan = planMemory(path, shape, {
    contextSize: options.contextSize,
    kvCacheType: options.kvCacheType,
    flashAttention: options.flashAttention,
    availableBytes: options.memoryLimit ?? memory(),
  });
  return new LlamaCppAdapter({
    model: target.model,
    load: { path, contextSize: plan.contextSize, options },
    modelName: shape.name ?? basename(path),
  });
}
