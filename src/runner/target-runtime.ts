// Builds what the engine needs per target (adapter, concurrency, pacing) from the config and the environment.

import { statSync } from "node:fs";
import type { Config } from "../config/config-schema.ts";
import type { TargetSpec } from "../core/target.ts";
import { createAdapter, describeProvider } from "../providers/create-adapter.ts";
import type { CustomProvider } from "../providers/custom-provider.ts";
import type { TargetRuntime } from "./run-engine.ts";

export const DEFAULT_CONCURRENCY = 8;
/** An in-process model answers one request at a time; more in flight would only wait inside each one's timeout. */
const IN_PROCESS_CONCURRENCY = 1;

export function customProvidersFrom(config: Config): Record<string, CustomProvider> {
  const custom: Record<string, CustomProvider> = {};
  for (const [id, provider] of Object.entries(config.providers ?? {})) {
    if (provider.baseURL) custom[id] = { kind: provider.kind ?? "openai-compatible", baseURL: provider.baseURL, apiKeyEnv: provider.apiKeyEnv, headers: provider.headers };
  }
  return custom;
}

/** Creates every adapter up front, so a missing key or unknown provider fails before anything is written. */
export function buildRuntimes(
  targets: readonly TargetSpec[],
  config: Config,
  env: Record<string, string | undefined>,
  concurrencyOverride?: number,
): Map<string, TargetRuntime> {
  const customProviders = customProvidersFrom(config);
  const runtimes = new Map<string, TargetRuntime>();
  for (const target of targets) {
    const providerConfig = config.providers?.[target.provider];
    const adapter = createAdapter(target, { env, customProviders });
    const described = describeProvider(target.provider, { env, customProviders });
    runtimes.set(target.id, {
      adapter,
      concurrency:
        concurrencyOverride ??
        providerConfig?.concurrency ??
        (described.kind === "llamacpp" ? IN_PROCESS_CONCURRENCY : (config.defaults?.concurrency ?? DEFAULT_CONCURRENCY)),
      limits: { requestsPerMinute: providerConfig?.requestsPerMinute, tokensPerMinute: providerConfig?.tokensPerMinute },
      endpoint: target.simulated ? "simulator" : described.kind === "llamacpp" ? localEndpoint(target) : (target.baseURL ?? described.baseURL),
    });
  }
  return runtimes;
}

/** A local model's cache identity: the file as it is now (size and time) and its options, not just its path. */
function localEndpoint(target: TargetSpec): string {
  const stat = statSync(target.model, { throwIfNoEntry: false });
  return `in-process:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}:${JSON.stringify(target.local ?? {})}`;
}
