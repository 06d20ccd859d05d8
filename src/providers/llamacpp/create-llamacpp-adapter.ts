// Everything about a `llamacpp:/path/model.gguf` target that can be checked before a run is stored: the backend is
// installed, the file is a GGUF, the options are valid and the context fits in memory. The weights load later,
// on the first request.

import { basename } from "node:path";
import type { TargetSpec } from "../../core/target.ts";
import { readGgufHeader } from "./gguf-header.ts";
import { assertBackendInstalled } from "./llama-backend.ts";
import { LlamaCppAdapter } from "./llamacpp-adapter.ts";
import { resolveLocalOptions } from "./local-model-options.ts";
import { availableMemoryBytes, planMemory } from "./memory-plan.ts";
import { modelPath } from "./model-path.ts";
import { modelShape } from "./model-shape.ts";

export function createLlamaCppAdapter(
  target: TargetSpec,
  env: Record<string, string | undefined>,
  memory: () => number = availableMemoryBytes,
): LlamaCppAdapter {
  assertBackendInstalled();
  // Resolved targets carry an absolute path; only a run stored before that is read from this process's directory.
  const path = modelPath(target.model, process.cwd());
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
