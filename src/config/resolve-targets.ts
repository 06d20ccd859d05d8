// Turns what the user typed after --model (a config target name or provider:model-id) into target specs.

import { ConfigError } from "../core/errors.ts";
import { parseTargetRef, type TargetSpec } from "../core/target.ts";
import { LLAMACPP_PROVIDER } from "../providers/llamacpp/llamacpp-adapter.ts";
import { modelPath } from "../providers/llamacpp/model-path.ts";
import type { Config } from "./config-schema.ts";

export const SIMULATOR_PROVIDER = "simulator";

/** `cwd` is where the command runs: a local model's relative path is taken from there. */
export function resolveTarget(ref: string, config: Config, cwd: string): TargetSpec {
  const named = config.targets?.[ref];
  const defaultStream = config.defaults?.stream ?? true;
  if (named) {
    const { provider, model } = parseTarget(named.model, cwd);
    return {
      id: ref,
      provider,
      model,
      settings: { ...named.settings },
      stream: named.stream ?? defaultStream,
      baseURL: named.baseURL,
      simulated: provider === SIMULATOR_PROVIDER,
      ...(named.vendor ? { vendor: named.vendor } : {}),
      ...(named.local ? { local: named.local } : {}),
    };
  }
  if (!ref.includes(":")) {
    const names = Object.keys(config.targets ?? {});
    const hint = names.length ? ` (config targets: ${names.join(", ")})` : "";
    throw new ConfigError(`unknown target "${ref}": use provider:model-id or a target name from the config${hint}`, "--model");
  }
  const { provider, model } = parseTarget(ref, cwd);
  return { id: ref, provider, model, settings: {}, stream: defaultStream, simulated: provider === SIMULATOR_PROVIDER };
}

function parseTarget(ref: string, cwd: string): { provider: string; model: string } {
  const { provider, model } = parseTargetRef(ref);
  return { provider, model: provider === LLAMACPP_PROVIDER ? modelPath(model, cwd) : model };
}

export function resolveTargets(refs: readonly string[], config: Config, cwd: string): TargetSpec[] {
  if (refs.length === 0) throw new ConfigError("no target given: add --model provider:model-id (repeat it to compare hosts)", "--model");
  const targets = refs.map((ref) => resolveTarget(ref, config, cwd));
  const seen = new Set<string>();
  for (const target of targets) {
    if (seen.has(target.id)) throw new ConfigError(`target "${target.id}" is given twice`, "--model");
    seen.add(target.id);
  }
  return targets;
}
